package org.jointcare.views.gpinbox;

import java.util.Objects;
import org.jointcare.views.Paging;

/** The questions the GP practice view answers, each one page of one list for one practice. */
public final class GpPracticeQueries {

    private GpPracticeQueries() {
    }

    /**
     * Admission and discharge notices to the practice: unacknowledged first, then the newest.
     * Answers {@code ViewPage<GpNotice>}.
     */
    public record GpInboxQuery(String practiceCode, Paging paging) {
        public GpInboxQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Referrals the practice made, newest first, with where each has got to. Answers {@code ViewPage<PracticeReferral>}. */
    public record PracticeReferralsQuery(String practiceCode, Paging paging) {
        public PracticeReferralsQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Registered people with an active or suspended package, by name. Answers {@code ViewPage<PatientPackage>}. */
    public record PatientsWithPackagesQuery(String practiceCode, Paging paging) {
        public PatientsWithPackagesQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
        }
    }
}
