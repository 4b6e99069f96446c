package org.jointcare.carerecord.assessment;

import org.jointcare.carerecord.Personal;
/**
 * Whether the person can achieve one Care Act outcome. When they cannot, {@code unableReason}
 * says why, so the eligibility decision can be explained and audited.
 */
public record OutcomeAssessment(CareActOutcome outcome, boolean achieved, UnableReason unableReason, @Personal String note) {
}
