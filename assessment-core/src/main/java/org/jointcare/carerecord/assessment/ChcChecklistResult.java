package org.jointcare.carerecord.assessment;

/** The NHS Continuing Healthcare checklist: not indicated, negative, or positive (a full eligibility assessment follows). */
public enum ChcChecklistResult {
    NOT_INDICATED,
    NEGATIVE,
    POSITIVE
}
