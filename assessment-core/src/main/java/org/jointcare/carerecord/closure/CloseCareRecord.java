package org.jointcare.carerecord.closure;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Closes the record; what was open (package, referrals, assessment, reviews) ends with it. */
public record CloseCareRecord(
        @TargetAggregateIdentifier UUID careRecordId,
        ClosureReason reason,
        String note,
        Actor by,
        Instant at) implements CareRecordCommand {
}
