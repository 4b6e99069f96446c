package org.jointcare.api.carepackage;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carepackage.EndCarePackage;
import org.jointcare.carerecord.carepackage.SuspendCarePackage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Suspending or ending a package: both need a reason. */
public record PackageChangeRequest(
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String reason) {

    public SuspendCarePackage toSuspension(UUID careRecordId, UUID packageId, Actor by, Instant at) {
        return new SuspendCarePackage(careRecordId, packageId, reason, by, at);
    }

    public EndCarePackage toEnding(UUID careRecordId, UUID packageId, Actor by, Instant at) {
        return new EndCarePackage(careRecordId, packageId, reason, by, at);
    }
}
