package org.jointcare.views.linkworkercaseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jointcare.views.testing.Professionals.*;
import static org.jointcare.views.testing.Services.districtNursing;
import static org.jointcare.views.testing.Services.homeCare;
import static org.jointcare.views.testing.Services.meals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.AssessmentInProgress;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CaseloadSummary;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.OpenReferral;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.PackageInForce;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.RecentDischarge;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.ReviewDue;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.AssessmentsInProgressQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.CaseloadSummaryQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.OpenReferralsQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.PackagesInForceQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.RecentDischargesQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.ReviewsDueQuery;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkworkerCaseloadTest {

    private static final LinkworkerCaseloadScope NORTH = LinkworkerCaseloadScope.ofPractices(PRACTICE_NORTH);
    private static final LinkworkerCaseloadScope SOUTH = LinkworkerCaseloadScope.ofPractices(PRACTICE_SOUTH);
    private static final Paging FIRST_PAGE = Paging.first(20);

    private final EventLog log = new EventLog();
    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private ViewHarness view;

    @BeforeEach
    void setUp() {
        view = new ViewHarness();
        view.handlers(new LinkworkerCaseloadProjection(view.jdbc()), new LinkworkerCaseloadQueries(view.namedJdbc(), clock));
    }

    @Test
    void openReferralsShowHowLongTheyHaveWaitedAgainstTheTargetForTheirUrgency() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-08T12:00:00Z").referredByPractice(Urgency.URGENT, "Carer taken ill");
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-03-05T12:00:00Z").referredByPractice(Urgency.SOON, "Struggling with stairs");
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-07T09:00:00Z")
                .at("2026-02-20T09:00:00Z").referredByPractice(Urgency.ROUTINE, "Lonely, not eating well");
        log.register("Bob", "Evans", PRACTICE_NORTH, "2026-01-08T09:00:00Z")
                .at("2026-03-01T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .at("2026-03-02T09:00:00Z").referralAccepted("anna.lw");
        log.register("Edna", "Moss", PRACTICE_NORTH, "2026-01-09T09:00:00Z")
                .at("2026-03-03T09:00:00Z").referredByPractice(Urgency.SOON, "Wants a pendant alarm")
                .referralClosed(ReferralClosure.SIMPLE_NEED_MET, "Alarm ordered", linkworker("anna.lw"));
        view.play(log);

        ViewPage<OpenReferral> north = openReferrals(NORTH);
        assertThat(north.totalItems()).isEqualTo(2);
        assertThat(north.items()).extracting(r -> r.person().careRecordId()).containsExactly(mary.id(), tom.id());
        OpenReferral urgent = north.items().get(0);
        assertThat(urgent.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(urgent.responseTarget()).isEqualTo(Duration.ofDays(1));
        assertThat(urgent.waiting()).isEqualTo(Duration.ofDays(2));
        assertThat(urgent.overdue()).isTrue();
        assertThat(urgent.requesterOrganisationCode()).isEqualTo(PRACTICE_NORTH);
        OpenReferral soon = north.items().get(1);
        assertThat(soon.waiting()).isEqualTo(Duration.ofDays(5));
        assertThat(soon.overdue()).isFalse();

        clock.set("2026-03-12T12:00:01Z");
        assertThat(openReferrals(NORTH).items()).extracting(OpenReferral::overdue).containsExactly(true, true);
        assertThat(openReferrals(SOUTH).items()).singleElement()
                .satisfies(r -> assertThat(r.person().givenName()).isEqualTo("Ann"));
    }

    @Test
    void aLinkworkerSeesTheirAllocatedPeopleAcrossPracticesAndTheAssessmentsTheyLead() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-01-06T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .referralAccepted("anna.lw")
                .at("2026-03-09T09:00:00Z").referredByPractice(Urgency.ROUTINE, "Daughter moving away");
        CareRecordStory ann = log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-07T09:00:00Z")
                .at("2026-02-01T09:00:00Z").referredByPractice(Urgency.SOON, "Not coping after fall")
                .referralAccepted("anna.lw")
                .assessmentStarted();
        log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-02-01T09:00:00Z").referredByPractice(Urgency.SOON, "Struggling with stairs")
                .referralAccepted("ben.lw")
                .assessmentStarted()
                .at("2026-03-05T09:00:00Z").referredByPractice(Urgency.SOON, "Second referral");
        view.play(log);

        LinkworkerCaseloadScope anna = LinkworkerCaseloadScope.ofLinkworker("anna.lw");
        assertThat(openReferrals(anna).items()).extracting(r -> r.person().careRecordId()).containsExactly(mary.id());
        assertThat(assessments(anna).items()).extracting(a -> a.person().careRecordId()).containsExactly(ann.id());
        assertThat(assessments(LinkworkerCaseloadScope.ofLinkworker("ben.lw")).items()).singleElement()
                .satisfies(a -> assertThat(a.leadAssessorUserId()).isEqualTo("ben.lw"));
        // attached to the North practice as well: her own (Ann, South) plus the North population's (Tom)
        assertThat(assessments(LinkworkerCaseloadScope.of("anna.lw", Set.of(PRACTICE_NORTH))).totalItems()).isEqualTo(2);
    }

    @Test
    void anAssessmentShowsWhichSideItStillWaitsForUntilItIsCompleted() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-02-02T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .referralAccepted("anna.lw")
                .at("2026-02-03T09:00:00Z").assessmentStarted()
                .at("2026-02-04T09:00:00Z").contributed(Discipline.SOCIAL_CARE)
                .contributed(Discipline.OCCUPATIONAL_THERAPY);
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-02-10T09:00:00Z").referredByPractice(Urgency.SOON, "Leg ulcer, lives alone")
                .referralAccepted("anna.lw")
                .at("2026-02-11T09:00:00Z").assessmentStarted()
                .contributed(Discipline.DISTRICT_NURSING);
        view.play(log);

        List<AssessmentInProgress> inProgress = assessments(NORTH).items();
        assertThat(inProgress).extracting(a -> a.person().careRecordId()).containsExactly(mary.id(), tom.id());
        AssessmentInProgress marys = inProgress.get(0);
        assertThat(marys.contributedBy()).containsExactlyInAnyOrder(Discipline.SOCIAL_CARE, Discipline.OCCUPATIONAL_THERAPY);
        assertThat(marys.waitingForHealth()).isTrue();
        assertThat(marys.waitingForSocialCare()).isFalse();
        assertThat(marys.waitingFor()).containsExactlyInAnyOrder(Discipline.GP, Discipline.DISTRICT_NURSING);
        assertThat(marys.inProgressFor()).isEqualTo(Duration.ofDays(35).plusHours(3));
        AssessmentInProgress toms = inProgress.get(1);
        assertThat(toms.waitingFor()).containsExactly(Discipline.SOCIAL_CARE);
        assertThat(toms.notYetHeardFrom()).containsExactlyInAnyOrder(Discipline.SOCIAL_CARE, Discipline.GP);

        mary.at("2026-02-20T09:00:00Z").contributed(Discipline.GP);
        tom.contributed(Discipline.SOCIAL_CARE).assessmentCompleted();
        view.play(log);
        assertThat(assessments(NORTH).items()).singleElement().satisfies(a -> {
            assertThat(a.person().careRecordId()).isEqualTo(mary.id());
            assertThat(a.waitingFor()).isEmpty();
            assertThat(a.notYetHeardFrom()).containsExactly(Discipline.DISTRICT_NURSING);
        });
    }

    @Test
    void packagesInForceShowTheirWeeklyCostAndWhetherAHospitalStayHasSuspendedThem() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-10", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850), districtNursing(2, 4500));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(meals(7, 450))
                .at("2026-02-20T09:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        log.register("Bob", "Evans", PRACTICE_NORTH, "2026-01-07T09:00:00Z").jointlyAssessedOn("2026-01-14", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(7, 1850))
                .at("2026-02-01T09:00:00Z").packageEnded("Moved in with his son");
        view.play(log);

        List<PackageInForce> packages = packages(NORTH).items();
        assertThat(packages).extracting(p -> p.person().familyName()).containsExactly("Baker", "Hughes");
        PackageInForce toms = packages.get(0);
        assertThat(toms.status()).isEqualTo(PackageStatus.SUSPENDED);
        assertThat(toms.suspendedReason()).isEqualTo("Admitted to hospital");
        assertThat(toms.weeklyCostPence()).isEqualTo(3150);
        PackageInForce marys = packages.get(1);
        assertThat(marys.status()).isEqualTo(PackageStatus.ACTIVE);
        assertThat(marys.weeklyCostPence()).isEqualTo(14 * 1850 + 2 * 4500);
        assertThat(marys.personContributionPencePerWeek()).isEqualTo(1500);
        assertThat(marys.services()).containsExactly(ServiceType.HOME_CARE, ServiceType.DISTRICT_NURSING);

        mary.at("2026-03-01T09:00:00Z").packageAmended("Second carer needed", homeCare(21, 1850));
        tom.at("2026-03-02T09:00:00Z").discharged().packageResumed();
        view.play(log);
        assertThat(packages(NORTH).items()).extracting(PackageInForce::status, PackageInForce::weeklyCostPence)
                .containsExactly(tuple(PackageStatus.ACTIVE, 3150L),
                        tuple(PackageStatus.ACTIVE, 21L * 1850));
    }

    @Test
    void aReviewIsListedInsideItsWindowThenOverdueAndIsSupersededOrDroppedWithItsPackage() {
        // package started 12 January: first review due 23 February to 9 March
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850));
        // package started 2 March: first review due 13 to 27 April
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z").jointlyAssessedOn("2026-03-02", Discipline.DISTRICT_NURSING)
                .packageArranged(meals(7, 450));
        view.play(log);

        clock.set("2026-02-20T12:00:00Z");
        assertThat(reviews(NORTH).items()).isEmpty();

        clock.set("2026-03-01T12:00:00Z");
        assertThat(reviews(NORTH).items()).singleElement().satisfies(review -> {
            assertThat(review.person().careRecordId()).isEqualTo(mary.id());
            assertThat(review.dueFrom()).isEqualTo(LocalDate.of(2026, 2, 23));
            assertThat(review.dueBy()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(review.trigger()).isEqualTo(ReviewTrigger.PACKAGE_STARTED);
            assertThat(review.overdue()).isFalse();
        });

        clock.set("2026-04-15T12:00:00Z");
        assertThat(reviews(NORTH).items()).extracting(ReviewDue::overdue, ReviewDue::daysOverdue)
                .containsExactly(tuple(true, 37L),
                        tuple(false, 0L));
        assertThat(summary(NORTH).reviewsOverdue()).isEqualTo(1);
        assertThat(summary(NORTH).reviewsDue()).isEqualTo(1);

        // Mary's carer rings: a review on request supersedes the overdue one
        mary.at("2026-04-15T10:00:00Z").reviewRequested(LocalDate.of(2026, 4, 22), ReviewTrigger.CHANGE_IN_CIRCUMSTANCES);
        // Tom's package ends before his review
        tom.at("2026-04-15T11:00:00Z").packageEnded("Meals no longer wanted");
        view.play(log);
        assertThat(reviews(NORTH).items()).singleElement().satisfies(review -> {
            assertThat(review.reviewId()).isEqualTo(mary.reviewId());
            assertThat(review.trigger()).isEqualTo(ReviewTrigger.CHANGE_IN_CIRCUMSTANCES);
            assertThat(review.overdue()).isFalse();
        });

        // completed and continuing: the annual review is not due for eleven months
        mary.at("2026-04-20T10:00:00Z").reviewCompleted(ReviewOutcome.CONTINUE);
        view.play(log);
        clock.set("2026-04-21T12:00:00Z");
        assertThat(reviews(NORTH).items()).isEmpty();
        clock.set("2027-04-01T12:00:00Z");
        assertThat(reviews(NORTH).items()).singleElement()
                .satisfies(review -> assertThat(review.trigger()).isEqualTo(ReviewTrigger.ANNUAL));
    }

    @Test
    void aReplacedPackageTakesItsOutstandingReviewWithIt() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850));
        var first = mary.packageId();
        mary.at("2026-02-20T09:00:00Z").reviewCompleted(ReviewOutcome.CHANGE)
                .reviewRequested(LocalDate.of(2026, 3, 1), ReviewTrigger.ON_REQUEST);
        view.play(log);
        clock.set("2026-02-25T12:00:00Z");
        assertThat(reviews(NORTH).items()).singleElement().satisfies(r -> assertThat(r.packageId()).isEqualTo(first));

        mary.jointlyAssessedOn("2026-02-26", Discipline.DISTRICT_NURSING).packageRevised("Needs more help", homeCare(21, 1850));
        view.play(log);
        assertThat(packages(NORTH).items()).singleElement()
                .satisfies(p -> assertThat(p.packageId()).isNotEqualTo(first));
        clock.set("2026-04-10T12:00:00Z");
        assertThat(reviews(NORTH).items()).singleElement()
                .satisfies(r -> assertThat(r.packageId()).isEqualTo(mary.packageId()))
                .satisfies(r -> assertThat(r.trigger()).isEqualTo(ReviewTrigger.PACKAGE_CHANGED));
    }

    @Test
    void aPackageArrangedWhileInHospitalIsListedSuspendedByThatAdmission() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .at("2026-01-13T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-01-15T10:00:00Z").packageArranged(homeCare(14, 1850));
        view.play(log);
        assertThat(packages(NORTH).items()).singleElement().satisfies(p -> {
            assertThat(p.packageId()).isEqualTo(mary.packageId());
            assertThat(p.status()).isEqualTo(PackageStatus.SUSPENDED);
        });
    }

    @Test
    void dischargesNeedingSocialCareFollowUpStayUntilTheFollowUpIsRecorded() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850))
                .at("2026-02-25T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-02-27T10:00:00Z").dischargePlanned(LocalDate.of(2026, 3, 4), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT)
                .at("2026-03-04T15:00:00Z").discharged(
                        new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Restart home care from tomorrow"),
                        new FollowUpAction(FollowUpFor.GP, "Review furosemide in 2 weeks"),
                        new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Check the carer is coping"));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(meals(7, 450))
                .at("2026-03-01T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.PLANNED)
                .at("2026-03-06T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress wound"));
        log.register("Ann", "Price", PRACTICE_NORTH, "2026-01-07T09:00:00Z")
                .at("2026-03-02T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.PLANNED)
                .at("2026-03-03T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.GP, "Remove stitches"));
        log.register("Edna", "Moss", PRACTICE_NORTH, "2026-01-08T09:00:00Z")
                .at("2026-01-20T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY)
                .at("2026-01-25T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Assess for day care"))
                // followed up: done, so off the list
                .at("2026-01-27T11:00:00Z").socialCareFollowedUp("anna.lw", "Day care arranged");
        view.play(log);

        List<RecentDischarge> discharges = discharges(NORTH).items();
        assertThat(discharges).extracting(d -> d.person().careRecordId()).containsExactly(tom.id(), mary.id());
        RecentDischarge toms = discharges.get(0);
        assertThat(toms.socialCareFollowUps()).isEmpty();
        assertThat(toms.packageAwaitingRestart()).isTrue();
        RecentDischarge marys = discharges.get(1);
        assertThat(marys.socialCareFollowUps()).containsExactly("Restart home care from tomorrow", "Check the carer is coping");
        assertThat(marys.pathway()).isEqualTo(DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT);
        assertThat(marys.hospitalName()).isEqualTo("Royal Devon and Exeter");
        assertThat(marys.packageAwaitingRestart()).isTrue();

        tom.at("2026-03-07T09:00:00Z").packageResumed();
        mary.at("2026-03-05T09:00:00Z").packageResumed();
        view.play(log);
        assertThat(discharges(NORTH).items()).singleElement().satisfies(d -> {
            assertThat(d.person().careRecordId()).isEqualTo(mary.id());
            assertThat(d.packageAwaitingRestart()).isFalse();
        });
        assertThat(summary(NORTH).dischargesNeedingFollowUp()).isEqualTo(1);

        // no longer gone after 14 days: it waits for the linkworker
        clock.set("2026-03-18T15:00:01Z");
        assertThat(discharges(NORTH).items()).singleElement()
                .satisfies(d -> assertThat(d.person().careRecordId()).isEqualTo(mary.id()));

        // a correction of the summary asks social care again, in its own words
        mary.at("2026-03-08T10:00:00Z").dischargeSummaryCorrected("Wrong dose");
        view.play(log);
        assertThat(discharges(NORTH).items()).singleElement().satisfies(d -> assertThat(d.socialCareFollowUps())
                .containsExactly("Restart home care from tomorrow", "Check the carer is coping"));

        // the nurse's visit is not the linkworker's follow-up; the follow-up is
        mary.at("2026-03-18T16:00:00Z").nurseVisited(NURSING_NORTH, "Seen at home");
        view.play(log);
        assertThat(summary(NORTH).dischargesNeedingFollowUp()).isEqualTo(1);
        mary.at("2026-03-18T17:00:00Z").socialCareFollowedUp("anna.lw", "Home care restarted; daughter coping");
        view.play(log);
        assertThat(discharges(NORTH).items()).isEmpty();
        assertThat(summary(NORTH).dischargesNeedingFollowUp()).isZero();

        // a follow-up for social care left without words still asks for one
        mary.at("2026-03-20T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY)
                .at("2026-03-22T08:00:00Z").discharged(new FollowUpAction(FollowUpFor.SOCIAL_CARE, null));
        view.play(log);
        clock.set("2026-03-23T08:00:00Z");
        assertThat(discharges(NORTH).items()).singleElement()
                .satisfies(d -> assertThat(d.socialCareFollowUps()).containsExactly((String) null));
    }

    @Test
    void closingTheRecordDropsEverythingThatWasOpen() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850))
                .at("2026-03-01T09:00:00Z").referredByPractice(Urgency.SOON, "Needs more help at night")
                .at("2026-03-02T09:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY)
                .at("2026-03-05T09:00:00Z").discharged(new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Visit at home"));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .at("2026-03-01T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .referralAccepted("anna.lw").assessmentStarted();
        view.play(log);
        assertThat(summary(NORTH)).isEqualTo(new CaseloadSummary(1, 1, 1, 0, 1, 0, 1, 1, 0));

        mary.at("2026-03-08T09:00:00Z").closed(ClosureReason.DIED);
        tom.at("2026-03-08T10:00:00Z").closed(ClosureReason.MOVED_AWAY);
        view.play(log);
        assertThat(summary(NORTH)).isEqualTo(new CaseloadSummary(0, 0, 0, 0, 0, 0, 0, 0, 0));

        tom.at("2026-03-09T10:00:00Z").referredByPractice(Urgency.URGENT, "Back in the area, no support");
        view.play(log);
        assertThat(openReferrals(NORTH).items()).singleElement()
                .satisfies(r -> assertThat(r.person().careRecordId()).isEqualTo(tom.id()));
    }

    @Test
    void listsArePagedInAStableOrder() {
        for (int i = 0; i < 7; i++) {
            log.register("Person" + i, "Same", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                    .at("2026-03-01T09:00:00Z").referredByPractice(Urgency.ROUTINE, "Same day, same urgency");
        }
        view.play(log);

        ViewPage<OpenReferral> first = view.ask(new OpenReferralsQuery(NORTH, new Paging(0, 3)), ViewPage.class);
        ViewPage<OpenReferral> second = view.ask(new OpenReferralsQuery(NORTH, new Paging(1, 3)), ViewPage.class);
        ViewPage<OpenReferral> third = view.ask(new OpenReferralsQuery(NORTH, new Paging(2, 3)), ViewPage.class);
        assertThat(first.totalItems()).isEqualTo(7);
        assertThat(first.hasNext()).isTrue();
        assertThat(third.items()).hasSize(1);
        assertThat(third.hasNext()).isFalse();
        var ids = new ArrayList<UUID>();
        List.of(first, second, third).forEach(page -> page.items().forEach(r -> ids.add(r.referralId())));
        ViewPage<OpenReferral> all = view.ask(new OpenReferralsQuery(NORTH, new Paging(0, 10)), ViewPage.class);
        assertThat(ids).doesNotHaveDuplicates().hasSize(7)
                .isEqualTo(all.items().stream().map(OpenReferral::referralId).toList());
    }

    @Test
    void aLinkworkersScopeIsOneListInOrderPagedWithoutRepeatsWhoeverItReachesTwice() {
        // in the North practice and allocated to anna: reached by both halves of the scope
        withPackage(log.register("Ann", "Adams", PRACTICE_NORTH, "2026-01-05T09:00:00Z"), "anna.lw");
        withPackage(log.register("Cat", "Cole", PRACTICE_NORTH, "2026-01-05T09:00:00Z"), "anna.lw");
        // in the North practice, allocated to someone else
        withPackage(log.register("Eve", "Evans", PRACTICE_NORTH, "2026-01-05T09:00:00Z"), "ben.lw");
        // allocated to anna, registered elsewhere
        withPackage(log.register("Bob", "Baker", PRACTICE_SOUTH, "2026-01-05T09:00:00Z"), "anna.lw");
        withPackage(log.register("Dan", "Davies", PRACTICE_SOUTH, "2026-01-05T09:00:00Z"), "anna.lw");
        // neither
        CareRecordStory fox = withPackage(log.register("Fay", "Fox", PRACTICE_SOUTH, "2026-01-05T09:00:00Z"), "ben.lw");
        view.play(log);

        LinkworkerCaseloadScope anna = LinkworkerCaseloadScope.of("anna.lw", Set.of(PRACTICE_NORTH));
        assertThat(packageNamesPageByPage(anna, 2)).containsExactly("Adams", "Baker", "Cole", "Davies", "Evans");
        assertThat(packages(anna).totalItems()).isEqualTo(5);
        assertThat(packages(LinkworkerCaseloadScope.of("anna.lw", Set.of(PRACTICE_NORTH, PRACTICE_SOUTH))).totalItems()).isEqualTo(6);

        // allocated to anna after her package was arranged: the package follows the allocation
        fox.at("2026-03-01T09:00:00Z").referredByPractice(Urgency.SOON, "Carer leaving").referralAccepted("anna.lw");
        view.play(log);
        assertThat(packageNamesPageByPage(anna, 4)).containsExactly("Adams", "Baker", "Cole", "Davies", "Evans", "Fox");
        assertThat(packages(anna).totalItems()).isEqualTo(6);
        assertThat(packages(LinkworkerCaseloadScope.ofLinkworker("ben.lw")).items()).extracting(p -> p.person().familyName())
                .containsExactly("Evans");
        view.assertRebuildsRowForRow(log, LinkworkerCaseloadViewDefinition.TABLES);
    }

    @Test
    void assessmentsAreReachedByPracticeAllocationOrLeadInTheOrderTheyStarted() {
        // led by ben, then allocated to anna
        CareRecordStory allocated = log.register("Ann", "Adams", PRACTICE_SOUTH, "2026-01-05T09:00:00Z")
                .at("2026-02-01T09:00:00Z").referredByPractice(Urgency.SOON, "Falls").referralAccepted("ben.lw")
                .assessmentStarted()
                .at("2026-02-05T09:00:00Z").referredByPractice(Urgency.SOON, "Second").referralAccepted("anna.lw");
        // led by anna, then allocated to ben
        CareRecordStory led = log.register("Bob", "Baker", PRACTICE_SOUTH, "2026-01-05T09:00:00Z")
                .at("2026-01-20T09:00:00Z").referredByPractice(Urgency.SOON, "Falls").referralAccepted("anna.lw")
                .assessmentStarted()
                .at("2026-02-05T09:00:00Z").referredByPractice(Urgency.SOON, "Second").referralAccepted("ben.lw");
        // the North population, ben's
        CareRecordStory north = log.register("Cat", "Cole", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-02-10T09:00:00Z").referredByPractice(Urgency.SOON, "Falls").referralAccepted("ben.lw")
                .assessmentStarted();
        // none of anna's
        log.register("Dan", "Davies", PRACTICE_SOUTH, "2026-01-05T09:00:00Z")
                .at("2026-01-10T09:00:00Z").referredByPractice(Urgency.SOON, "Falls").referralAccepted("ben.lw")
                .assessmentStarted();
        view.play(log);

        LinkworkerCaseloadScope anna = LinkworkerCaseloadScope.of("anna.lw", Set.of(PRACTICE_NORTH));
        List<UUID> pageByPage = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            @SuppressWarnings("unchecked")
            ViewPage<AssessmentInProgress> one = view.ask(new AssessmentsInProgressQuery(anna, new Paging(page, 1)), ViewPage.class);
            assertThat(one.totalItems()).isEqualTo(3);
            one.items().forEach(a -> pageByPage.add(a.person().careRecordId()));
        }
        assertThat(pageByPage).containsExactly(led.id(), allocated.id(), north.id());
        view.assertRebuildsRowForRow(log, LinkworkerCaseloadViewDefinition.TABLES);
    }

    private CareRecordStory withPackage(CareRecordStory person, String linkworker) {
        return person.at("2026-01-10T09:00:00Z").referredByPractice(Urgency.SOON, "Needs help at home")
                .referralAccepted(linkworker).assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.DISTRICT_NURSING).assessmentCompleted()
                .packageArranged(homeCare(7, 1850));
    }

    private List<String> packageNamesPageByPage(LinkworkerCaseloadScope scope, int size) {
        List<String> names = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            @SuppressWarnings("unchecked")
            ViewPage<PackageInForce> one = view.ask(new PackagesInForceQuery(scope, new Paging(page, size)), ViewPage.class);
            one.items().forEach(p -> names.add(p.person().familyName()));
        }
        return names;
    }

    @Test
    void aResetEmptiesTheCaseloadAndAReplayRebuildsItRowForRow() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850))
                .at("2026-03-02T09:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY)
                .at("2026-03-05T09:00:00Z").discharged(new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Visit at home"));
        log.register("Tom", "Baker", PRACTICE_SOUTH, "2026-01-06T09:00:00Z")
                .at("2026-03-01T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .referralAccepted("ben.lw").assessmentStarted().contributed(Discipline.SOCIAL_CARE)
                .at("2026-03-03T09:00:00Z").referredByPractice(Urgency.URGENT, "Fell again");
        view.assertRebuildsRowForRow(log, LinkworkerCaseloadViewDefinition.TABLES);
    }

    // ------------------------------------------------------------------ story steps and questions

    @SuppressWarnings("unchecked")
    private ViewPage<OpenReferral> openReferrals(LinkworkerCaseloadScope scope) {
        return view.ask(new OpenReferralsQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<AssessmentInProgress> assessments(LinkworkerCaseloadScope scope) {
        return view.ask(new AssessmentsInProgressQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<PackageInForce> packages(LinkworkerCaseloadScope scope) {
        return view.ask(new PackagesInForceQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<ReviewDue> reviews(LinkworkerCaseloadScope scope) {
        return view.ask(new ReviewsDueQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<RecentDischarge> discharges(LinkworkerCaseloadScope scope) {
        return view.ask(new RecentDischargesQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    private CaseloadSummary summary(LinkworkerCaseloadScope scope) {
        return view.ask(new CaseloadSummaryQuery(scope), CaseloadSummary.class);
    }
}
