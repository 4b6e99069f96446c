package org.jointcare.carerecord.referral;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Screening accepted the referral and allocated it to a linkworker. */
public record AcceptReferral(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID referralId,
        String linkworkerUserId,
        Actor by,
        Instant at) implements CareRecordCommand {
}
