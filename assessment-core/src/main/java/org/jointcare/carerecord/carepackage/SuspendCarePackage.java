package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Suspends an active package, for example while the person is away. */
public record SuspendCarePackage(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID packageId,
        String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
