package org.jointcare.api.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carepackage.ArrangeCarePackage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public record ArrangeCarePackageRequest(
        @NotNull UUID assessmentId,
        @NotNull LocalDate startDate,
        @NotNull @Valid PackageTermsRequest terms) {

    public ArrangeCarePackage toCommand(UUID careRecordId, UUID packageId, Actor by, Instant at) {
        return new ArrangeCarePackage(careRecordId, packageId, assessmentId, startDate, terms.toTerms(), by, at);
    }
}
