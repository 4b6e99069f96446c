package org.jointcare.views.caseload;

import java.util.Objects;
import org.jointcare.views.Paging;

/** The questions the linkworker caseload answers, each one page of one list. */
public final class CaseloadQueries {

    private CaseloadQueries() {
    }

    /** Referrals not yet screened, the nearest response deadline first. Answers {@code ViewPage<OpenReferral>}. */
    public record OpenReferralsQuery(CaseloadScope scope, Paging paging) {
        public OpenReferralsQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Joint assessments started and not completed, oldest first. Answers {@code ViewPage<AssessmentInProgress>}. */
    public record AssessmentsInProgressQuery(CaseloadScope scope, Paging paging) {
        public AssessmentsInProgressQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Active and suspended packages, by person name. Answers {@code ViewPage<PackageInForce>}. */
    public record PackagesInForceQuery(CaseloadScope scope, Paging paging) {
        public PackagesInForceQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Reviews inside their window or overdue, the earliest due first. Answers {@code ViewPage<ReviewDue>}. */
    public record ReviewsDueQuery(CaseloadScope scope, Paging paging) {
        public ReviewsDueQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Discharges whose social care follow-up is not yet recorded, newest first. Answers {@code ViewPage<RecentDischarge>}. */
    public record RecentDischargesQuery(CaseloadScope scope, Paging paging) {
        public RecentDischargesQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** How many of each the caseload holds now. Answers {@link CaseloadSummary}. */
    public record CaseloadSummaryQuery(CaseloadScope scope) {
        public CaseloadSummaryQuery {
            Objects.requireNonNull(scope, "scope");
        }
    }
}
