package org.jointcare.api.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jointcare.interop.fhir.NoticeMessages.Notice;

/**
 * What happened to a notice's delivery, as the practice and the discharge team see it.
 *
 * @param lastError             why the last attempt failed: an HTTP status or a connection error, never the receiver's words
 * @param timeToAcknowledgement from sending until the practice acknowledged (in JointCare or from its system)
 */
public record DeliveryReport(
        UUID messageId,
        Notice kind,
        UUID admissionId,
        UUID careRecordId,
        String practiceCode,
        DeliveryStatus status,
        int attempts,
        Instant raisedAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        String lastError,
        Instant sentAt,
        Instant givenUpAt,
        Instant acknowledgedAt,
        Duration timeToAcknowledgement) {

    static DeliveryReport of(NoticeDelivery delivery) {
        return new DeliveryReport(delivery.messageId(), delivery.kind(), delivery.admissionId(), delivery.careRecordId(),
                delivery.practiceCode(), delivery.status(), delivery.attempts(), delivery.raisedAt(),
                delivery.lastAttemptAt(), delivery.nextAttemptAt(), delivery.lastError(), delivery.sentAt(),
                delivery.givenUpAt(), delivery.acknowledgedAt(), delivery.timeToAcknowledgement());
    }
}
