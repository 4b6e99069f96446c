package org.jointcare.api.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.death.RecordDeath;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** The person died on {@code dateOfDeath}. */
public record RecordDeathRequest(@NotNull @PastOrPresent LocalDate dateOfDeath) {

    public RecordDeath toCommand(UUID careRecordId, Actor by, Instant at) {
        return new RecordDeath(careRecordId, dateOfDeath, by, at);
    }
}
