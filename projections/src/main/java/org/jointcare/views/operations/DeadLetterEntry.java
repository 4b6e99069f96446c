package org.jointcare.views.operations;

import java.time.Instant;

/**
 * One parked event. The sequence identifier is the care record the event belongs to: dead
 * letters are for an operator, never for commissioners.
 */
public record DeadLetterEntry(
        String sequenceIdentifier,
        long indexInSequence,
        String eventIdentifier,
        String eventType,
        Instant eventTimestamp,
        Instant enqueuedAt,
        Instant lastTouched,
        String causeType,
        String causeMessage) {
}
