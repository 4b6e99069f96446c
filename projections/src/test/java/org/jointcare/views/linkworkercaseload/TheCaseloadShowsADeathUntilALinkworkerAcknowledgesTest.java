package org.jointcare.views.linkworkercaseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jointcare.views.testing.Professionals.*;

import java.time.LocalDate;
import java.util.List;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.AssessmentInProgress;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CaseloadSummary;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.DeathNotice;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.OpenReferral;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.AssessmentsInProgressQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.CaseloadSummaryQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.DeathNoticesQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.OpenReferralsQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.PackagesInForceQuery;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The linkworker's caseload shows the death of one of its people until a linkworker acknowledges
 * it; what was open for them leaves with the death. A referral or contribution entered in error
 * leaves the caseload, with its part of the totals.
 */
class TheCaseloadShowsADeathUntilALinkworkerAcknowledgesTest {

    private static final Paging FIRST_PAGE = Paging.first(50);
    private static final LinkworkerCaseloadScope ANNA = LinkworkerCaseloadScope.ofLinkworker("anna.lw");
    private static final LinkworkerCaseloadScope NORTH = LinkworkerCaseloadScope.ofPractices(PRACTICE_NORTH);

    private final EventLog log = new EventLog();
    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private ViewHarness view;

    @BeforeEach
    void setUp() {
        view = new ViewHarness();
        view.handlers(new LinkworkerCaseloadProjection(view.jdbc()), new LinkworkerCaseloadQueries(view.namedJdbc(), clock));
    }

    @Test
    void theDeathIsOnTheCaseloadUntilALinkworkerAcknowledgesItAndWhatWasOpenLeavesWithIt() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .jointlyAssessedOn("2026-01-06", Discipline.GP)
                .at("2026-01-10T10:00:00Z").packageArranged(Services.homeCare(14, 1850))
                .at("2026-03-01T10:00:00Z").referredByPractice(Urgency.SOON, "Falls again");
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_SOUTH, "2026-01-06T09:00:00Z")
                .jointlyAssessedOn("2026-01-07", Discipline.GP);
        view.play(log);
        assertThat(view.ask(new PackagesInForceQuery(ANNA, FIRST_PAGE), ViewPage.class).totalItems()).isEqualTo(1);
        assertThat(openReferrals(NORTH)).hasSize(1);

        mary.at("2026-03-02T08:00:00Z").died(LocalDate.of(2026, 3, 1), districtNurse(NURSING_NORTH));
        tom.at("2026-03-03T08:00:00Z").died(LocalDate.of(2026, 3, 3), gp(PRACTICE_SOUTH));
        view.play(log);

        assertThat(deathNotices(ANNA)).extracting(n -> n.person().givenName(), DeathNotice::dateOfDeath,
                        DeathNotice::recordedByUserId)
                .containsExactly(tuple("Tom", LocalDate.of(2026, 3, 3), "gp.j82112"),
                        tuple("Mary", LocalDate.of(2026, 3, 1), "nurse.dn-north"));
        assertThat(deathNotices(NORTH)).extracting(n -> n.person().givenName()).containsExactly("Mary");
        assertThat(view.ask(new PackagesInForceQuery(ANNA, FIRST_PAGE), ViewPage.class).totalItems()).isZero();
        assertThat(openReferrals(NORTH)).isEmpty();

        // the practice's and the nurses' acknowledgements are theirs: the caseload still shows it
        mary.at("2026-03-02T10:00:00Z").deathNoticeAcknowledged(gp(PRACTICE_NORTH))
                .deathNoticeAcknowledged(districtNurse(NURSING_NORTH));
        view.play(log);
        assertThat(deathNotices(NORTH)).extracting(n -> n.person().givenName()).containsExactly("Mary");

        mary.at("2026-03-04T09:00:00Z").deathNoticeAcknowledged(linkworker("ben.lw"));
        view.play(log);
        assertThat(deathNotices(NORTH)).isEmpty();
        assertThat(deathNotices(ANNA)).extracting(n -> n.person().careRecordId()).containsExactly(tom.id());
        view.assertRebuildsRowForRow(log, LinkworkerCaseloadViewDefinition.TABLES);
    }

    @Test
    void aReferralAndAContributionEnteredInErrorLeaveTheCaseloadAndItsTotals() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-01T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home");
        long wrongReferral = mary.lastReferralSequence();
        mary.at("2026-03-02T10:00:00Z").referredByPractice(Urgency.SOON, "Not eating")
                .referralAccepted("anna.lw").assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.GP);
        view.play(log);
        // the accepted one is being assessed; the other still waits to be screened
        assertThat(openReferrals(NORTH)).extracting(OpenReferral::reason).containsExactly("Falls at home");
        assertThat(summary(NORTH).openReferrals()).isEqualTo(1);

        mary.at("2026-03-03T09:00:00Z").enteredInError(wrongReferral, "Meant for her sister", gp(PRACTICE_NORTH))
                .enteredInError(mary.lastContributionSequence(), "Another patient's history", gp(PRACTICE_NORTH));
        view.play(log);

        assertThat(openReferrals(NORTH)).isEmpty();
        assertThat(summary(NORTH).openReferrals()).isZero();
        List<AssessmentInProgress> assessments = view.<ViewPage>ask(new AssessmentsInProgressQuery(ANNA, FIRST_PAGE),
                ViewPage.class).items();
        assertThat(assessments).singleElement().satisfies(assessment -> {
            assertThat(assessment.contributedBy()).containsExactly(Discipline.SOCIAL_CARE);
            assertThat(assessment.waitingForHealth()).isTrue();
        });
        view.assertRebuildsRowForRow(log, LinkworkerCaseloadViewDefinition.TABLES);
    }

    private List<DeathNotice> deathNotices(LinkworkerCaseloadScope scope) {
        ViewPage<DeathNotice> page = view.ask(new DeathNoticesQuery(scope, FIRST_PAGE), ViewPage.class);
        return page.items();
    }

    private List<OpenReferral> openReferrals(LinkworkerCaseloadScope scope) {
        ViewPage<OpenReferral> page = view.ask(new OpenReferralsQuery(scope, FIRST_PAGE), ViewPage.class);
        return page.items();
    }

    private CaseloadSummary summary(LinkworkerCaseloadScope scope) {
        return view.ask(new CaseloadSummaryQuery(scope), CaseloadSummary.class);
    }
}
