package org.jointcare.views.gppractice;

/** Where a referral the practice made has got to. */
public enum ReferralProgress {
    /** Received, not yet screened. */
    AWAITING_SCREENING,
    /** Accepted and allocated to a linkworker. */
    ACCEPTED,
    ASSESSMENT_IN_PROGRESS,
    ASSESSED,
    /** A care package was arranged from its assessment. */
    PACKAGE_ARRANGED,
    /** Closed at screening (need met, signposted, declined) or withdrawn when the record closed. */
    CLOSED
}
