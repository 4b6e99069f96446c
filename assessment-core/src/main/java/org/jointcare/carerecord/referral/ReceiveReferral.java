package org.jointcare.carerecord.referral;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Receives a referral. On a closed record it reopens the record first. */
public record ReceiveReferral(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID referralId,
        ReferralSource source,
        Requester requester,
        String reason,
        Urgency urgency,
        Actor by,
        Instant at) implements CareRecordCommand {
}
