package org.jointcare.carerecord.consent;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** The recording organisation is {@code by().organisationCode()}: with consent refused, only it sees the record. */
@Revision("1")
public record ConsentRecorded(
        UUID careRecordId,
        ConsentDecision decision,
        @Personal String limits,
        Actor by,
        Instant at) implements CareRecordEvent {
}
