package org.jointcare.api.hospital;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.util.UUID;
import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.command.CommandResult;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiDocumentation;
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

/**
 * The work a discharge asks for, recorded as done: the district nurse's visit and the linkworker's
 * social care follow-up. Each takes the discharge off that profession's list. Every change goes the
 * one way {@link CareRecordChanges} describes.
 */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class DischargeFollowUpController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public DischargeFollowUpController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(RECORD_NURSING_VISIT)
    @Operation(summary = "Record a district nursing visit",
            description = "Names the discharge it follows up, if any: the first visit after a discharge takes it off the "
                    + "nursing worklist. The notes are clinical: a linkworker never reads them.")
    public ResponseEntity<CommandResult> recordNursingVisit(@PathVariable UUID careRecordId,
                                                            @Valid @RequestBody RecordNursingVisitRequest body,
                                                            @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                            @AuthenticationPrincipal CareProfessional who) {
        UUID visitId = UUID.randomUUID();
        return changes.change(who, careRecordId, RECORD_NURSING_VISIT, ifMatch, "nursing-visits", visitId,
                at -> body.toCommand(careRecordId, visitId, who.actor(), at));
    }

    @Handles(RECORD_SOCIAL_CARE_FOLLOW_UP)
    @Operation(summary = "Record the social care follow-up of a discharge (once)",
            description = "Takes the discharge off the linkworker's caseload.")
    public ResponseEntity<CommandResult> recordSocialCareFollowUp(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                                  @Valid @RequestBody RecordSocialCareFollowUpRequest body,
                                                                  @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                                  @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, RECORD_SOCIAL_CARE_FOLLOW_UP, ifMatch, "admissions", admissionId,
                at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }
}
