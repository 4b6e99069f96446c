package org.jointcare.carerecord.enteredinerror;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * Marks the entry recorded as event {@code sequenceNumber} of the record (its place in the record's
 * history) as entered in error, for {@code reason}: typically recorded on the wrong person. The
 * entry's event stays for audit; every view and export leaves it out from then on.
 */
public record MarkEnteredInError(
        @TargetAggregateIdentifier UUID careRecordId,
        long sequenceNumber,
        String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
