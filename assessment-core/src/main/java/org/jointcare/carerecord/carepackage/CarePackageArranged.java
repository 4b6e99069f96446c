package org.jointcare.carerecord.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;

/**
 * A care package was arranged. {@code replacesPackageId} is null for every package arranged now:
 * replacing a package in force is a revision ({@link CarePackageRevised}); the field is kept
 * because packages arranged before that rule may name one.
 */
@Revision("1")
public record CarePackageArranged(
        UUID careRecordId,
        UUID packageId,
        UUID assessmentId,
        LocalDate startDate,
        PackageTerms terms,
        UUID replacesPackageId,
        Actor by,
        Instant at) implements NewCarePackage {
}
