package org.jointcare.api.hospital;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.hospital.CorrectDischargeSummary;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.MedicationChange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The whole discharge summary as it should have read, with what was wrong ({@code reason}).
 * {@code dischargedAt} must be the discharge moment as recorded: a correction does not move it.
 */
public record CorrectDischargeSummaryRequest(
        @NotNull @PastOrPresent Instant dischargedAt,
        @NotNull DischargeDestination destination,
        @FreeText @NotBlank @Size(max = 10_000) String clinicalSummary,
        @Size(max = 50) List<@NotNull @Valid MedicationChangeRequest> medicationChanges,
        @Size(max = 20) List<@NotNull @Valid FollowUpActionRequest> followUpActions,
        @FreeText @Size(max = RequestShapes.TEXT) String informationGiven,
        DelayReason delayReason,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String reason) {

    public CorrectDischargeSummary toCommand(UUID careRecordId, UUID admissionId, Actor by, Instant at) {
        return new CorrectDischargeSummary(careRecordId, admissionId, new DischargeSummary(dischargedAt, destination,
                clinicalSummary,
                medicationChanges == null ? List.of() : medicationChanges.stream()
                        .map(m -> new MedicationChange(m.medication(), m.kind(), m.detail())).toList(),
                followUpActions == null ? List.of() : followUpActions.stream()
                        .map(f -> new FollowUpAction(f.forWhom(), f.action())).toList(),
                informationGiven, delayReason), reason, by, at);
    }
}
