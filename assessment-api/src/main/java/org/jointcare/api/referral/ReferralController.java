package org.jointcare.api.referral;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.util.List;
import java.util.UUID;

import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.command.CommandResult;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.api.web.ApiDocumentation;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ApiProblemException;
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

/** Receiving, accepting and closing referrals, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class ReferralController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;
    private final ProfessionalDirectory directory;

    public ReferralController(CareRecordChanges changes, ProfessionalDirectory directory) {
        this.changes = changes;
        this.directory = directory;
    }

    @Handles(RECEIVE_REFERRAL)
    @Operation(summary = "Receive a referral", description = "A closed record is reopened by a new referral.")
    public ResponseEntity<CommandResult> receiveReferral(@PathVariable UUID careRecordId,
                                                         @Valid @RequestBody ReceiveReferralRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        UUID referralId = UUID.randomUUID();
        return changes.change(who, careRecordId, RECEIVE_REFERRAL, ifMatch, "referrals", referralId,
                at -> body.toCommand(careRecordId, referralId, who.actor(), at));
    }

    @Handles(ACCEPT_REFERRAL)
    @Operation(summary = "Accept a referral and allocate it to a linkworker",
            description = "The linkworker must be one attached to the person's practice.")
    public ResponseEntity<CommandResult> acceptReferral(@PathVariable UUID careRecordId, @PathVariable UUID referralId,
                                                        @Valid @RequestBody AcceptReferralRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, ACCEPT_REFERRAL, ifMatch, "referrals", referralId, null, person -> {
            requireLinkworkerFor(person, body.linkworkerUserId());
            return at -> body.toCommand(careRecordId, referralId, who.actor(), at);
        });
    }

    @Handles(CLOSE_REFERRAL)
    @Operation(summary = "Close a referral: simple need met, signposted or declined, with a reason")
    public ResponseEntity<CommandResult> closeReferral(@PathVariable UUID careRecordId, @PathVariable UUID referralId,
                                                       @Valid @RequestBody CloseReferralRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, CLOSE_REFERRAL, ifMatch, "referrals", referralId,
                at -> body.toCommand(careRecordId, referralId, who.actor(), at));
    }

    private void requireLinkworkerFor(SharingFacts person, String linkworkerUserId) {
        boolean attached = directory.account(linkworkerUserId)
                .map(ProfessionalDirectory.ProfessionalAccount::professional)
                .filter(p -> p.role() == Role.LINKWORKER)
                .filter(p -> p.attachedPracticeCodes().contains(person.registeredPracticeCode()))
                .isPresent();
        if (!attached) {
            throw new ApiProblemException(ApiProblem.INVALID_FIELDS.withFieldErrors(
                    "Allocate the referral to a linkworker attached to the person's practice.",
                    List.of(new ApiProblem.FieldProblem("linkworkerUserId",
                            "not a linkworker attached to practice " + person.registeredPracticeCode()))));
        }
    }
}
