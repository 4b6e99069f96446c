package org.jointcare.carerecord.access;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record EmergencyAccessGranted(
        UUID careRecordId,
        UUID accessId,
        @Personal String reason,
        Instant expiresAt,
        Actor by,
        Instant at) implements CareRecordEvent {
}
