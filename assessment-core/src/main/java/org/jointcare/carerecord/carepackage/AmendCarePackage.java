package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Changes the services of a package, with a reason. */
public record AmendCarePackage(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID packageId,
        LocalDate effectiveFrom,
        PackageTerms terms,
        String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
