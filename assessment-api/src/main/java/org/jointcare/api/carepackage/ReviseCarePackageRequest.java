package org.jointcare.api.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carepackage.ReviseCarePackage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A revised package replacing the one in force (named in the path), after a review or a new assessment. */
public record ReviseCarePackageRequest(
        @NotNull UUID assessmentId,
        @NotNull LocalDate startDate,
        @NotNull @Valid PackageTermsRequest terms,
        @NotBlank @Size(max = RequestShapes.TEXT) String reason) {

    public ReviseCarePackage toCommand(UUID careRecordId, UUID packageId, UUID replacesPackageId, Actor by, Instant at) {
        return new ReviseCarePackage(careRecordId, packageId, replacesPackageId, assessmentId, startDate, terms.toTerms(),
                reason, by, at);
    }
}
