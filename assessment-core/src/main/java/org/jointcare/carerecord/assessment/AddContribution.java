package org.jointcare.carerecord.assessment;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Adds one discipline's contribution to a joint assessment in progress. */
public record AddContribution(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID assessmentId,
        Contribution contribution,
        Actor by,
        Instant at) implements CareRecordCommand {
}
