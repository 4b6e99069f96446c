package org.jointcare.views.gppractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jointcare.views.testing.Professionals.*;

import java.time.Instant;
import java.time.LocalDate;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.gppractice.GpPracticeItems.DeathNotice;
import org.jointcare.views.gppractice.GpPracticeItems.GpNotice;
import org.jointcare.views.gppractice.GpPracticeItems.PatientPackage;
import org.jointcare.views.gppractice.GpPracticeItems.PracticeReferral;
import org.jointcare.views.gppractice.GpPracticeQueries.GpDeathNoticesQuery;
import org.jointcare.views.gppractice.GpPracticeQueries.GpInboxQuery;
import org.jointcare.views.gppractice.GpPracticeQueries.PatientsWithPackagesQuery;
import org.jointcare.views.gppractice.GpPracticeQueries.PracticeReferralsQuery;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registered practice is told of a patient's death in its list of death notices, and the notice
 * waits there, unacknowledged first, until the practice (not the linkworker, not the nurse)
 * acknowledges it. What was entered in error on a patient leaves the practice's lists.
 */
class APracticeIsToldOfADeathUntilItAcknowledgesTest {

    private static final Paging FIRST_PAGE = Paging.first(50);

    private final EventLog log = new EventLog();
    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private ViewHarness view;

    @BeforeEach
    void setUp() {
        view = new ViewHarness();
        view.handlers(new GpPracticeProjection(view.jdbc()), new GpPracticeQueries(view.namedJdbc(), clock));
    }

    @Test
    void theDeathWaitsUnacknowledgedInThePracticesListUntilThePracticeItselfAcknowledgesIt() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .jointlyAssessedOn("2026-01-06", Discipline.DISTRICT_NURSING)
                .at("2026-01-10T10:00:00Z").packageArranged(Services.homeCare(14, 1850));
        CareRecordStory edna = log.register("Edna", "Moss", PRACTICE_NORTH, "2026-01-07T09:00:00Z")
                .at("2026-02-20T08:00:00Z").died(LocalDate.of(2026, 2, 19), gp(PRACTICE_NORTH))
                .at("2026-02-20T10:00:00Z").deathNoticeAcknowledged(gp(PRACTICE_NORTH));
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-08T09:00:00Z")
                .at("2026-03-01T08:00:00Z").died(LocalDate.of(2026, 3, 1), gp(PRACTICE_SOUTH));
        mary.at("2026-03-02T08:00:00Z").died(LocalDate.of(2026, 3, 1), districtNurse(NURSING_NORTH));
        view.play(log);

        assertThat(deathNotices(PRACTICE_NORTH)).extracting(n -> n.patient().givenName(), DeathNotice::dateOfDeath,
                DeathNotice::recordedByUserId, DeathNotice::acknowledged).containsExactly(
                tuple("Mary", LocalDate.of(2026, 3, 1), "nurse.dn-north", false),
                tuple("Edna", LocalDate.of(2026, 2, 19), "gp.j82034", true));
        assertThat(deathNotices(PRACTICE_SOUTH)).extracting(n -> n.patient().givenName()).containsExactly("Ann");
        // her package ended with her death
        assertThat(view.ask(new PatientsWithPackagesQuery(PRACTICE_NORTH, FIRST_PAGE), ViewPage.class).items()).isEmpty();

        // the linkworker's and the nurse's acknowledgements are their own lists' business
        mary.at("2026-03-02T11:00:00Z").deathNoticeAcknowledged(linkworker("anna.lw"))
                .deathNoticeAcknowledged(districtNurse(NURSING_NORTH));
        view.play(log);
        assertThat(deathNotices(PRACTICE_NORTH).get(0).acknowledged()).isFalse();

        mary.at("2026-03-03T09:00:00Z").deathNoticeAcknowledged(gp(PRACTICE_NORTH));
        view.play(log);
        DeathNotice acknowledged = deathNotices(PRACTICE_NORTH).stream()
                .filter(n -> n.patient().careRecordId().equals(mary.id())).findFirst().orElseThrow();
        assertThat(acknowledged.acknowledged()).isTrue();
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(acknowledged.acknowledgedByUserId()).isEqualTo("gp.j82034");
        assertThat(edna.dateOfDeath()).isEqualTo(LocalDate.of(2026, 2, 19));
        view.assertRebuildsRowForRow(log, GpPracticeViewDefinition.TABLES);
    }

    @Test
    void aReferralAndAnAdmissionEnteredInErrorLeaveThePracticesReferralsAndItsInbox() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-01T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home");
        long wrongReferral = mary.lastReferralSequence();
        mary.at("2026-03-01T11:00:00Z").referredByPractice(Urgency.ROUTINE, "Lonely")
                .at("2026-03-03T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY);
        view.play(log);
        assertThat(referrals()).extracting(PracticeReferral::reason).containsExactlyInAnyOrder("Falls at home", "Lonely");
        assertThat(view.ask(new GpInboxQuery(PRACTICE_NORTH, FIRST_PAGE), ViewPage.class).totalItems()).isEqualTo(1);

        mary.at("2026-03-03T09:00:00Z").enteredInError(wrongReferral, "Meant for her sister", gp(PRACTICE_NORTH));
        view.play(log);
        assertThat(referrals()).extracting(PracticeReferral::reason).containsExactly("Lonely");
        assertRebuildsAndRedelivers();

        // an admission is taken back while the person is still recorded as in hospital
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-03-04T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        view.play(log);
        assertThat(view.ask(new GpInboxQuery(PRACTICE_NORTH, FIRST_PAGE), ViewPage.class).totalItems()).isEqualTo(2);
        tom.at("2026-03-05T09:00:00Z").enteredInError(tom.lastAdmissionSequence(), "Admitted under the wrong NHS number",
                dischargeTeam(ROYAL_DEVON));
        view.play(log);
        ViewPage<GpNotice> inbox = view.ask(new GpInboxQuery(PRACTICE_NORTH, FIRST_PAGE), ViewPage.class);
        assertThat(inbox.items()).extracting(n -> n.patient().givenName()).containsExactly("Mary");
        assertThat(inbox.totalItems()).isEqualTo(1);
        assertRebuildsAndRedelivers();
    }

    private void assertRebuildsAndRedelivers() {
        view.assertRebuildsRowForRow(log, GpPracticeViewDefinition.TABLES);
    }

    private java.util.List<DeathNotice> deathNotices(String practiceCode) {
        ViewPage<DeathNotice> page = view.ask(new GpDeathNoticesQuery(practiceCode, FIRST_PAGE, java.util.Set.of()), ViewPage.class);
        return page.items();
    }

    private java.util.List<PracticeReferral> referrals() {
        ViewPage<PracticeReferral> page = view.ask(new PracticeReferralsQuery(PRACTICE_NORTH, FIRST_PAGE), ViewPage.class);
        return page.items();
    }
}
