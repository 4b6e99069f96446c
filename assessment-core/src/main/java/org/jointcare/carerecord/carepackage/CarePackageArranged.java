package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** {@code replacesPackageId} is the package this one replaces (it stays in history), or null. */
@Revision("1")
public record CarePackageArranged(
        UUID careRecordId,
        UUID packageId,
        UUID assessmentId,
        LocalDate startDate,
        PackageTerms terms,
        UUID replacesPackageId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
