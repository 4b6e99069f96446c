package org.jointcare.carerecord.review;

/** What a review decided about the package. CHANGE means needs have changed: a new joint assessment follows. */
public enum ReviewOutcome {
    CONTINUE,
    CHANGE,
    END
}
