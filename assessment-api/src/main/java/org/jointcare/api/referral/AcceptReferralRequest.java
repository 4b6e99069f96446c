package org.jointcare.api.referral;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.referral.AcceptReferral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AcceptReferralRequest(
        @NotBlank @Size(max = 64) String linkworkerUserId) {

    public AcceptReferral toCommand(UUID careRecordId, UUID referralId, Actor by, Instant at) {
        return new AcceptReferral(careRecordId, referralId, linkworkerUserId, by, at);
    }
}
