package org.jointcare.carerecord.erasure;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * Erases the whole record: its personal content becomes unreadable in the event store (the
 * person's keys are destroyed) and every view forgets the person. Asked by the privacy officer only.
 * Carries no free text: nothing about the person may be written in the event that records it.
 */
public record EraseRecord(
        @TargetAggregateIdentifier UUID careRecordId,
        ErasureGround ground,
        Actor by,
        Instant at) implements CareRecordCommand {
}
