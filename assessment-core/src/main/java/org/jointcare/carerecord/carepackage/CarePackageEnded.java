package org.jointcare.carerecord.carepackage;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record CarePackageEnded(
        UUID careRecordId,
        UUID packageId,
        @Personal String reason,
        Actor by,
        Instant at) implements CareRecordEvent {
}
