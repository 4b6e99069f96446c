package org.jointcare.api.hospital;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.followup.RecordNursingVisit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A district nursing visit: when, what was done (clinical), and the discharge it follows up
 * ({@code admissionId}, optional).
 */
public record RecordNursingVisitRequest(
        UUID admissionId,
        @NotNull @PastOrPresent Instant visitedAt,
        @Clinical @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String notes) {

    public RecordNursingVisit toCommand(UUID careRecordId, UUID visitId, Actor by, Instant at) {
        return new RecordNursingVisit(careRecordId, visitId, admissionId, visitedAt, notes, by, at);
    }
}
