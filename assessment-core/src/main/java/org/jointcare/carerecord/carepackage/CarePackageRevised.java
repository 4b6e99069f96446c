package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;

/** A revised package replaced the one in force ({@code replacesPackageId}, which stays in history), for the reason given. */
@Revision("1")
public record CarePackageRevised(
        UUID careRecordId,
        UUID packageId,
        UUID replacesPackageId,
        UUID assessmentId,
        LocalDate startDate,
        PackageTerms terms,
        String reason,
        Actor by,
        Instant at) implements NewCarePackage {
}
