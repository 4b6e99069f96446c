package org.jointcare.carerecord.registration;

/** A carer is a person in their own right, with needs of their own. */
public record Carer(String name, String relationship, String contact, String ownNeeds) {
}
