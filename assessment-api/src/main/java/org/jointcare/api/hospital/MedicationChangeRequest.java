package org.jointcare.api.hospital;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.hospital.MedicationChangeKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record MedicationChangeRequest(
        @NotBlank @Size(max = RequestShapes.NAME) String medication,
        @NotNull MedicationChangeKind kind,
        @FreeText @Size(max = RequestShapes.TEXT) String detail) {
}
