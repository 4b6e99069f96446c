package org.jointcare.carerecord.assessment;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Starts a joint assessment from an accepted referral, led by a named assessor. */
public record StartJointAssessment(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID assessmentId,
        UUID referralId,
        String leadAssessorUserId,
        Actor by,
        Instant at) implements CareRecordCommand {
}
