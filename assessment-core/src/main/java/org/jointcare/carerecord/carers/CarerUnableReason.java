package org.jointcare.carerecord.carers;

/**
 * Why a carer counts as unable to achieve an outcome (regulation 3(3)). Unlike the adult's test,
 * taking significantly longer than normal is not one of them.
 */
public enum CarerUnableReason {
    CANNOT_WITHOUT_ASSISTANCE,
    SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY,
    ENDANGERS_HEALTH_OR_SAFETY
}
