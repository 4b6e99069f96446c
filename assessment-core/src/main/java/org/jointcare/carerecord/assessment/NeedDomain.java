package org.jointcare.carerecord.assessment;

/** The areas of life in which an assessment records needs. */
public enum NeedDomain {
    PERSONAL_CARE,
    MOBILITY,
    NUTRITION,
    CONTINENCE,
    SKIN,
    MEDICATION,
    MEMORY_AND_COGNITION,
    MENTAL_HEALTH,
    CARER_SUPPORT,
    HOUSING,
    FINANCES,
    SOCIAL_CONTACT
}
