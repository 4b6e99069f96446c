package org.jointcare.api.views;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.ReachablePeople;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.access.RoleView;
import org.jointcare.api.access.SharingPolicy;
import org.jointcare.api.delivery.InboxDeliveries;
import org.jointcare.api.delivery.InboxNotice;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.districtnursing.DistrictNursingQueries;
import org.jointcare.views.districtnursing.DistrictNursingQueries;
import org.jointcare.views.districtnursing.DistrictNursingScope;
import org.jointcare.views.gppractice.GpPracticeQueries;
import org.jointcare.views.gppractice.GpPracticeQueries;
import org.jointcare.views.recordhistory.SharedCaseHistoryQuery;
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
 * The district nurse's worklist and shared case history, the GP practice's inbox, referrals and
 * patients with packages, and the person's own record as they would read it. Lists are scoped to
 * the professional's own team or practice and drop anyone the sharing rules hide.
 */
@RestController
@Validated
@Tag(name = "Views", description = "Each profession's view of the shared record")
public class ProfessionViewsController {

    /** The lists of a nursing team's worklist, by the name used in the path. */
    public enum WorklistList { ASSESSMENTS_AWAITING_NURSING, NURSING_PACKAGES, DISCHARGES_NEEDING_VISIT }

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final ReachablePeople reachable;
    private final QueryGateway queries;
    private final ProfessionalDirectory directory;
    private final InboxDeliveries deliveries;

    public ProfessionViewsController(PersonAccess access, RoleFieldFilter fields, ReachablePeople reachable,
                                     QueryGateway queries,
                                     ProfessionalDirectory directory, InboxDeliveries deliveries) {
        this.access = access;
        this.fields = fields;
        this.reachable = reachable;
        this.queries = queries;
        this.directory = directory;
        this.deliveries = deliveries;
    }

    /** Every list is read as every other view is: a query on the query bus, answered by the view's queries. */
    private ViewPage<?> page(Object query) {
        return queries.query(query, ViewPage.class).join();
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
        access.reach(who, careRecordId, ApiEndpoint.READ_SHARED_CASE_HISTORY);
        ViewPage<?> history = queries.query(new SharedCaseHistoryQuery(careRecordId, new Paging(page, size)), ViewPage.class).join();
        return ResponseEntity.ok().eTag(RecordVersions.etag(access.versionOf(careRecordId)))
                .body(fields.view(who.role(), "Shared case history", history));
    }

    @Handles(ApiEndpoint.READ_NURSING_WORKLIST)
    @Operation(summary = "Your nursing team's worklist: ASSESSMENTS_AWAITING_NURSING, NURSING_PACKAGES or DISCHARGES_NEEDING_VISIT",
            description = "The people on your team's caseload and those registered at the practices your team serves.")
    public RoleView<ViewPage<?>> nursingWorklist(@PathVariable WorklistList list, @AuthenticationPrincipal CareProfessional who,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String team = SharingPolicy.nursingTeamOf(who);
        Set<String> practices = directory.practicesServedBy(team);
        access.record(who, null, ApiEndpoint.READ_NURSING_WORKLIST,
                "nursing team " + team + " caseload and practices served " + practices, AccessLog.Outcome.ALLOWED);
        // the lists and their totals leave out, alike, everyone refused consent hides from this nurse
        DistrictNursingScope scope = DistrictNursingScope.ofTeamServing(team, practices).without(reachable.hiddenFrom(who));
        Paging paging = new Paging(page, size);
        ViewPage<?> view = switch (list) {
            case ASSESSMENTS_AWAITING_NURSING -> page(new DistrictNursingQueries.AssessmentsAwaitingNursingQuery(scope, paging));
            case NURSING_PACKAGES -> page(new DistrictNursingQueries.NursingPackagesQuery(scope, paging));
            case DISCHARGES_NEEDING_VISIT -> page(new DistrictNursingQueries.DischargesNeedingVisitQuery(scope, paging));
        };
        return reachable.only(who, fields.view(who.role(), "District nursing worklist: " + list, view), "items",
                ApiEndpoint.READ_NURSING_WORKLIST);
    }

    @Handles(ApiEndpoint.READ_GP_INBOX)
    @Operation(summary = "Your practice's admission and discharge notices, unacknowledged first",
            description = "Each notice says what happened to its delivery to the practice's system (delivery; null if none was due).")
    public RoleView<ViewPage<InboxNotice>> gpInbox(@AuthenticationPrincipal CareProfessional who,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        logPracticeList(who, ApiEndpoint.READ_GP_INBOX);
        ViewPage<?> inbox = page(new GpPracticeQueries.GpInboxQuery(who.organisationCode(),
                new Paging(page, size), reachable.hiddenFrom(who)));
        return reachable.only(who, fields.view(who.role(), "GP practice inbox", deliveries.withDeliveries(inbox)), "items",
                ApiEndpoint.READ_GP_INBOX);
    }

    @Handles(ApiEndpoint.READ_GP_REFERRALS)
    @Operation(summary = "The status of the referrals your practice made")
    public RoleView<ViewPage<?>> gpReferrals(@AuthenticationPrincipal CareProfessional who,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        logPracticeList(who, ApiEndpoint.READ_GP_REFERRALS);
        ViewPage<?> referrals = page(new GpPracticeQueries.PracticeReferralsQuery(who.organisationCode(),
                new Paging(page, size), reachable.hiddenFrom(who)));
        return reachable.only(who, fields.view(who.role(), "Referrals made by the practice", referrals), "items",
                ApiEndpoint.READ_GP_REFERRALS);
    }

    @Handles(ApiEndpoint.READ_GP_PATIENTS_WITH_PACKAGES)
    @Operation(summary = "Your registered patients who have care packages")
    public RoleView<ViewPage<?>> gpPatientsWithPackages(@AuthenticationPrincipal CareProfessional who,
                                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        logPracticeList(who, ApiEndpoint.READ_GP_PATIENTS_WITH_PACKAGES);
        ViewPage<?> patients = page(new GpPracticeQueries.PatientsWithPackagesQuery(
                who.organisationCode(), new Paging(page, size), reachable.hiddenFrom(who)));
        return reachable.only(who, fields.view(who.role(), "Registered patients with packages", patients), "items",
                ApiEndpoint.READ_GP_PATIENTS_WITH_PACKAGES);
    }

    private void logPracticeList(CareProfessional who, ApiEndpoint endpoint) {
        access.record(who, null, endpoint, "staff of practice " + who.organisationCode(), AccessLog.Outcome.ALLOWED);
    }

}
