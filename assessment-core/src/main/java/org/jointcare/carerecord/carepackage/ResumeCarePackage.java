package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Resumes a suspended package. */
public record ResumeCarePackage(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID packageId,
        Actor by,
        Instant at) implements CareRecordCommand {
}
