package org.jointcare.api.views;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.ReachablePeople;
import org.jointcare.api.access.RecordHistoryReads;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.access.RoleView;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CaseloadSummary;
import org.jointcare.api.views.CaseloadReads.CaseloadList;
import org.jointcare.views.commissioning.CommissioningAreas;
import org.jointcare.views.commissioning.CommissioningFigures;
import org.jointcare.views.commissioning.FindCommissioningAreas;
import org.jointcare.views.commissioning.FindCommissioningFigures;
import org.jointcare.views.recordhistory.FindRecordAsAt;
import org.jointcare.views.recordhistory.RecordAsAt;
import org.jointcare.views.recordhistory.RecordHistory;
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
import jakarta.validation.constraints.Pattern;

/**
 * Each profession's view of the shared record. Views about one person pass the sharing rules and
 * the role's field filter; lists are scoped to the professional's own caseload and practices and
 * drop anyone they may not reach; commissioning answers figures only.
 */
@RestController
@Validated
@Tag(name = "Views", description = "Each profession's view of the shared record")
public class ViewsController {

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final ReachablePeople reachable;
    private final QueryGateway queries;
    private final CaseloadReads caseload;
    private final CommissioningReads commissioning;
    private final RecordHistoryReads histories;

    public ViewsController(PersonAccess access, RoleFieldFilter fields, ReachablePeople reachable, QueryGateway queries,
                           CaseloadReads caseload, CommissioningReads commissioning, RecordHistoryReads histories) {
        this.histories = histories;
        this.commissioning = commissioning;
        this.access = access;
        this.fields = fields;
        this.reachable = reachable;
        this.queries = queries;
        this.caseload = caseload;
    }

    /** Every list is read as every other view is: a query on the query bus, answered by the view's queries. */
    private ViewPage<?> page(Object query) {
        return queries.query(query, ViewPage.class).join();
    }

    // ------------------------------------------------------------------ one person's record

    @Handles(ApiEndpoint.READ_RECORD_HISTORY)
    @Operation(summary = "The record's timeline across agencies, oldest first",
            description = "Clinical detail is left out for linkworkers. The ETag is the record's current version.")
    public ResponseEntity<RoleView<RecordHistory>> history(@PathVariable UUID careRecordId, @AuthenticationPrincipal CareProfessional who,
                                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        RoleView<RecordHistory> history = histories.history(who, careRecordId, page, size);
        return ResponseEntity.ok().eTag(RecordVersions.etag(access.versionOf(careRecordId))).body(history);
    }

    @Handles(ApiEndpoint.READ_RECORD_AS_AT)
    @Operation(summary = "The record as it stood at a moment (UTC)",
            description = "Clinical detail is left out for linkworkers.")
    public ResponseEntity<RoleView<RecordAsAt>> asAt(@PathVariable UUID careRecordId, @RequestParam Instant at,
                                         @AuthenticationPrincipal CareProfessional who) {
        access.reach(who, careRecordId, ApiEndpoint.READ_RECORD_AS_AT);
        RecordAsAt record = queries.query(new FindRecordAsAt(careRecordId, at), RecordAsAt.class).join();
        return ResponseEntity.ok().eTag(RecordVersions.etag(access.versionOf(careRecordId)))
                .body(fields.view(who.role(), "Record as at " + at, record));
    }

    // ------------------------------------------------------------------ the linkworker's caseload

    @Handles(ApiEndpoint.READ_CASELOAD_SUMMARY)
    @Operation(summary = "How many of each your caseload holds now",
            description = "Your caseload: people allocated to you and the populations of your attached practices (or one of them with ?practice=).")
    public RoleView<CaseloadSummary> caseloadSummary(@AuthenticationPrincipal CareProfessional who,
                                    @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{2,16}") String practice) {
        return caseload.summary(who, practice);
    }

    @Handles(ApiEndpoint.READ_CASELOAD_LIST)
    @Operation(summary = "One list of your caseload: OPEN_REFERRALS, ASSESSMENTS, PACKAGES, REVIEWS_DUE, RECENT_DISCHARGES or CARERS_ASSESSMENTS")
    public RoleView<ViewPage<?>> caseloadList(@PathVariable CaseloadList list, @AuthenticationPrincipal CareProfessional who,
                                 @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{2,16}") String practice,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return caseload.list(who, list, practice, new Paging(page, size));
    }

    // ------------------------------------------------------------------ commissioning

    @Handles(ApiEndpoint.READ_COMMISSIONING_AREAS)
    @Operation(summary = "The practices and localities that have figures, with the months they span")
    public CommissioningAreas commissioningAreas(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return commissioning.areas(page, size);
    }

    @Handles(ApiEndpoint.READ_COMMISSIONING_FIGURES)
    @Operation(summary = "De-identified figures by practice, locality and month (counts below 5 suppressed)",
            description = "month is required (YYYY-MM); practiceCode and locality narrow it.")
    public CommissioningFigures commissioningFigures(
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{2,16}") String practiceCode,
            @RequestParam(required = false) String locality,
            @RequestParam YearMonth month,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return commissioning.figures(practiceCode, locality, month, page, size);
    }

}
