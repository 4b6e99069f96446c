package org.jointcare.carerecord.registration;

/** The main reason the person needs care and support, as the social care professional judges it. */
public enum PrimarySupportReason {
    PHYSICAL_SUPPORT_ACCESS_AND_MOBILITY_ONLY,
    PHYSICAL_SUPPORT_PERSONAL_CARE,
    SENSORY_SUPPORT_VISUAL_IMPAIRMENT,
    SENSORY_SUPPORT_HEARING_IMPAIRMENT,
    SENSORY_SUPPORT_DUAL_IMPAIRMENT,
    MEMORY_AND_COGNITION,
    LEARNING_DISABILITY,
    MENTAL_HEALTH,
    SUBSTANCE_MISUSE,
    ASYLUM_SEEKER,
    SOCIAL_ISOLATION_OR_OTHER
}
