package org.jointcare.carerecord.referral;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record ReferralClosed(
        UUID careRecordId,
        UUID referralId,
        ReferralClosure closure,
        String reason,
        Actor by,
        Instant at) implements CareRecordEvent {
}
