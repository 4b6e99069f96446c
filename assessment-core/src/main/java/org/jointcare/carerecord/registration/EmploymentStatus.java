package org.jointcare.carerecord.registration;

/** Whether the person works, and for how long a week. */
public enum EmploymentStatus {
    PAID_16_OR_MORE_HOURS_A_WEEK,
    PAID_LESS_THAN_16_HOURS_A_WEEK,
    PAID_HOURS_NOT_KNOWN,
    NOT_PAID_SEEKING_WORK,
    NOT_PAID_VOLUNTARY_WORK_ONLY,
    NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED
}
