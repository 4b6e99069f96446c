package org.jointcare.carerecord.carers;

/**
 * The outcomes a carer may be unable to achieve because of their caring (Care and Support
 * (Eligibility Criteria) Regulations 2014, regulation 3(2)(b)).
 */
public enum CarerOutcome {
    CARING_FOR_A_CHILD,
    CARING_FOR_OTHERS,
    MAINTAINING_A_HABITABLE_HOME,
    MANAGING_AND_MAINTAINING_NUTRITION,
    DEVELOPING_AND_MAINTAINING_RELATIONSHIPS,
    WORK_TRAINING_EDUCATION_OR_VOLUNTEERING,
    USING_COMMUNITY_FACILITIES_OR_SERVICES,
    RECREATIONAL_ACTIVITIES
}
