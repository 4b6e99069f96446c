package org.jointcare.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.CompleteJointAssessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CompleteJointAssessmentRequest(
        @Size(max = 24) List<@NotNull @Valid AgreedNeedRequest> agreedNeeds,
        @NotNull Boolean needsArisingFromImpairmentOrIllness,
        @Size(max = 10) List<@NotNull @Valid OutcomeRequest> outcomes,
        @NotNull Boolean significantImpactOnWellbeing,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String personViewsAndWishes,
        @FreeText @Size(max = RequestShapes.TEXT) String carerNeeds,
        @NotNull ChcChecklistResult chcChecklist) {

    public CompleteJointAssessment toCommand(UUID careRecordId, UUID assessmentId, Actor by, Instant at) {
        return new CompleteJointAssessment(careRecordId, assessmentId, new AssessmentConclusion(
                agreedNeeds == null ? List.of() : agreedNeeds.stream().map(AgreedNeedRequest::toNeed).toList(),
                needsArisingFromImpairmentOrIllness, OutcomeRequest.toOutcomes(outcomes), significantImpactOnWellbeing,
                personViewsAndWishes, carerNeeds, chcChecklist), by, at);
    }
}
