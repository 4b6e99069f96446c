package org.jointcare.api.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jointcare.interop.fhir.NoticeMessages.Notice;

/**
 * One notice's delivery to its practice's system, as the outbox holds it. No clinical content:
 * the message is built from the care record at each attempt.
 *
 * @param lastError             why the last attempt failed (an HTTP status or a connection error), null after success
 * @param timeToAcknowledgement from sending until the practice acknowledged, null until both happened
 */
public record NoticeDelivery(
        UUID messageId,
        Notice kind,
        UUID admissionId,
        UUID careRecordId,
        String practiceCode,
        String hospitalCode,
        Instant raisedAt,
        DeliveryStatus status,
        int attempts,
        Instant queuedAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        Instant sentAt,
        Instant givenUpAt,
        Instant acknowledgedAt) {

    public Duration timeToAcknowledgement() {
        return sentAt == null || acknowledgedAt == null ? null : Duration.between(sentAt, acknowledgedAt);
    }
}
