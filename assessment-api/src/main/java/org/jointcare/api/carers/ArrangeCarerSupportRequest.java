package org.jointcare.api.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.ArrangeCarerSupport;
import org.jointcare.carerecord.carers.CarerSupportKind;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Support for the carer: {@code SERVICE_IN_PACKAGE} with the package in force and one of its
 * services, or {@code OWN_SUPPORT_PLAN} with the plan in words.
 */
public record ArrangeCarerSupportRequest(
        @NotNull CarerSupportKind kind,
        UUID packageId,
        ServiceType service,
        @FreeText @Size(max = RequestShapes.TEXT) String plan,
        @NotNull LocalDate startDate) {

    public ArrangeCarerSupport toCommand(UUID careRecordId, UUID carersAssessmentId, Actor by, Instant at) {
        return new ArrangeCarerSupport(careRecordId, carersAssessmentId, kind, packageId, service, plan, startDate, by, at);
    }
}
