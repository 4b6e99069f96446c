package org.jointcare.carerecord.assessment;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** The eligibility decision is the one the EligibilityPolicy reached from the conclusion. */
@Revision("1")
public record JointAssessmentCompleted(
        UUID careRecordId,
        UUID assessmentId,
        AssessmentConclusion conclusion,
        EligibilityDecision eligibility,
        Actor by,
        Instant at) implements CareRecordEvent {
}
