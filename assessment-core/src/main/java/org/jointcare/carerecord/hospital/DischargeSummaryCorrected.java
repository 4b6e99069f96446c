package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * The discharge summary was corrected by the team that wrote it: {@code summary} replaces the one
 * recorded (the original stays in the record's history), and the amended notice goes to
 * {@code practiceCode}, the person's registered practice now, which acknowledges it afresh.
 */
@Revision("1")
public record DischargeSummaryCorrected(
        UUID careRecordId,
        UUID admissionId,
        DischargeSummary summary,
        String reason,
        String practiceCode,
        Actor by,
        Instant at) implements CareRecordEvent {
}
