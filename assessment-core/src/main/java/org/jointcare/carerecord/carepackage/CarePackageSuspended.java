package org.jointcare.carerecord.carepackage;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** {@code admissionId} is the hospital admission that suspended the package, or null when suspended by hand. */
@Revision("1")
public record CarePackageSuspended(
        UUID careRecordId,
        UUID packageId,
        @Personal String reason,
        UUID admissionId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
