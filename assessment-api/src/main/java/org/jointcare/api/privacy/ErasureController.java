package org.jointcare.api.privacy;

import static org.jointcare.api.security.ApiEndpoint.ERASE_CARE_RECORD;

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

/** The privacy officer erases a record, the one way every change goes ({@link CareRecordChanges}). */
@RestController
@Tag(name = "Privacy oversight")
public class ErasureController {

    private final CareRecordChanges changes;

    public ErasureController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(ERASE_CARE_RECORD)
    @Operation(summary = "Erase the care record",
            description = "Privacy officer only, on a ground: END_OF_RETENTION_PERIOD (8 years after closure) or"
                    + " UNLAWFUL_PROCESSING. The person's personal fields become unreadable in the event store and"
                    + " every view forgets them; from the next request the record answers 404 to everyone.")
    public ResponseEntity<CommandResult> erase(@PathVariable UUID careRecordId,
                                               @Valid @RequestBody EraseCareRecordRequest body,
                                               @Parameter(description = ApiDocumentation.IF_MATCH_DOC)
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, ERASE_CARE_RECORD, ifMatch, "erasure", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }
}
