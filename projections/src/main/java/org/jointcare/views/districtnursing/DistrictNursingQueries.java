package org.jointcare.views.districtnursing;

import java.util.Objects;
import org.jointcare.views.Paging;

/** The questions the district nursing view answers, each one page of one list. */
public final class DistrictNursingQueries {

    private DistrictNursingQueries() {
    }

    /** Joint assessments in progress without a nursing contribution, oldest first. Answers {@code ViewPage<AssessmentAwaitingNursing>}. */
    public record AssessmentsAwaitingNursingQuery(NursingScope scope, Paging paging) {
        public AssessmentsAwaitingNursingQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Packages in force with district nursing services, by person name. Answers {@code ViewPage<NursingPackage>}. */
    public record NursingPackagesQuery(NursingScope scope, Paging paging) {
        public NursingPackagesQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Discharges that ask for a nursing visit, until the first visit after them is recorded, newest first. Answers {@code ViewPage<DischargeNeedingVisit>}. */
    public record DischargesNeedingVisitQuery(NursingScope scope, Paging paging) {
        public DischargesNeedingVisitQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }
}
