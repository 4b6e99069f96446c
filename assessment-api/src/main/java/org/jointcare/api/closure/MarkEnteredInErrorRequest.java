package org.jointcare.api.closure;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.enteredinerror.MarkEnteredInError;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The entry at {@code sequenceNumber} of the record's history (as the history and the current record
 * number it) was entered in error, for {@code reason}.
 */
public record MarkEnteredInErrorRequest(
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) Long sequenceNumber,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String reason) {

    public MarkEnteredInError toCommand(UUID careRecordId, Actor by, Instant at) {
        return new MarkEnteredInError(careRecordId, sequenceNumber, reason, by, at);
    }
}
