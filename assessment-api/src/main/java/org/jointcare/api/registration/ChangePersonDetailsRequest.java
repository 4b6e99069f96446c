package org.jointcare.api.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.registration.ChangePersonDetails;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The person's details as they now stand, and why they changed. The registered practice is not
 * among them: it stays the practice the record holds (a move to another practice is its own request).
 */
public record ChangePersonDetailsRequest(
        @NotBlank @Size(max = RequestShapes.NAME) String givenName,
        @NotBlank @Size(max = RequestShapes.NAME) String familyName,
        @NotNull @PastOrPresent LocalDate dateOfBirth,
        @NotBlank @Size(max = RequestShapes.NAME) String locality,
        @Size(max = 100) String preferredLanguage,
        Boolean interpreterNeeded,
        @FreeText @Size(max = RequestShapes.TEXT) String communicationNeeds,
        LivingSituation livingSituation,
        @Size(max = 10) List<@NotNull @Valid CarerRequest> carers,
        Characteristics characteristics,
        @NotBlank @FreeText @Size(max = RequestShapes.TEXT) String reason) {

    public ChangePersonDetails toCommand(UUID careRecordId, String registeredPracticeCode, Actor by, Instant at) {
        PersonDetails person = new PersonDetails(givenName, familyName, dateOfBirth, registeredPracticeCode, locality,
                preferredLanguage, Boolean.TRUE.equals(interpreterNeeded), communicationNeeds, livingSituation,
                carers == null ? List.of() : carers.stream().map(CarerRequest::toCarer).toList(), characteristics);
        return new ChangePersonDetails(careRecordId, person, reason, by, at);
    }
}
