package org.jointcare.api.consent;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.RecordConsent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RecordConsentRequest(
        @NotNull ConsentDecision decision,
        @FreeText @Size(max = RequestShapes.TEXT) String limits) {

    public RecordConsent toCommand(UUID careRecordId, Actor by, Instant at) {
        return new RecordConsent(careRecordId, decision, limits, by, at);
    }
}
