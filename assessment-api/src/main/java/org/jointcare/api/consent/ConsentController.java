package org.jointcare.api.consent;

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

/** The person's consent to share, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class ConsentController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public ConsentController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(RECORD_CONSENT)
    @Operation(summary = "Record or change the person's consent to share", description = "Takes effect on the next request.")
    public ResponseEntity<CommandResult> recordConsent(@PathVariable UUID careRecordId,
                                                       @Valid @RequestBody RecordConsentRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, RECORD_CONSENT, ifMatch, "consent", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }
}
