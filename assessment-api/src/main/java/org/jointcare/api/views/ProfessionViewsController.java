package org.jointcare.api.views;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.access.RoleView;
import org.jointcare.api.delivery.InboxNotice;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.views.ProfessionReads.WorklistList;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.ownrecord.FindOwnRecord;
import org.jointcare.views.ownrecord.OwnRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The endpoints of the district nurse's worklist and shared case history, the GP practice's inbox, referrals and
 * patients with packages, and the person's own record as they would read it. Lists are scoped to
 * the professional's own team or practice and drop anyone the sharing rules hide.
 */
@RestController
@Validated
@Tag(name = "Views", description = "Each profession's view of the shared record")
public class ProfessionViewsController {

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final QueryGateway queries;
    private final ProfessionReads reads;

    public ProfessionViewsController(PersonAccess access, RoleFieldFilter fields, QueryGateway queries, ProfessionReads reads) {
        this.access = access;
        this.fields = fields;
        this.queries = queries;
        this.reads = reads;
    }

    @Handles(ApiEndpoint.READ_OWN_RECORD)
    @Operation(summary = "The person's own record, in plain words, as the person would read it",
            description = "For professionals with a relationship, e.g. to go through it with the person. Clinical detail is left out for linkworkers.")
    public ResponseEntity<RoleView<OwnRecord>> ownRecord(@PathVariable UUID careRecordId, @AuthenticationPrincipal CareProfessional who,
                                              @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                              @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        access.reach(who, careRecordId, ApiEndpoint.READ_OWN_RECORD);
        Optional<OwnRecord> record = queries.query(new FindOwnRecord(careRecordId, page, size,
                        RoleFieldFilter.seesClinicalDetail(who.role())),
                ResponseTypes.optionalInstanceOf(OwnRecord.class)).join();
        OwnRecord found = record.orElseThrow(NoSuchCareRecord::new);
        return ResponseEntity.ok().eTag(RecordVersions.etag(access.versionOf(careRecordId)))
                .body(fields.view(who.role(), "The person's own record (what the person reads about themselves)", found));
    }

    @Handles(ApiEndpoint.READ_SHARED_CASE_HISTORY)
    @Operation(summary = "The shared case history across agencies, newest first (district nursing)")
    public ResponseEntity<RoleView<ViewPage<?>>> sharedCaseHistory(@PathVariable UUID careRecordId,
                                                      @AuthenticationPrincipal CareProfessional who,
                                                      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        RoleView<ViewPage<?>> history = reads.sharedCaseHistory(who, careRecordId, new Paging(page, size));
        return ResponseEntity.ok().eTag(RecordVersions.etag(access.versionOf(careRecordId))).body(history);
    }

    @Handles(ApiEndpoint.READ_NURSING_WORKLIST)
    @Operation(summary = "Your nursing team's worklist: ASSESSMENTS_AWAITING_NURSING, NURSING_PACKAGES or DISCHARGES_NEEDING_VISIT",
            description = "The people on your team's caseload and those registered at the practices your team serves.")
    public RoleView<ViewPage<?>> nursingWorklist(@PathVariable WorklistList list, @AuthenticationPrincipal CareProfessional who,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reads.nursingWorklist(who, list, new Paging(page, size));
    }

    @Handles(ApiEndpoint.READ_GP_INBOX)
    @Operation(summary = "Your practice's admission and discharge notices, unacknowledged first",
            description = "Each notice says what happened to its delivery to the practice's system (delivery; null if none was due).")
    public RoleView<ViewPage<InboxNotice>> gpInbox(@AuthenticationPrincipal CareProfessional who,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reads.gpInbox(who, new Paging(page, size));
    }

    @Handles(ApiEndpoint.READ_GP_REFERRALS)
    @Operation(summary = "The status of the referrals your practice made")
    public RoleView<ViewPage<?>> gpReferrals(@AuthenticationPrincipal CareProfessional who,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reads.gpReferrals(who, new Paging(page, size));
    }

    @Handles(ApiEndpoint.READ_GP_DEATH_NOTICES)
    @Operation(summary = "The deaths of your registered patients, those not yet acknowledged first")
    public RoleView<ViewPage<?>> gpDeathNotices(@AuthenticationPrincipal CareProfessional who,
                                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reads.gpDeathNotices(who, new Paging(page, size));
    }

    @Handles(ApiEndpoint.READ_GP_PATIENTS_WITH_PACKAGES)
    @Operation(summary = "Your registered patients who have care packages")
    public RoleView<ViewPage<?>> gpPatientsWithPackages(@AuthenticationPrincipal CareProfessional who,
                                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reads.gpPatientsWithPackages(who, new Paging(page, size));
    }
}
