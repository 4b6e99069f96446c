package org.jointcare.carerecord.carers;

import org.jointcare.carerecord.Personal;

/** Whether the carer can achieve one outcome; when not, {@code unableReason} says why, so the decision can be explained. */
public record CarerOutcomeAssessment(CarerOutcome outcome, boolean achieved, CarerUnableReason unableReason,
                                     @Personal String note) {
}
