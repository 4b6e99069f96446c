package org.jointcare.carerecord.assessment;

/**
 * Whether the person can achieve one Care Act outcome. When they cannot, {@code unableReason}
 * says why, so the eligibility decision can be explained and audited.
 */
public record OutcomeAssessment(CareActOutcome outcome, boolean achieved, UnableReason unableReason, String note) {
}
