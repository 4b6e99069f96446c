package org.jointcare.carerecord.assessment;

/** Why a person counts as unable to achieve an outcome (Care Act 2014 eligibility regulations). */
public enum UnableReason {
    CANNOT_WITHOUT_HELP,
    SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY,
    ENDANGERS_SELF_OR_OTHERS,
    TAKES_SIGNIFICANTLY_LONGER
}
