package org.jointcare.api.registration;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.RegisterPerson;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record RegisterPersonRequest(
        @Pattern(regexp = "[0-9 -]{10,14}", message = "must be a 10-digit NHS number") String nhsNumber,
        @NotNull @Valid PersonDetailsRequest person) {

    public RegisterPerson toCommand(UUID careRecordId, Actor by, Instant at) {
        return new RegisterPerson(careRecordId, nhsNumber == null ? null : new NhsNumber(nhsNumber),
                person.toDetails(), by, at);
    }
}
