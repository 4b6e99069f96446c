package org.jointcare.api.carepackage;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.util.UUID;

import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.command.CommandResult;
import org.jointcare.api.command.NoDetails;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiDocumentation;
import org.jointcare.carerecord.carepackage.ResumeCarePackage;
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

/** Arranging, revising, amending, suspending, resuming and ending care packages, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class CarePackageController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public CarePackageController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(ARRANGE_CARE_PACKAGE)
    @Operation(summary = "Arrange a care package from a completed joint assessment",
            description = "Only when no package is in force (revise one that is). Arranged while the person is in hospital, "
                    + "it starts suspended by that admission.")
    public ResponseEntity<CommandResult> arrangePackage(@PathVariable UUID careRecordId,
                                                        @Valid @RequestBody ArrangeCarePackageRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        UUID packageId = UUID.randomUUID();
        return changes.change(who, careRecordId, ARRANGE_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toCommand(careRecordId, packageId, who.actor(), at));
    }

    @Handles(REVISE_CARE_PACKAGE)
    @Operation(summary = "Replace the package in force with a revised one, with a reason",
            description = "After a review or a new joint assessment found that needs changed. The old package stays in "
                    + "history; the revised one gets its first review as a change does. Answers the new package.")
    public ResponseEntity<CommandResult> revisePackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                       @Valid @RequestBody ReviseCarePackageRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        UUID revisedPackageId = UUID.randomUUID();
        return changes.change(who, careRecordId, REVISE_CARE_PACKAGE, ifMatch, "packages", revisedPackageId,
                at -> body.toCommand(careRecordId, revisedPackageId, packageId, who.actor(), at));
    }

    @Handles(AMEND_CARE_PACKAGE)
    @Operation(summary = "Amend a care package, with a reason")
    public ResponseEntity<CommandResult> amendPackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                      @Valid @RequestBody AmendCarePackageRequest body,
                                                      @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, AMEND_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toCommand(careRecordId, packageId, who.actor(), at));
    }

    @Handles(SUSPEND_CARE_PACKAGE)
    @Operation(summary = "Suspend an active care package, with a reason")
    public ResponseEntity<CommandResult> suspendPackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                        @Valid @RequestBody PackageChangeRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, SUSPEND_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toSuspension(careRecordId, packageId, who.actor(), at));
    }

    @Handles(RESUME_CARE_PACKAGE)
    @Operation(summary = "Resume a suspended care package")
    public ResponseEntity<CommandResult> resumePackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                       @Valid @RequestBody(required = false) NoDetails body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, RESUME_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> new ResumeCarePackage(careRecordId, packageId, who.actor(), at));
    }

    @Handles(END_CARE_PACKAGE)
    @Operation(summary = "End a care package, with a reason")
    public ResponseEntity<CommandResult> endPackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                    @Valid @RequestBody PackageChangeRequest body,
                                                    @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, END_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toEnding(careRecordId, packageId, who.actor(), at));
    }
}
