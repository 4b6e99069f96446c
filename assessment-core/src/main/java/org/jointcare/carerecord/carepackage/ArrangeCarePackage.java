package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Arranges a care package from a completed joint assessment. A package arranged while another is in force replaces it. */
public record ArrangeCarePackage(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID packageId,
        UUID assessmentId,
        LocalDate startDate,
        PackageTerms terms,
        Actor by,
        Instant at) implements CareRecordCommand {
}
