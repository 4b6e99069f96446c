package org.jointcare.carerecord.closure;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record CareRecordClosed(
        UUID careRecordId,
        ClosureReason reason,
        @Personal String note,
        Actor by,
        Instant at) implements CareRecordEvent {
}
