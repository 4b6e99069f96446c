package org.jointcare.api.hospital;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.hospital.FollowUpFor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record FollowUpActionRequest(
        @NotNull FollowUpFor forWhom,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String action) {
}
