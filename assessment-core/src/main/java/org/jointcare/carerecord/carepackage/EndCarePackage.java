package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Ends a package, with a reason. */
public record EndCarePackage(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID packageId,
        String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
