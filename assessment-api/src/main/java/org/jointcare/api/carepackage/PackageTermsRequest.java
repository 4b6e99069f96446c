package org.jointcare.api.carepackage;

import java.util.List;

import org.jointcare.carerecord.carepackage.PackageTerms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record PackageTermsRequest(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid PlannedServiceRequest> services,
        @NotNull @PositiveOrZero @Max(10_000_000) Long personContributionPencePerWeek) {

    PackageTerms toTerms() {
        return new PackageTerms(services.stream().map(PlannedServiceRequest::toService).toList(),
                personContributionPencePerWeek);
    }
}
