package org.jointcare.carerecord.carers;

import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.carepackage.ServiceType;

/**
 * A linkworker arranges support for the carer after their assessment: a service of the cared-for
 * person's package in force ({@code packageId} and {@code service}, e.g. respite), or the carer's own
 * support plan ({@code plan}, in words), from {@code startDate}.
 */
public record ArrangeCarerSupport(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID carersAssessmentId,
        CarerSupportKind kind,
        UUID packageId,
        ServiceType service,
        String plan,
        LocalDate startDate,
        Actor by,
        Instant at) implements CareRecordCommand {
}
