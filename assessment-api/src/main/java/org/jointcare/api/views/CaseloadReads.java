package org.jointcare.api.views;

import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.ReachablePeople;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.access.RoleView;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CaseloadSummary;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadScope;
import org.springframework.stereotype.Service;

/**
 * The linkworker's caseload as the API and the pages both read it: scoped to the linkworker's own
 * people and attached practices (or one of them), without anyone refused consent hides, filtered
 * for the role and logged. Both the caseload endpoints and the caseload pages call this, so the
 * two cannot show different people.
 */
@Service
public class CaseloadReads {

    /** The lists of a linkworker's caseload, by the name used in the path. */
    public enum CaseloadList { OPEN_REFERRALS, ASSESSMENTS, PACKAGES, REVIEWS_DUE, RECENT_DISCHARGES, CARERS_ASSESSMENTS, DEATH_NOTICES }

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final ReachablePeople reachable;
    private final QueryGateway queries;

    public CaseloadReads(PersonAccess access, RoleFieldFilter fields, ReachablePeople reachable, QueryGateway queries) {
        this.access = access;
        this.fields = fields;
        this.reachable = reachable;
        this.queries = queries;
    }

    /** @param practice one attached practice, or null for the whole caseload */
    public RoleView<CaseloadSummary> summary(CareProfessional who, String practice) {
        LinkworkerCaseloadScope scope = scope(who, practice, ApiEndpoint.READ_CASELOAD_SUMMARY);
        return fields.view(who.role(), "Linkworker caseload", queries.query(new LinkworkerCaseloadQueries.CaseloadSummaryQuery(scope), CaseloadSummary.class).join());
    }

    public RoleView<ViewPage<?>> list(CareProfessional who, CaseloadList list, String practice, Paging paging) {
        LinkworkerCaseloadScope scope = scope(who, practice, ApiEndpoint.READ_CASELOAD_LIST);
        ViewPage<?> view = switch (list) {
            case OPEN_REFERRALS -> page(new LinkworkerCaseloadQueries.OpenReferralsQuery(scope, paging));
            case ASSESSMENTS -> page(new LinkworkerCaseloadQueries.AssessmentsInProgressQuery(scope, paging));
            case PACKAGES -> page(new LinkworkerCaseloadQueries.PackagesInForceQuery(scope, paging));
            case REVIEWS_DUE -> page(new LinkworkerCaseloadQueries.ReviewsDueQuery(scope, paging));
            case RECENT_DISCHARGES -> page(new LinkworkerCaseloadQueries.RecentDischargesQuery(scope, paging));
            case CARERS_ASSESSMENTS -> page(new LinkworkerCaseloadQueries.CarersAssessmentsAwaitedQuery(scope, paging));
            case DEATH_NOTICES -> page(new LinkworkerCaseloadQueries.DeathNoticesQuery(scope, paging));
        };
        return reachable.only(who, fields.view(who.role(), "Linkworker caseload: " + list, view), "items",
                ApiEndpoint.READ_CASELOAD_LIST);
    }

    private LinkworkerCaseloadScope scope(CareProfessional who, String practice, ApiEndpoint endpoint) {
        if (practice != null) {
            access.servePracticeList(who, practice, endpoint);
            return LinkworkerCaseloadScope.ofPractices(practice).without(reachable.hiddenFrom(who));
        }
        access.record(who, null, endpoint, "own caseload and attached practices " + who.attachedPracticeCodes(),
                AccessLog.Outcome.ALLOWED);
        // the lists and their counts leave out, alike, everyone refused consent hides from this linkworker
        return LinkworkerCaseloadScope.of(who.userId(), who.attachedPracticeCodes()).without(reachable.hiddenFrom(who));
    }

    private ViewPage<?> page(Object query) {
        return queries.query(query, ViewPage.class).join();
    }
}
