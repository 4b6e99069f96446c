package org.jointcare.carerecord.hospital;

/** Where the person went on discharge. */
public enum DischargeDestination {
    USUAL_RESIDENCE,
    RELATIVE_OR_CARER_HOME,
    REHABILITATION_OR_INTERMEDIATE_CARE,
    CARE_HOME,
    OTHER_HOSPITAL,
    OTHER
}
