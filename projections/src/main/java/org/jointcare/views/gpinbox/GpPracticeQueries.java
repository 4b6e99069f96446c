package org.jointcare.views.gpinbox;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jointcare.views.HiddenPeople;
import org.jointcare.views.Paging;

/**
 * The questions the GP practice view answers, each one page of one list for one practice, leaving
 * out the people hidden from the one who asks (see {@link HiddenPeople}) in the page and its total.
 */
public final class GpPracticeQueries {

    private GpPracticeQueries() {
    }

    /**
     * Admission and discharge notices to the practice: unacknowledged first, then the newest.
     * Answers {@code ViewPage<GpNotice>}.
     */
    public record GpInboxQuery(String practiceCode, Paging paging, Set<UUID> hidden) {
        public GpInboxQuery(String practiceCode, Paging paging) {
            this(practiceCode, paging, Set.of());
        }

        public GpInboxQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
            hidden = HiddenPeople.copy(hidden);
        }
    }

    /** Referrals the practice made, newest first, with where each has got to. Answers {@code ViewPage<PracticeReferral>}. */
    public record PracticeReferralsQuery(String practiceCode, Paging paging, Set<UUID> hidden) {
        public PracticeReferralsQuery(String practiceCode, Paging paging) {
            this(practiceCode, paging, Set.of());
        }

        public PracticeReferralsQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
            hidden = HiddenPeople.copy(hidden);
        }
    }

    /** Registered people with an active or suspended package, by name. Answers {@code ViewPage<PatientPackage>}. */
    public record PatientsWithPackagesQuery(String practiceCode, Paging paging, Set<UUID> hidden) {
        public PatientsWithPackagesQuery(String practiceCode, Paging paging) {
            this(practiceCode, paging, Set.of());
        }

        public PatientsWithPackagesQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
            hidden = HiddenPeople.copy(hidden);
        }
    }
}
