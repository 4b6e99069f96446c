package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** A discharge notice to the registered practice, which must acknowledge it. */
@Revision("1")
public record DischargeNoticeRaised(
        UUID careRecordId,
        UUID admissionId,
        String practiceCode,
        Actor by,
        Instant at) implements CareRecordEvent {
}
