package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * Arranges a care package from a completed joint assessment, when none is in force (one in force
 * is replaced by {@link ReviseCarePackage}). Arranged while the person is in hospital, it starts
 * suspended by that admission.
 */
public record ArrangeCarePackage(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID packageId,
        UUID assessmentId,
        LocalDate startDate,
        PackageTerms terms,
        Actor by,
        Instant at) implements CareRecordCommand {
}
