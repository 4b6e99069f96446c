package org.jointcare.carerecord.hospital;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Clinical;

/**
 * The discharge summary was corrected by the team that wrote it: {@code summary} replaces the one
 * recorded (the original stays in the record's history), and the amended notice goes to
 * {@code practiceCode}, the person's registered practice now, which acknowledges it afresh. What was
 * wrong ({@code reason}) is about the clinical content, so it is clinical too.
 */
@Revision("1")
public record DischargeSummaryCorrected(
        UUID careRecordId,
        UUID admissionId,
        DischargeSummary summary,
        @Personal @Clinical String reason,
        String practiceCode,
        Actor by,
        Instant at) implements CareRecordEvent {
}
