package org.jointcare.carerecord.referral;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Screening closed the referral: simple need met at once, signposted or declined, with what was done or why. */
public record CloseReferral(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID referralId,
        ReferralClosure closure,
        String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
