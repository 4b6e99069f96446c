package org.jointcare.api.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.directory.KnownOrganisations;
import org.jointcare.api.directory.NamesOrganisations;
import org.jointcare.api.directory.OrganisationKind;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.registration.MoveToAnotherPractice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The GP practice the person is now registered with. */
@KnownOrganisations
public record MoveToAnotherPracticeRequest(
        @NotBlank @Pattern(regexp = RequestShapes.CODE, message = "must be an organisation code such as J82034") String practiceCode)
        implements NamesOrganisations {

    @Override
    public List<NamedCode> organisationCodes() {
        return List.of(NamedCode.of("practiceCode", practiceCode, OrganisationKind.PRACTICE));
    }

    public MoveToAnotherPractice toCommand(UUID careRecordId, Actor by, Instant at) {
        return new MoveToAnotherPractice(careRecordId, practiceCode, by, at);
    }
}
