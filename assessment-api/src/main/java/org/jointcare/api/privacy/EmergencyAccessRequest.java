package org.jointcare.api.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.access.RecordEmergencyAccess;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record EmergencyAccessRequest(
        @FreeText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Min(1) @Max(720) Integer minutes) {

    public RecordEmergencyAccess toCommand(UUID careRecordId, UUID accessId, Actor by, Instant at) {
        return new RecordEmergencyAccess(careRecordId, accessId, reason, Duration.ofMinutes(minutes), by, at);
    }
}
