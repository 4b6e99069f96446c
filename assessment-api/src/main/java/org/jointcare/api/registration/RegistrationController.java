package org.jointcare.api.registration;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.net.URI;
import java.util.UUID;

import org.jointcare.api.access.SharingPolicy;
import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.command.CommandResult;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiDocumentation;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.carerecord.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Registering a person and assigning the nursing team that serves them, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class RegistrationController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public RegistrationController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(REGISTER_PERSON)
    @Operation(summary = "Register a person and open their care record",
            description = "The registered practice must be one you serve (your practice, an attached practice, or one your nursing team serves).")
    public ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterPersonRequest body,
                                                  @AuthenticationPrincipal CareProfessional who) {
        UUID careRecordId = UUID.randomUUID();
        changes.access().servePractice(who, body.person().registeredPracticeCode(), careRecordId, REGISTER_PERSON);
        long version = changes.send(body.toCommand(careRecordId, who.actor(), changes.now()), null);
        URI location = URI.create("/api/v1/care-records/" + careRecordId);
        return ResponseEntity.created(location).eTag(RecordVersions.etag(version))
                .body(new CommandResult(careRecordId, location.toString(), careRecordId, version));
    }

    @Handles(CHANGE_PERSON_DETAILS)
    @Operation(summary = "Correct or update the person's details",
            description = "Send the details as they now stand (name, date of birth, locality, language and interpreter,"
                    + " communication, living situation, carers) and why. The history names who changed which details."
                    + " The registered practice stays as it is: moving to another practice is a request of its own.")
    public ResponseEntity<CommandResult> changePersonDetails(@PathVariable UUID careRecordId,
                                                             @Valid @RequestBody ChangePersonDetailsRequest body,
                                                             @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                             @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, CHANGE_PERSON_DETAILS, ifMatch, "person-details", null, null,
                person -> at -> body.toCommand(careRecordId, person.registeredPracticeCode(), who.actor(), at));
    }

    @Handles(MOVE_TO_ANOTHER_PRACTICE)
    @Operation(summary = "Record that the person is now registered with another GP practice",
            description = "From the next request the new practice, the linkworkers attached to it and the nursing team"
                    + " serving it reach the person through the practice; the old practice no longer does (404)."
                    + " Open notices and referrals move to the new practice's lists; past commissioning months stay where they were counted.")
    public ResponseEntity<CommandResult> moveToAnotherPractice(@PathVariable UUID careRecordId,
                                                               @Valid @RequestBody MoveToAnotherPracticeRequest body,
                                                               @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                               @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, MOVE_TO_ANOTHER_PRACTICE, ifMatch, "registered-practice", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }

    @Handles(ASSIGN_NURSING_TEAM)
    @Operation(summary = "Assign the district nursing team that serves the person",
            description = "A district nurse may only assign their own team.")
    public ResponseEntity<CommandResult> assignNursingTeam(@PathVariable UUID careRecordId,
                                                           @Valid @RequestBody AssignNursingTeamRequest body,
                                                           @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                           @AuthenticationPrincipal CareProfessional who) {
        if (who.role() == Role.DISTRICT_NURSE && !body.nursingTeamCode().equals(SharingPolicy.nursingTeamOf(who))) {
            throw changes.access().refuse(who, careRecordId, ASSIGN_NURSING_TEAM,
                    "named nursing team " + body.nursingTeamCode() + ", not their own");
        }
        return changes.change(who, careRecordId, ASSIGN_NURSING_TEAM, ifMatch, "nursing-team", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }
}
