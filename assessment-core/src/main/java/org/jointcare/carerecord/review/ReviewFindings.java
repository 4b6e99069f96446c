package org.jointcare.carerecord.review;

import org.jointcare.carerecord.Personal;
/**
 * What a review found, conducted with the person and carer: were the needs met, is the
 * package to continue, change or end, and what do they say. A review is not a reassessment.
 */
public record ReviewFindings(
        boolean needsMet,
        ReviewOutcome outcome,
        @Personal String personViews,
        @Personal String carerViews,
        @Personal String notes) {
}
