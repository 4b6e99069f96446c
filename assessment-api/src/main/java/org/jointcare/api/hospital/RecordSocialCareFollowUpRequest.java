package org.jointcare.api.hospital;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.followup.RecordSocialCareFollowUp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The social care follow-up of a discharge: when it took place and what was found or arranged. */
public record RecordSocialCareFollowUpRequest(
        @NotNull @PastOrPresent Instant followedUpAt,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String outcome) {

    public RecordSocialCareFollowUp toCommand(UUID careRecordId, UUID admissionId, Actor by, Instant at) {
        return new RecordSocialCareFollowUp(careRecordId, admissionId, followedUpAt, outcome, by, at);
    }
}
