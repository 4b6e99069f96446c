package org.jointcare.carerecord.closure;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** A closed record reopened by a new referral. */
@Revision("1")
public record CareRecordReopened(
        UUID careRecordId,
        UUID referralId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
