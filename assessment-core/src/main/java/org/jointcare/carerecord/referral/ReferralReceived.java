package org.jointcare.carerecord.referral;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** The referral and the time by which its urgency says it must be answered. */
@Revision("1")
public record ReferralReceived(
        UUID careRecordId,
        UUID referralId,
        ReferralSource source,
        Requester requester,
        @Personal String reason,
        Urgency urgency,
        Instant respondBy,
        Actor by,
        Instant at) implements CareRecordEvent {
}
