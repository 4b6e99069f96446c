package org.jointcare.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.assessment.AddContribution;
import org.jointcare.carerecord.assessment.AssessmentContentPolicy;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.Discipline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code discipline} may be left out: it follows from who is signed in (GP practice: GP,
 * district nurse: district nursing, linkworker: social care). Sent, it must be one the
 * signed-in role contributes in, or the care record refuses it.
 */
public record AddContributionRequest(
        Discipline discipline,
        @Size(max = RequestShapes.NAME) String contributorName,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String summary,
        @Size(max = 24) List<@NotNull @Valid NeedRequest> needs,
        @Size(max = 10) List<@NotNull @Valid OutcomeRequest> outcomes,
        @FreeText @Size(max = RequestShapes.TEXT) String medicalHistory,
        @FreeText @Size(max = RequestShapes.TEXT) String prognosis) {

    public AddContribution toCommand(UUID careRecordId, UUID assessmentId, Actor by, Instant at) {
        Discipline as = discipline == null ? AssessmentContentPolicy.ownDisciplineOf(by.role()) : discipline;
        return new AddContribution(careRecordId, assessmentId, new Contribution(as, contributorName, summary,
                needs == null ? List.of() : needs.stream().map(NeedRequest::toNeed).toList(),
                OutcomeRequest.toOutcomes(outcomes), medicalHistory, prognosis), by, at);
    }
}
