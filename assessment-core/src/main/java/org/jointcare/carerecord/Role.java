package org.jointcare.carerecord;

/** The professional roles that work with the shared record. */
public enum Role {
    LINKWORKER,
    DISTRICT_NURSE,
    GP_PRACTICE,
    HOSPITAL_DISCHARGE_TEAM,
    COMMISSIONER,
    PRIVACY_OFFICER
}
