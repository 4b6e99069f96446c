package org.jointcare.api.assessment;

import java.util.List;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.assessment.CareActOutcome;
import org.jointcare.carerecord.assessment.OutcomeAssessment;
import org.jointcare.carerecord.assessment.UnableReason;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record OutcomeRequest(
        @NotNull CareActOutcome outcome,
        @NotNull Boolean achieved,
        UnableReason unableReason,
        @FreeText @Size(max = RequestShapes.TEXT) String note) {

    OutcomeAssessment toOutcome() {
        return new OutcomeAssessment(outcome, achieved, unableReason, note);
    }

    static List<OutcomeAssessment> toOutcomes(List<OutcomeRequest> outcomes) {
        return outcomes == null ? List.of() : outcomes.stream().map(OutcomeRequest::toOutcome).toList();
    }
}
