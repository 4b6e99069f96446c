package org.jointcare.api.closure;

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

/** Closing the care record, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class ClosureController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public ClosureController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(CLOSE_CARE_RECORD)
    @Operation(summary = "Close the care record", description = "Open referrals and the package in force end with it.")
    public ResponseEntity<CommandResult> close(@PathVariable UUID careRecordId,
                                               @Valid @RequestBody CloseCareRecordRequest body,
                                               @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, CLOSE_CARE_RECORD, ifMatch, "closure", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }
}
