package org.jointcare.carerecord.hospital;

/** Why a discharge happened later than planned. */
public enum DelayReason {
    AWAITING_ASSESSMENT,
    AWAITING_CARE_PACKAGE,
    AWAITING_EQUIPMENT_OR_ADAPTATION,
    AWAITING_CARE_HOME_PLACE,
    FUNDING_DISAGREEMENT,
    PATIENT_OR_FAMILY_CHOICE,
    HOUSING
}
