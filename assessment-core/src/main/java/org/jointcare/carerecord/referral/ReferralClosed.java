package org.jointcare.carerecord.referral;

import org.jointcare.carerecord.Personal;
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
        @Personal String reason,
        Actor by,
        Instant at) implements CareRecordEvent {
}
