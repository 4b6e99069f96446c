package org.jointcare.api.referral;

import org.jointcare.api.command.RequestShapes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RequesterRequest(
        @NotBlank @Size(max = RequestShapes.NAME) String name,
        @Size(max = 16) String organisationCode) {
}
