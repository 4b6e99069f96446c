package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * Replaces the package in force with a revised one, after a review or a new joint assessment
 * found that needs have changed. The old package stays in history; the revised one gets its own
 * first review, as a change does.
 */
public record ReviseCarePackage(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID packageId,
        UUID replacesPackageId,
        UUID assessmentId,
        LocalDate startDate,
        PackageTerms terms,
        String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
