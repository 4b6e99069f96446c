package org.jointcare.carerecord.assessment;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Completes a joint assessment that holds at least one health and one social care contribution. */
public record CompleteJointAssessment(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID assessmentId,
        AssessmentConclusion conclusion,
        Actor by,
        Instant at) implements CareRecordCommand {
}
