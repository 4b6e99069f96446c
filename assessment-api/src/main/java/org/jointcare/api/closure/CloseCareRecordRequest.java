package org.jointcare.api.closure;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.closure.CloseCareRecord;
import org.jointcare.carerecord.closure.ClosureReason;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CloseCareRecordRequest(
        @Schema(description = "MOVED_AWAY or NO_LONGER_NEEDS_SERVICES. A death is recorded with POST …/death and its date,"
                + " which closes the record and tells everyone working with the person: DIED here answers record-the-death-instead.")
        @NotNull ClosureReason reason,
        @FreeText @Size(max = RequestShapes.TEXT) String note) {

    public CloseCareRecord toCommand(UUID careRecordId, Actor by, Instant at) {
        return new CloseCareRecord(careRecordId, reason, note, by, at);
    }
}
