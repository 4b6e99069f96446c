package org.jointcare.archfixture;

import org.jointcare.archfixture.a.Alpha;

/** A shared type that reaches into a "view" package. */
public class Shared {
    public Alpha alpha() {
        return new Alpha();
    }
}
