package org.jointcare.api.views;

import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.ReachablePeople;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.access.RoleView;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.caseload.CaseloadItems.CaseloadSummary;
import org.jointcare.views.caseload.CaseloadQueries;
import org.jointcare.views.caseload.CaseloadScope;
import org.jointcare.views.caseload.LinkworkerCaseload;
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
    public enum CaseloadList { OPEN_REFERRALS, ASSESSMENTS, PACKAGES, REVIEWS_DUE, RECENT_DISCHARGES }

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final ReachablePeople reachable;
    private final LinkworkerCaseload caseload;

    public CaseloadReads(PersonAccess access, RoleFieldFilter fields, ReachablePeople reachable, LinkworkerCaseload caseload) {
        this.access = access;
        this.fields = fields;
        this.reachable = reachable;
        this.caseload = caseload;
    }

    /** @param practice one attached practice, or null for the whole caseload */
    public RoleView<CaseloadSummary> summary(CareProfessional who, String practice) {
        CaseloadScope scope = scope(who, practice, ApiEndpoint.READ_CASELOAD_SUMMARY);
        return fields.view(who.role(), "Linkworker caseload", caseload.summary(new CaseloadQueries.CaseloadSummaryQuery(scope)));
    }

    public RoleView<ViewPage<?>> list(CareProfessional who, CaseloadList list, String practice, Paging paging) {
        CaseloadScope scope = scope(who, practice, ApiEndpoint.READ_CASELOAD_LIST);
        ViewPage<?> view = switch (list) {
            case OPEN_REFERRALS -> caseload.openReferrals(new CaseloadQueries.OpenReferralsQuery(scope, paging));
            case ASSESSMENTS -> caseload.assessmentsInProgress(new CaseloadQueries.AssessmentsInProgressQuery(scope, paging));
            case PACKAGES -> caseload.packagesInForce(new CaseloadQueries.PackagesInForceQuery(scope, paging));
            case REVIEWS_DUE -> caseload.reviewsDue(new CaseloadQueries.ReviewsDueQuery(scope, paging));
            case RECENT_DISCHARGES -> caseload.recentDischarges(new CaseloadQueries.RecentDischargesQuery(scope, paging));
        };
        return reachable.only(who, fields.view(who.role(), "Linkworker caseload: " + list, view), "items",
                ApiEndpoint.READ_CASELOAD_LIST);
    }

    private CaseloadScope scope(CareProfessional who, String practice, ApiEndpoint endpoint) {
        if (practice != null) {
            access.servePracticeList(who, practice, endpoint);
            return CaseloadScope.ofPractices(practice).without(reachable.hiddenFrom(who));
        }
        access.record(who, null, endpoint, "own caseload and attached practices " + who.attachedPracticeCodes(),
                AccessLog.Outcome.ALLOWED);
        // the lists and their counts leave out, alike, everyone refused consent hides from this linkworker
        return CaseloadScope.of(who.userId(), who.attachedPracticeCodes()).without(reachable.hiddenFrom(who));
    }
}
