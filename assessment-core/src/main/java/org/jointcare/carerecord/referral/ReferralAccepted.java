package org.jointcare.carerecord.referral;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record ReferralAccepted(
        UUID careRecordId,
        UUID referralId,
        String linkworkerUserId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
