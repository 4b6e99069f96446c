package org.jointcare.carerecord.registration;

public enum LivingSituation {
    LIVES_ALONE,
    LIVES_WITH_CARER,
    LIVES_WITH_FAMILY,
    SHELTERED_HOUSING,
    CARE_HOME,
    NO_FIXED_ABODE,
    OTHER
}
