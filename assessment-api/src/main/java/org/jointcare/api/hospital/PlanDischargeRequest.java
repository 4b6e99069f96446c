package org.jointcare.api.hospital;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.PlanDischarge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PlanDischargeRequest(
        @NotNull LocalDate expectedDate,
        @NotNull Boolean medicallyFit,
        @NotNull DischargePathway pathway,
        @Size(max = 20) List<@NotBlank @Size(max = RequestShapes.NAME) String> toBeInPlaceFirst) {

    public PlanDischarge toCommand(UUID careRecordId, UUID admissionId, Actor by, Instant at) {
        return new PlanDischarge(careRecordId, admissionId,
                new DischargePlan(expectedDate, medicallyFit, pathway, toBeInPlaceFirst), by, at);
    }
}
