package org.jointcare.api.carepackage;

import java.util.Set;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ServiceType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record PlannedServiceRequest(
        @NotNull ServiceType type,
        @NotNull ProviderType providerType,
        @NotBlank @Size(max = RequestShapes.NAME) String providerName,
        @NotNull @Min(1) @Max(168) Integer unitsPerWeek,
        @NotNull @PositiveOrZero @Max(10_000_000) Long unitCostPence,
        @NotNull @Valid FundingRequest funding,
        Set<@NotNull NeedDomain> meetsNeeds) {

    PlannedService toService() {
        return new PlannedService(type, providerType, providerName, unitsPerWeek, unitCostPence,
                new Funding(funding.stream(), funding.healthPercent(), funding.socialCarePercent()), meetsNeeds);
    }
}
