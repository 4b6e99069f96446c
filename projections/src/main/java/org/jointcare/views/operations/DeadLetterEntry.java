package org.jointcare.views.operations;

import java.time.Instant;

/**
 * One parked event. The sequence identifier is the care record the event belongs to: dead
 * letters are for an operator, never for commissioners. Nothing of the event's payload is here.
 *
 * @param sequenceNumber the event's sequence number on its care record, null if not a domain event
 * @param globalIndex    the event's global position in the event store, null if unknown
 * @param retries        how many times a retry handed this event to the view and it failed again
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
        String causeMessage,
        Long sequenceNumber,
        Long globalIndex,
        int retries) {
}
