package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record AdmissionNoticeAcknowledged(
        UUID careRecordId,
        UUID admissionId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
