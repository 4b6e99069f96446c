package org.jointcare.api.carepackage;

import org.jointcare.carerecord.carepackage.FundingStream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record FundingRequest(
        @NotNull FundingStream stream,
        @NotNull @Min(0) @Max(100) Integer healthPercent,
        @NotNull @Min(0) @Max(100) Integer socialCarePercent) {
}
