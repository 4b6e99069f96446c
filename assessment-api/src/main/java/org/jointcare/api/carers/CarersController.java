package org.jointcare.api.carers;

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
 * Carers' assessments (Care Act 2014 s.10) on the cared-for person's record: asked for, carried
 * out, and the carer's support arranged. Every change goes the one way {@link CareRecordChanges}
 * describes.
 */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class CarersController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public CarersController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(REQUEST_CARERS_ASSESSMENT)
    @Operation(summary = "Ask for a carer's assessment, naming the carer",
            description = "It waits on the linkworker's caseload until it is carried out; one waits at a time for each carer.")
    public ResponseEntity<CommandResult> request(@PathVariable UUID careRecordId,
                                                 @Valid @RequestBody RequestCarersAssessmentRequest body,
                                                 @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @AuthenticationPrincipal CareProfessional who) {
        UUID carersAssessmentId = UUID.randomUUID();
        return changes.change(who, careRecordId, REQUEST_CARERS_ASSESSMENT, ifMatch, "carers-assessments", carersAssessmentId,
                at -> body.toCommand(careRecordId, carersAssessmentId, who.actor(), at));
    }

    @Handles(CARRY_OUT_CARERS_ASSESSMENT)
    @Operation(summary = "Record the carer's assessment carried out",
            description = "The care record decides eligibility against the carers' eligibility criteria and explains it.")
    public ResponseEntity<CommandResult> carryOut(@PathVariable UUID careRecordId, @PathVariable UUID carersAssessmentId,
                                                  @Valid @RequestBody CarryOutCarersAssessmentRequest body,
                                                  @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, CARRY_OUT_CARERS_ASSESSMENT, ifMatch, "carers-assessments", carersAssessmentId,
                at -> body.toCommand(careRecordId, carersAssessmentId, who.actor(), at));
    }

    @Handles(ARRANGE_CARER_SUPPORT)
    @Operation(summary = "Arrange support for the carer",
            description = "A service of the cared-for person's package in force, or a support plan of the carer's own; once per assessment.")
    public ResponseEntity<CommandResult> support(@PathVariable UUID careRecordId, @PathVariable UUID carersAssessmentId,
                                                 @Valid @RequestBody ArrangeCarerSupportRequest body,
                                                 @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, ARRANGE_CARER_SUPPORT, ifMatch, "carers-assessments", carersAssessmentId,
                at -> body.toCommand(careRecordId, carersAssessmentId, who.actor(), at));
    }
}
