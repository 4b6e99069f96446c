package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** Also the admission notice to {@code notifiedPracticeCode}. A readmission within 30 days of a discharge is flagged, naming the earlier admission. */
@Revision("1")
public record PersonAdmittedToHospital(
        UUID careRecordId,
        UUID admissionId,
        Admission admission,
        String notifiedPracticeCode,
        boolean readmissionWithin30Days,
        UUID previousAdmissionId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
