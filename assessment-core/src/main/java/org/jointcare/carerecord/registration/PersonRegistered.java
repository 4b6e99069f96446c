package org.jointcare.carerecord.registration;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record PersonRegistered(
        UUID careRecordId,
        @Personal NhsNumber nhsNumber,
        PersonDetails person,
        Actor by,
        Instant at) implements CareRecordEvent {
}
