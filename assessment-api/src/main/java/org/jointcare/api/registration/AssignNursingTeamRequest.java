package org.jointcare.api.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.directory.KnownOrganisations;
import org.jointcare.api.directory.NamesOrganisations;
import org.jointcare.api.directory.OrganisationKind;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.registration.AssignNursingTeam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

@KnownOrganisations
public record AssignNursingTeamRequest(
        @NotBlank @Pattern(regexp = RequestShapes.CODE, message = "must be a team code such as DN-NORTH") String nursingTeamCode)
        implements NamesOrganisations {

    @Override
    public List<NamedCode> organisationCodes() {
        return List.of(NamedCode.of("nursingTeamCode", nursingTeamCode, OrganisationKind.NURSING_TEAM));
    }

    public AssignNursingTeam toCommand(UUID careRecordId, Actor by, Instant at) {
        return new AssignNursingTeam(careRecordId, nursingTeamCode, by, at);
    }
}
