package org.jointcare.api.registration;

import java.time.LocalDate;
import java.util.List;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.directory.KnownOrganisations;
import org.jointcare.api.directory.NamesOrganisations;
import org.jointcare.api.directory.OrganisationKind;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@KnownOrganisations
public record PersonDetailsRequest(
        @NotBlank @Size(max = RequestShapes.NAME) String givenName,
        @NotBlank @Size(max = RequestShapes.NAME) String familyName,
        @NotNull @PastOrPresent LocalDate dateOfBirth,
        @NotBlank @Pattern(regexp = RequestShapes.CODE, message = "must be an organisation code such as J82034") String registeredPracticeCode,
        @NotBlank @Size(max = RequestShapes.NAME) String locality,
        @Size(max = 100) String preferredLanguage,
        Boolean interpreterNeeded,
        @FreeText @Size(max = RequestShapes.TEXT) String communicationNeeds,
        LivingSituation livingSituation,
        @Size(max = 10) List<@NotNull @Valid CarerRequest> carers,
        Characteristics characteristics) implements NamesOrganisations {

    @Override
    public List<NamedCode> organisationCodes() {
        return List.of(NamedCode.of("registeredPracticeCode", registeredPracticeCode, OrganisationKind.PRACTICE));
    }

    PersonDetails toDetails() {
        return new PersonDetails(givenName, familyName, dateOfBirth, registeredPracticeCode, locality,
                preferredLanguage, Boolean.TRUE.equals(interpreterNeeded), communicationNeeds, livingSituation,
                carers == null ? List.of() : carers.stream().map(CarerRequest::toCarer).toList(), characteristics);
    }
}
