package org.jointcare.api.assessment;

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

/** The joint assessment: started, contributed to by each discipline, completed, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class JointAssessmentController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public JointAssessmentController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(START_JOINT_ASSESSMENT)
    @Operation(summary = "Start a joint assessment from an accepted referral")
    public ResponseEntity<CommandResult> startAssessment(@PathVariable UUID careRecordId,
                                                         @Valid @RequestBody StartJointAssessmentRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        UUID assessmentId = UUID.randomUUID();
        return changes.change(who, careRecordId, START_JOINT_ASSESSMENT, ifMatch, "assessments", assessmentId,
                at -> body.toCommand(careRecordId, assessmentId, who.actor(), at));
    }

    @Handles(ADD_CONTRIBUTION)
    @Operation(summary = "Add one discipline's contribution to a joint assessment",
            description = "The discipline follows from who is signed in (GP practice: GP, district nurse: district nursing, "
                    + "linkworker: social care, or occupational therapy and others recorded for the professional named).")
    public ResponseEntity<CommandResult> addContribution(@PathVariable UUID careRecordId, @PathVariable UUID assessmentId,
                                                         @Valid @RequestBody AddContributionRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, ADD_CONTRIBUTION, ifMatch, "assessments", assessmentId,
                at -> body.toCommand(careRecordId, assessmentId, who.actor(), at));
    }

    @Handles(COMPLETE_JOINT_ASSESSMENT)
    @Operation(summary = "Complete a joint assessment", description = "Needs at least one health and one social care contribution.")
    public ResponseEntity<CommandResult> completeAssessment(@PathVariable UUID careRecordId, @PathVariable UUID assessmentId,
                                                            @Valid @RequestBody CompleteJointAssessmentRequest body,
                                                            @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                            @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, COMPLETE_JOINT_ASSESSMENT, ifMatch, "assessments", assessmentId,
                at -> body.toCommand(careRecordId, assessmentId, who.actor(), at));
    }
}
