package org.jointcare.api.views;

import java.util.Set;
import java.util.UUID;

import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.ReachablePeople;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.access.RoleView;
import org.jointcare.api.access.SharingPolicy;
import org.jointcare.api.delivery.InboxDeliveries;
import org.jointcare.api.delivery.InboxNotice;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.districtnursing.DistrictNursingQueries;
import org.jointcare.views.districtnursing.DistrictNursingScope;
import org.jointcare.views.gppractice.GpPracticeQueries;
import org.jointcare.views.recordhistory.SharedCaseHistoryQuery;
import org.jointcare.views.sharing.SharingFacts;
import org.springframework.stereotype.Service;

/**
 * The district nurse's worklist and shared case history, and the GP practice's inbox, referrals and
 * patients with packages, as the API and the pages both read them: scoped to the professional's own
 * team or practice, without anyone the sharing rules hide, filtered for the role and logged. Both
 * {@link ProfessionViewsController} and the district nursing and GP practice pages call this, so
 * the two cannot show different people (as {@link CaseloadReads} for the linkworker's caseload).
 */
@Service
public class ProfessionReads {

    /** The lists of a nursing team's worklist, by the name used in the path. */
    public enum WorklistList { ASSESSMENTS_AWAITING_NURSING, NURSING_PACKAGES, DISCHARGES_NEEDING_VISIT, DEATH_NOTICES }

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final ReachablePeople reachable;
    private final QueryGateway queries;
    private final ProfessionalDirectory directory;
    private final InboxDeliveries deliveries;

    public ProfessionReads(PersonAccess access, RoleFieldFilter fields, ReachablePeople reachable, QueryGateway queries,
                           ProfessionalDirectory directory, InboxDeliveries deliveries) {
        this.access = access;
        this.fields = fields;
        this.reachable = reachable;
        this.queries = queries;
        this.directory = directory;
        this.deliveries = deliveries;
    }

    /** A person's shared case history, newest first; a person the professional may not reach is not found. */
    public RoleView<ViewPage<?>> sharedCaseHistory(CareProfessional who, UUID careRecordId, Paging paging) {
        return sharedCaseHistory(who, reachCaseHistory(who, careRecordId), paging);
    }

    /**
     * Reaches the person for their shared case history, logged once as that read: a page that shows
     * the person beside the history takes who they are from the facts answered here, instead of
     * reaching (and logging) them a second time.
     */
    public SharingFacts reachCaseHistory(CareProfessional who, UUID careRecordId) {
        return access.reach(who, careRecordId, ApiEndpoint.READ_SHARED_CASE_HISTORY);
    }

    /** The shared case history of a person {@link #reachCaseHistory reached} for it. */
    public RoleView<ViewPage<?>> sharedCaseHistory(CareProfessional who, SharingFacts reached, Paging paging) {
        ViewPage<?> history = page(new SharedCaseHistoryQuery(reached.careRecordId(), paging));
        return fields.view(who.role(), "Shared case history", history);
    }

    public RoleView<ViewPage<?>> nursingWorklist(CareProfessional who, WorklistList list, Paging paging) {
        String team = SharingPolicy.nursingTeamOf(who);
        Set<String> practices = directory.practicesServedBy(team);
        access.record(who, null, ApiEndpoint.READ_NURSING_WORKLIST,
                "nursing team " + team + " caseload and practices served " + practices, AccessLog.Outcome.ALLOWED);
        // the lists and their totals leave out, alike, everyone refused consent hides from this nurse
        DistrictNursingScope scope = DistrictNursingScope.ofTeamServing(team, practices).without(reachable.hiddenFrom(who));
        ViewPage<?> view = switch (list) {
            case ASSESSMENTS_AWAITING_NURSING -> page(new DistrictNursingQueries.AssessmentsAwaitingNursingQuery(scope, paging));
            case NURSING_PACKAGES -> page(new DistrictNursingQueries.NursingPackagesQuery(scope, paging));
            case DISCHARGES_NEEDING_VISIT -> page(new DistrictNursingQueries.DischargesNeedingVisitQuery(scope, paging));
            case DEATH_NOTICES -> page(new DistrictNursingQueries.DeathNoticesQuery(scope, paging));
        };
        return reachable.only(who, fields.view(who.role(), "District nursing worklist: " + list, view), "items",
                ApiEndpoint.READ_NURSING_WORKLIST);
    }

    public RoleView<ViewPage<InboxNotice>> gpInbox(CareProfessional who, Paging paging) {
        logPracticeList(who, ApiEndpoint.READ_GP_INBOX);
        ViewPage<?> inbox = page(new GpPracticeQueries.GpInboxQuery(who.organisationCode(), paging, reachable.hiddenFrom(who)));
        return reachable.only(who, fields.view(who.role(), "GP practice inbox", deliveries.withDeliveries(inbox)), "items",
                ApiEndpoint.READ_GP_INBOX);
    }

    public RoleView<ViewPage<?>> gpReferrals(CareProfessional who, Paging paging) {
        logPracticeList(who, ApiEndpoint.READ_GP_REFERRALS);
        ViewPage<?> referrals = page(new GpPracticeQueries.PracticeReferralsQuery(who.organisationCode(), paging,
                reachable.hiddenFrom(who)));
        return reachable.only(who, fields.view(who.role(), "Referrals made by the practice", referrals), "items",
                ApiEndpoint.READ_GP_REFERRALS);
    }

    public RoleView<ViewPage<?>> gpPatientsWithPackages(CareProfessional who, Paging paging) {
        logPracticeList(who, ApiEndpoint.READ_GP_PATIENTS_WITH_PACKAGES);
        ViewPage<?> patients = page(new GpPracticeQueries.PatientsWithPackagesQuery(who.organisationCode(), paging,
                reachable.hiddenFrom(who)));
        return reachable.only(who, fields.view(who.role(), "Registered patients with packages", patients), "items",
                ApiEndpoint.READ_GP_PATIENTS_WITH_PACKAGES);
    }

    public RoleView<ViewPage<?>> gpDeathNotices(CareProfessional who, Paging paging) {
        logPracticeList(who, ApiEndpoint.READ_GP_DEATH_NOTICES);
        ViewPage<?> notices = page(new GpPracticeQueries.GpDeathNoticesQuery(who.organisationCode(), paging,
                reachable.hiddenFrom(who)));
        return reachable.only(who, fields.view(who.role(), "Deaths of registered patients", notices), "items",
                ApiEndpoint.READ_GP_DEATH_NOTICES);
    }

    private void logPracticeList(CareProfessional who, ApiEndpoint endpoint) {
        access.record(who, null, endpoint, "staff of practice " + who.organisationCode(), AccessLog.Outcome.ALLOWED);
    }

    /** Every list is read as every other view is: a query on the query bus, answered by the view's queries. */
    private ViewPage<?> page(Object query) {
        return queries.query(query, ViewPage.class).join();
    }
}
