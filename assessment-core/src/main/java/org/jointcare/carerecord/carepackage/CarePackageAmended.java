package org.jointcare.carerecord.carepackage;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record CarePackageAmended(
        UUID careRecordId,
        UUID packageId,
        LocalDate effectiveFrom,
        PackageTerms terms,
        @Personal String reason,
        Actor by,
        Instant at) implements CareRecordEvent {
}
