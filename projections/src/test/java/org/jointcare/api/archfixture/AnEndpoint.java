package org.jointcare.api.archfixture;

/** Stands for the web layer in the fixture that breaks the views' rules; Spring web is not on this module's path at all. */
public class AnEndpoint {
}
