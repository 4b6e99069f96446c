package org.jointcare.api.referral;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.referral.CloseReferral;
import org.jointcare.carerecord.referral.ReferralClosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CloseReferralRequest(
        @NotNull ReferralClosure closure,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String reason) {

    public CloseReferral toCommand(UUID careRecordId, UUID referralId, Actor by, Instant at) {
        return new CloseReferral(careRecordId, referralId, closure, reason, by, at);
    }
}
