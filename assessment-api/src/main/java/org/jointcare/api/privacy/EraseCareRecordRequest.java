package org.jointcare.api.privacy;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.erasure.EraseRecord;
import org.jointcare.carerecord.erasure.ErasureGround;

import jakarta.validation.constraints.NotNull;

/** The ground only: nothing about the person may be written in the request that erases them. */
public record EraseCareRecordRequest(@NotNull ErasureGround ground) {

    public EraseRecord toCommand(UUID careRecordId, Actor by, Instant at) {
        return new EraseRecord(careRecordId, ground, by, at);
    }
}
