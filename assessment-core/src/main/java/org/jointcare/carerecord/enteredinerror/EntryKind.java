package org.jointcare.carerecord.enteredinerror;

/** The kinds of entry that can be marked entered in error, each named by the entry's own id. */
public enum EntryKind {
    /** A referral (its id), while it waits for screening or is accepted but not yet assessed. */
    REFERRAL,
    /** A contribution to a joint assessment (the assessment's id), while the assessment is in progress. */
    ASSESSMENT_CONTRIBUTION,
    /** A hospital admission (its id), while the person is still recorded as in hospital. */
    HOSPITAL_ADMISSION,
    /** A district nurse's visit (its id). */
    NURSING_VISIT
}
