package org.jointcare.api.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carers.CarerOutcome;
import org.jointcare.carerecord.carers.CarerOutcomeAssessment;
import org.jointcare.carerecord.carers.CarerUnableReason;
import org.jointcare.carerecord.carers.CarersAssessmentFindings;
import org.jointcare.carerecord.carers.CarryOutCarersAssessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the carer's assessment found, on the day it was carried out: the facts the carers'
 * eligibility criteria need (the care record decides eligibility from them), and the carer's views.
 */
public record CarryOutCarersAssessmentRequest(
        @NotNull LocalDate carriedOutOn,
        @NotNull Boolean needsArisingFromProvidingNecessaryCare,
        @NotNull Boolean healthAtRiskOfDeteriorating,
        @Valid @Size(max = 8) List<@NotNull Outcome> outcomes,
        @NotNull Boolean significantImpactOnWellbeing,
        @NotNull Boolean ableAndWillingToContinueCaring,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String carerViews) {

    /** One outcome: achieved, or not with why. */
    public record Outcome(
            @NotNull CarerOutcome outcome,
            @NotNull Boolean achieved,
            CarerUnableReason unableReason,
            @FreeText @Size(max = RequestShapes.TEXT) String note) {
    }

    public CarryOutCarersAssessment toCommand(UUID careRecordId, UUID carersAssessmentId, Actor by, Instant at) {
        List<CarerOutcomeAssessment> assessed = outcomes == null ? List.of() : outcomes.stream()
                .map(o -> new CarerOutcomeAssessment(o.outcome(), o.achieved(), o.unableReason(), o.note()))
                .toList();
        return new CarryOutCarersAssessment(careRecordId, carersAssessmentId, carriedOutOn,
                new CarersAssessmentFindings(needsArisingFromProvidingNecessaryCare, healthAtRiskOfDeteriorating, assessed,
                        significantImpactOnWellbeing, ableAndWillingToContinueCaring, carerViews),
                by, at);
    }
}
