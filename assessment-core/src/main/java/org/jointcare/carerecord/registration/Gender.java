package org.jointcare.carerecord.registration;

/** The person's gender as they state it. */
public enum Gender {
    FEMALE,
    MALE,
    /** A gender other than female or male. */
    OTHER
}
