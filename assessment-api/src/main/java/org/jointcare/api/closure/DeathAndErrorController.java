package org.jointcare.api.closure;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.util.UUID;

import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.command.CommandResult;
import org.jointcare.api.command.NoDetails;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiDocumentation;
import org.jointcare.carerecord.death.AcknowledgeDeathNotice;
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

/** A death, its notice, and entries recorded in error, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class DeathAndErrorController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public DeathAndErrorController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(RECORD_DEATH)
    @Operation(summary = "Record the person's death", description = "Once. Open referrals and the package in force end, the "
            + "record closes, and the practice, linkworkers and nursing team are told through their lists. Afterwards the "
            + "record is read and corrected only: anything else is refused with person-has-died (409).")
    public ResponseEntity<CommandResult> recordDeath(@PathVariable UUID careRecordId,
                                                     @Valid @RequestBody RecordDeathRequest body,
                                                     @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, RECORD_DEATH, ifMatch, "death", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }

    @Handles(ACKNOWLEDGE_DEATH_NOTICE)
    @Operation(summary = "Acknowledge the notice of the person's death, for your organisation")
    public ResponseEntity<CommandResult> acknowledgeDeathNotice(@PathVariable UUID careRecordId,
                                                                @Valid @RequestBody(required = false) NoDetails body,
                                                                @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                                @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, ACKNOWLEDGE_DEATH_NOTICE, ifMatch, "death", null,
                at -> new AcknowledgeDeathNotice(careRecordId, who.actor(), at));
    }

    @Handles(MARK_ENTERED_IN_ERROR)
    @Operation(summary = "Mark an entry entered in error",
            description = "A referral, assessment contribution, open admission or nursing visit, named by its sequence number in "
                    + "the record's history, by the professional who recorded it or their organisation. The entry leaves every "
                    + "view and export; its personal content is made unreadable in the store.")
    public ResponseEntity<CommandResult> markEnteredInError(@PathVariable UUID careRecordId,
                                                            @Valid @RequestBody MarkEnteredInErrorRequest body,
                                                            @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                            @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, MARK_ENTERED_IN_ERROR, ifMatch, "entries-in-error", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }
}
