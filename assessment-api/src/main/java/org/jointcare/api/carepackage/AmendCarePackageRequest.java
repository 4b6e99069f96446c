package org.jointcare.api.carepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carepackage.AmendCarePackage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AmendCarePackageRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull @Valid PackageTermsRequest terms,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String reason) {

    public AmendCarePackage toCommand(UUID careRecordId, UUID packageId, Actor by, Instant at) {
        return new AmendCarePackage(careRecordId, packageId, effectiveFrom, terms.toTerms(), reason, by, at);
    }
}
