package org.jointcare.carerecord.followup;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** The social care follow-up of the discharge from {@code admissionId} took place at {@code followedUpAt}. */
@Revision("1")
public record SocialCareFollowUpRecorded(
        UUID careRecordId,
        UUID admissionId,
        Instant followedUpAt,
        @Personal String outcome,
        Actor by,
        Instant at) implements CareRecordEvent {
}
