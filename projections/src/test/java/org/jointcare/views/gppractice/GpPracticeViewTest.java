package org.jointcare.views.gppractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jointcare.views.testing.Professionals.*;
import static org.jointcare.views.testing.Services.districtNursing;
import static org.jointcare.views.testing.Services.homeCare;
import static org.jointcare.views.testing.Services.meals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.views.gppractice.GpPracticeItems.GpNotice;
import org.jointcare.views.gppractice.GpPracticeItems.PatientPackage;
import org.jointcare.views.gppractice.GpPracticeItems.PracticeReferral;
import org.jointcare.views.gppractice.GpPracticeQueries.GpInboxQuery;
import org.jointcare.views.gppractice.GpPracticeQueries.PatientsWithPackagesQuery;
import org.jointcare.views.gppractice.GpPracticeQueries.PracticeReferralsQuery;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GpPracticeViewTest {

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
    void thePracticeInboxListsUnacknowledgedNoticesFirstThenTheNewestWithHowLongEachWaited() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-03-02T09:30:00Z").admissionNoticeAcknowledged()
                .at("2026-03-06T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.GP, "Review furosemide in 2 weeks"));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-03-08T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.PLANNED);
        CareRecordStory edna = log.register("Edna", "Moss", PRACTICE_NORTH, "2026-01-07T09:00:00Z")
                .at("2026-02-10T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY)
                .at("2026-02-10T16:00:00Z").admissionNoticeAcknowledged();
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-08T09:00:00Z")
                .at("2026-03-09T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY);
        view.play(log);

        List<GpNotice> inbox = inbox(PRACTICE_NORTH).items();
        assertThat(inbox).extracting(n -> n.patient().givenName(), GpNotice::kind, GpNotice::acknowledged).containsExactly(
                tuple("Tom", NoticeKind.ADMISSION, false),
                tuple("Mary", NoticeKind.DISCHARGE, false),
                tuple("Mary", NoticeKind.ADMISSION, true),
                tuple("Edna", NoticeKind.ADMISSION, true));
        assertThat(inbox.get(0).waited()).isEqualTo(Duration.ofHours(52));
        assertThat(inbox.get(1).waited()).isEqualTo(Duration.ofDays(4).plusHours(1));
        assertThat(inbox.get(2).waited()).isEqualTo(Duration.ofMinutes(11 * 60 + 30));
        assertThat(inbox.get(2).acknowledgedByUserId()).isEqualTo("gp.j82034");
        assertThat(inbox.get(3).waited()).isEqualTo(Duration.ofHours(8));
        assertThat(inbox(PRACTICE_SOUTH).items()).extracting(n -> n.patient().givenName()).containsExactly("Ann");

        // the discharge notice is acknowledged the next day: it drops below the unacknowledged and stops waiting
        mary.at("2026-03-11T09:00:00Z").dischargeNoticeAcknowledged();
        view.play(log);
        clock.set("2026-03-20T12:00:00Z");
        List<GpNotice> later = inbox(PRACTICE_NORTH).items();
        assertThat(later).extracting(n -> n.patient().givenName(), GpNotice::kind).containsExactly(
                tuple("Tom", NoticeKind.ADMISSION),
                tuple("Mary", NoticeKind.DISCHARGE),
                tuple("Mary", NoticeKind.ADMISSION),
                tuple("Edna", NoticeKind.ADMISSION));
        assertThat(later.get(1).waited()).isEqualTo(Duration.ofHours(4 * 24 + 22));
        assertThat(later.get(0).waited()).isEqualTo(Duration.ofDays(12).plusHours(4));
        assertThat(tom.id()).isNotEqualTo(edna.id());
    }

    @Test
    void aDischargeNoticeCarriesTheSummaryHeadingsWithTheClinicalPartApart() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-02-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-02-03T10:00:00Z").dischargePlanned(LocalDate.of(2026, 2, 6), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT)
                .at("2026-02-09T15:00:00Z").discharged(DischargeDestination.USUAL_RESIDENCE, DelayReason.AWAITING_CARE_PACKAGE,
                        new FollowUpAction(FollowUpFor.GP, "Review furosemide in 2 weeks"),
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress leg ulcer"))
                .at("2026-02-20T09:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        view.play(log);

        List<GpNotice> inbox = inbox(PRACTICE_NORTH).items();
        GpNotice readmission = inbox.get(0);
        assertThat(readmission.kind()).isEqualTo(NoticeKind.ADMISSION);
        assertThat(readmission.stay().readmissionWithin30Days()).isTrue();
        assertThat(readmission.clinical()).isNull();

        GpNotice discharge = inbox.stream().filter(n -> n.kind() == NoticeKind.DISCHARGE).findFirst().orElseThrow();
        assertThat(discharge.admissionId()).isNotEqualTo(mary.admissionId());
        assertThat(discharge.practiceCode()).isEqualTo(PRACTICE_NORTH);
        assertThat(discharge.stay().hospitalName()).isEqualTo("Royal Devon and Exeter");
        assertThat(discharge.stay().hospitalCode()).isEqualTo(ROYAL_DEVON);
        assertThat(discharge.stay().admittedAt()).isEqualTo(Instant.parse("2026-02-01T22:00:00Z"));
        assertThat(discharge.stay().dischargedAt()).isEqualTo(Instant.parse("2026-02-09T15:00:00Z"));
        assertThat(discharge.stay().plannedDate()).isEqualTo(LocalDate.of(2026, 2, 6));
        // the pathway the hospital planned, as the linkworker's list shows it: what support the person goes home to
        assertThat(discharge.stay().pathway()).isEqualTo(DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT);
        assertThat(discharge.stay().daysLaterThanPlanned()).isEqualTo(3);
        assertThat(discharge.stay().delayReason()).isEqualTo(DelayReason.AWAITING_CARE_PACKAGE);
        assertThat(discharge.stay().followUpActions()).extracting(FollowUpAction::forWhom)
                .containsExactly(FollowUpFor.GP, FollowUpFor.DISTRICT_NURSE);
        assertThat(discharge.clinical().clinicalSummary()).isEqualTo("Treated for a chest infection; mobilising with a frame");
        assertThat(discharge.clinical().medicationChanges()).extracting(m -> m.medication(), m -> m.kind())
                .containsExactly(tuple("Amoxicillin", MedicationChangeKind.STARTED), tuple("Furosemide", MedicationChangeKind.CHANGED));
        assertThat(discharge.withoutClinicalDetail().clinical()).isNull();
    }

    @Test
    void aCorrectedSummaryIsTheSameNoticeAmendedAndBackAmongTheUnacknowledged() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-02-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-02-09T15:00:00Z").discharged(new FollowUpAction(FollowUpFor.GP, "Review furosemide in 2 weeks"))
                .at("2026-02-10T09:00:00Z").dischargeNoticeAcknowledged()
                .at("2026-02-11T10:00:00Z").dischargeSummaryCorrected("Furosemide was stopped, not reduced",
                        new MedicationChange("Furosemide", MedicationChangeKind.STOPPED, "Stopped: low blood pressure"));
        view.play(log);
        clock.set("2026-02-11T12:00:00Z");

        ViewPage<GpNotice> page = inbox(PRACTICE_NORTH);
        assertThat(page.totalItems()).as("an amended notice is not a new notice").isEqualTo(2);
        GpNotice amended = page.items().get(0);
        assertThat(amended.kind()).isEqualTo(NoticeKind.DISCHARGE);
        assertThat(amended.acknowledged()).isFalse();
        assertThat(amended.raisedAt()).isEqualTo(Instant.parse("2026-02-09T15:00:00Z"));
        assertThat(amended.amended().amendedAt()).isEqualTo(Instant.parse("2026-02-11T10:00:00Z"));
        assertThat(amended.amended().reason()).isEqualTo("Furosemide was stopped, not reduced");
        assertThat(amended.waited()).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(amended.clinical().medicationChanges()).extracting(m -> m.medication(), m -> m.kind())
                .containsExactly(tuple("Furosemide", MedicationChangeKind.STOPPED));
        assertThat(amended.stay().dischargedAt()).isEqualTo(Instant.parse("2026-02-09T15:00:00Z"));
        assertThat(amended.withoutClinicalDetail().amended().reason()).isNull();
        assertThat(page.items().get(1).amended()).as("the admission notice is not amended").isNull();

        mary.at("2026-02-11T13:00:00Z").dischargeNoticeAcknowledged();
        view.play(log);
        GpNotice acknowledged = inbox(PRACTICE_NORTH).items().stream()
                .filter(n -> n.kind() == NoticeKind.DISCHARGE).findFirst().orElseThrow();
        assertThat(acknowledged.acknowledged()).isTrue();
        assertThat(acknowledged.waited()).isEqualTo(java.time.Duration.ofHours(3));
        assertThat(acknowledged.amended()).isNotNull();
    }

    @Test
    void aDischargeSummaryWithLinesLeftIncompleteStillReachesThePractice() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-02-01T22:00:00Z").admitted("Royal Devon and Exeter", null, AdmissionType.EMERGENCY)
                .at("2026-02-09T15:00:00Z").discharged(DischargeDestination.CARE_HOME, null,
                        List.of(new MedicationChange("Warfarin", null, null),
                                new MedicationChange(null, MedicationChangeKind.STOPPED, "the blue ones")),
                        new FollowUpAction(null, "Someone to ring the daughter"),
                        new FollowUpAction(FollowUpFor.GP, null));
        view.play(log);

        assertThat(inbox(PRACTICE_NORTH).items()).filteredOn(n -> n.kind() == NoticeKind.DISCHARGE).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.stay().hospitalCode()).isNull();
                    assertThat(notice.stay().followUpActions()).containsExactly(
                            new FollowUpAction(null, "Someone to ring the daughter"), new FollowUpAction(FollowUpFor.GP, null));
                    assertThat(notice.clinical().medicationChanges()).extracting(m -> m.medication(), m -> m.kind())
                            .containsExactly(tuple("Warfarin", null), tuple(null, MedicationChangeKind.STOPPED));
                });
    }

    @Test
    void theReferralsThePracticeMadeShowWhereEachHasGotTo() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
                .at("2026-01-09T10:00:00Z").referralAccepted("anna.lw")
                .assessmentStarted().contributed(Discipline.SOCIAL_CARE).contributed(Discipline.GP)
                .at("2026-01-20T10:00:00Z").assessmentCompleted()
                .at("2026-01-25T10:00:00Z").packageArranged(homeCare(14, 1850));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-03-01T10:00:00Z").referredByPractice(Urgency.URGENT, "Carer in hospital")
                .at("2026-03-03T10:00:00Z").referralClosed(ReferralClosure.SIGNPOSTED, "Crossroads carers' respite", linkworker("anna.lw"));
        CareRecordStory edna = log.register("Edna", "Moss", PRACTICE_NORTH, "2026-01-07T09:00:00Z")
                .at("2026-03-02T10:00:00Z").referredByPractice(Urgency.SOON, "Memory worse")
                .at("2026-03-02T12:00:00Z").referred(ReferralSource.CARER, new Requester("Jean Moss", null), Urgency.ROUTINE,
                        "Needs a break", linkworker("anna.lw"));
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-08T09:00:00Z")
                .at("2026-03-01T10:00:00Z").referredByPractice(Urgency.SOON, "Not eating");
        view.play(log);

        List<PracticeReferral> referrals = referrals(PRACTICE_NORTH).items();
        assertThat(referrals).extracting(r -> r.patient().givenName(), PracticeReferral::progress).containsExactly(
                tuple("Edna", ReferralProgress.AWAITING_SCREENING),
                tuple("Tom", ReferralProgress.CLOSED),
                tuple("Mary", ReferralProgress.PACKAGE_ARRANGED));
        PracticeReferral ednas = referrals.get(0);
        assertThat(ednas.overdue()).isTrue();
        assertThat(ednas.answeredAt()).isNull();
        assertThat(ednas.answeredWithinTarget()).isNull();
        PracticeReferral toms = referrals.get(1);
        assertThat(toms.closure()).isEqualTo(ReferralClosure.SIGNPOSTED);
        assertThat(toms.closureReason()).isEqualTo("Crossroads carers' respite");
        assertThat(toms.timeToAnswer()).isEqualTo(Duration.ofDays(2));
        assertThat(toms.answeredWithinTarget()).isFalse();
        assertThat(toms.overdue()).isFalse();
        PracticeReferral marys = referrals.get(2);
        assertThat(marys.linkworkerUserId()).isEqualTo("anna.lw");
        assertThat(marys.timeToAnswer()).isEqualTo(Duration.ofDays(3));
        assertThat(marys.answeredWithinTarget()).isTrue();
        assertThat(marys.progressSince()).isEqualTo(Instant.parse("2026-01-25T10:00:00Z"));
        assertThat(referrals(PRACTICE_SOUTH).items()).extracting(r -> r.patient().givenName()).containsExactly("Ann");
        assertThat(mary.id()).isNotEqualTo(tom.id()).isNotEqualTo(edna.id());
    }

    @Test
    void aReferralWithdrawnWhenTheRecordClosesKeepsWhenItWasAnswered() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
                .at("2026-01-07T10:00:00Z").referralAccepted("anna.lw")
                .at("2026-01-10T10:00:00Z").closed(ClosureReason.DIED);
        view.play(log);

        assertThat(referrals(PRACTICE_NORTH).items()).singleElement().satisfies(referral -> {
            assertThat(referral.progress()).isEqualTo(ReferralProgress.CLOSED);
            assertThat(referral.closure()).isEqualTo(ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE);
            assertThat(referral.answeredAt()).isEqualTo(Instant.parse("2026-01-07T10:00:00Z"));
        });
    }

    @Test
    void thePracticeSeesWhichOfItsPatientsHaveActiveOrSuspendedPackages() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.GP)
                .packageArranged(homeCare(14, 1850), districtNursing(2, 4500))
                .at("2026-02-20T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z").jointlyAssessedOn("2026-01-13", Discipline.GP)
                .packageArranged(meals(7, 450));
        CareRecordStory bob = log.register("Bob", "Abbott", PRACTICE_NORTH, "2026-01-07T09:00:00Z").jointlyAssessedOn("2026-01-14", Discipline.GP)
                .packageArranged(meals(7, 450));
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-08T09:00:00Z").jointlyAssessedOn("2026-01-15", Discipline.GP)
                .packageArranged(homeCare(7, 1850));
        CareRecordStory edna = log.register("Edna", "Moss", PRACTICE_NORTH, "2026-01-09T09:00:00Z").jointlyAssessedOn("2026-01-16", Discipline.GP)
                .packageArranged(homeCare(7, 1850));
        edna.at("2026-03-01T09:00:00Z").closed(ClosureReason.MOVED_AWAY);
        bob.at("2026-03-02T09:00:00Z").packageEnded("No longer wanted");
        view.play(log);

        List<PatientPackage> packages = packagesOf(PRACTICE_NORTH).items();
        assertThat(packages).extracting(p -> p.patient().familyName(), PatientPackage::status, PatientPackage::weeklyCostPence)
                .containsExactly(tuple("Baker", PackageStatus.ACTIVE, 3150L),
                        tuple("Hughes", PackageStatus.SUSPENDED, 14L * 1850 + 2 * 4500));
        assertThat(packages.get(1).services()).containsExactly(ServiceType.HOME_CARE, ServiceType.DISTRICT_NURSING);
        assertThat(packages.get(1).suspendedReason()).isEqualTo("Admitted to hospital");
        assertThat(packagesOf(PRACTICE_SOUTH).totalItems()).isEqualTo(1);
    }

    @Test
    void aRevisedPackageTakesThePlaceOfTheOneItReplacesAndOneArrangedInHospitalIsSuspended() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.GP)
                .packageArranged(meals(7, 450))
                .at("2026-02-20T10:00:00Z").packageRevised("Needs help to wash too", homeCare(14, 1850));
        log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z").jointlyAssessedOn("2026-01-13", Discipline.GP)
                .at("2026-01-14T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-01-16T10:00:00Z").packageArranged(meals(7, 450));
        view.play(log);

        assertThat(packagesOf(PRACTICE_NORTH).items())
                .extracting(p -> p.patient().familyName(), PatientPackage::status, PatientPackage::weeklyCostPence)
                .containsExactly(tuple("Baker", PackageStatus.SUSPENDED, 3150L),
                        tuple("Hughes", PackageStatus.ACTIVE, 14L * 1850));
    }

    @Test
    void theInboxTotalIsKeptAsNoticesAreRaisedAndAPageCutFromItInOrderWithoutRepeats() {
        List<CareRecordStory> north = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            CareRecordStory person = log.register("Person" + i, "North", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                    .at("2026-02-01T08:00:00Z").after(Duration.ofHours(i))
                    .admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY);
            if (i % 3 == 0) {
                person.after(Duration.ofDays(2)).discharged();
            }
            if (i % 4 == 0) {
                person.admissionNoticeAcknowledged();
            }
            north.add(person);
        }
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-08T09:00:00Z")
                .at("2026-03-09T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY);
        view.play(log);

        long notices = 23 + 8; // an admission each, a discharge for every third
        List<String> pageByPage = new java.util.ArrayList<>();
        for (int page = 0; page < 5; page++) {
            @SuppressWarnings("unchecked")
            ViewPage<GpNotice> one = view.ask(new GpInboxQuery(PRACTICE_NORTH, new Paging(page, 7)), ViewPage.class);
            assertThat(one.totalItems()).isEqualTo(notices);
            one.items().forEach(n -> pageByPage.add(n.admissionId() + "/" + n.kind()));
        }
        @SuppressWarnings("unchecked")
        ViewPage<GpNotice> all = view.ask(new GpInboxQuery(PRACTICE_NORTH, new Paging(0, 100)), ViewPage.class);
        assertThat(pageByPage).doesNotHaveDuplicates().hasSize((int) notices)
                .isEqualTo(all.items().stream().map(n -> n.admissionId() + "/" + n.kind()).toList());
        assertThat(all.items()).extracting(GpNotice::acknowledged).isSortedAccordingTo(Boolean::compare);
        assertThat(inbox(PRACTICE_SOUTH).totalItems()).isEqualTo(1);

        view.assertRebuildsRowForRow(log, GpPracticeViewDefinition.TABLES);

        // the last event delivered again (a batch retried after a failure) raises the same notice, not another
        var last = log.messages().get(log.messages().size() - 1);
        assertThat(last.getPayload()).isInstanceOf(PersonAdmittedToHospital.class);
        view.handle(last);
        assertThat(inbox(PRACTICE_SOUTH).totalItems()).isEqualTo(1);
        assertThat(inbox(PRACTICE_NORTH).totalItems()).isEqualTo(notices);
    }

    @Test
    void aResetEmptiesTheViewAndAReplayRebuildsItRowForRow() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.GP)
                .packageArranged(homeCare(14, 1850))
                .at("2026-02-20T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-02-21T09:00:00Z").admissionNoticeAcknowledged()
                .at("2026-02-23T10:00:00Z").dischargePlanned(LocalDate.of(2026, 2, 25), DischargePathway.PATHWAY_2_BED_BASED_REHABILITATION)
                .at("2026-02-25T15:00:00Z").discharged(new FollowUpAction(FollowUpFor.GP, "Bloods in a week"));
        log.register("Tom", "Baker", PRACTICE_SOUTH, "2026-01-06T09:00:00Z")
                .at("2026-03-01T10:00:00Z").referredByPractice(Urgency.URGENT, "Carer in hospital");
        view.assertRebuildsRowForRow(log, GpPracticeViewDefinition.TABLES);
    }

    // ------------------------------------------------------------------ story steps and questions

    @SuppressWarnings("unchecked")
    @Test
    void aPersonWhoMovesTakesTheirNoticesToTheNewPracticesInbox() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-03-08T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.PLANNED);
        mary.at("2026-03-09T10:00:00Z").movedPractice(PRACTICE_SOUTH, gp(PRACTICE_NORTH));
        view.play(log);

        assertThat(inbox(PRACTICE_NORTH).items()).extracting(n -> n.patient().givenName()).containsExactly("Tom");
        assertThat(inbox(PRACTICE_NORTH).totalItems()).isEqualTo(1);
        assertThat(inbox(PRACTICE_SOUTH).items()).extracting(n -> n.patient().givenName()).containsExactly("Mary");
        assertThat(inbox(PRACTICE_SOUTH).totalItems()).isEqualTo(1);
    }

    private ViewPage<GpNotice> inbox(String practiceCode) {
        return view.ask(new GpInboxQuery(practiceCode, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<PracticeReferral> referrals(String practiceCode) {
        return view.ask(new PracticeReferralsQuery(practiceCode, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<PatientPackage> packagesOf(String practiceCode) {
        return view.ask(new PatientsWithPackagesQuery(practiceCode, FIRST_PAGE), ViewPage.class);
    }
}
