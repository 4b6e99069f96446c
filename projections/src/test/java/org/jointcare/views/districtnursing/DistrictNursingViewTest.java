package org.jointcare.views.districtnursing;

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
import java.util.Set;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.districtnursing.DistrictNursingItems.AssessmentAwaitingNursing;
import org.jointcare.views.districtnursing.DistrictNursingItems.DischargeNeedingVisit;
import org.jointcare.views.districtnursing.DistrictNursingItems.NursingPackage;
import org.jointcare.views.recordhistory.TimelineEntry;
import org.jointcare.views.districtnursing.DistrictNursingQueries.AssessmentsAwaitingNursingQuery;
import org.jointcare.views.districtnursing.DistrictNursingQueries.DischargesNeedingVisitQuery;
import org.jointcare.views.districtnursing.DistrictNursingQueries.NursingPackagesQuery;
import org.jointcare.views.recordhistory.SharedCaseHistoryQuery;
import org.jointcare.views.recordhistory.RecordHistoryProjection;
import org.jointcare.views.recordhistory.RecordHistoryQueries;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DistrictNursingViewTest {

    private static final DistrictNursingScope NORTH_TEAM = DistrictNursingScope.ofTeam(NURSING_NORTH);
    private static final DistrictNursingScope SOUTH_TEAM = DistrictNursingScope.ofTeam(NURSING_SOUTH);
    private static final Paging FIRST_PAGE = Paging.first(50);

    private final EventLog log = new EventLog();
    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private ViewHarness view;

    @BeforeEach
    void setUp() {
        view = new ViewHarness();
        view.handlers(new DistrictNursingProjection(view.jdbc()), new RecordHistoryProjection(view.jdbc()), new RecordHistoryQueries(view.jdbc()),
                new DistrictNursingQueries(view.namedJdbc(), clock));
    }

    @Test
    void assessmentsWaitForTheNursingContributionOnlyUntilTheNurseHasContributed() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Leg ulcer, lives alone")
                .referralAccepted("anna.lw").assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.GP);
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-04T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .referralAccepted("anna.lw").assessmentStarted();
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-07T09:00:00Z")
                .nursingTeamAssigned(NURSING_SOUTH)
                .at("2026-03-03T09:00:00Z").referredByPractice(Urgency.SOON, "Not eating")
                .referralAccepted("ben.lw").assessmentStarted();
        view.play(log);

        List<AssessmentAwaitingNursing> waiting = assessmentsAwaiting(NORTH_TEAM).items();
        assertThat(waiting).extracting(a -> a.person().careRecordId()).containsExactly(mary.id(), tom.id());
        assertThat(waiting.get(0).waiting()).isEqualTo(Duration.ofDays(8).plusHours(3));
        assertThat(waiting.get(0).leadAssessorUserId()).isEqualTo("anna.lw");
        assertThat(assessmentsAwaiting(SOUTH_TEAM).items()).extracting(a -> a.person().givenName()).containsExactly("Ann");

        mary.at("2026-03-09T09:00:00Z").contributed(Discipline.DISTRICT_NURSING);
        tom.contributed(Discipline.GP).contributed(Discipline.SOCIAL_CARE).assessmentCompleted();
        view.play(log);
        assertThat(assessmentsAwaiting(NORTH_TEAM).items()).isEmpty();
    }

    @Test
    void aTeamSeesThePopulationOfThePracticesItServesAsWellAsItsOwnCaseload() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Leg ulcer")
                .referralAccepted("anna.lw").assessmentStarted();
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-07T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-03T09:00:00Z").referredByPractice(Urgency.SOON, "Not eating")
                .referralAccepted("ben.lw").assessmentStarted();
        view.play(log);

        assertThat(assessmentsAwaiting(NORTH_TEAM).items()).extracting(a -> a.person().givenName()).containsExactly("Ann");
        assertThat(assessmentsAwaiting(DistrictNursingScope.ofTeamServing(NURSING_NORTH, Set.of(PRACTICE_NORTH))).items())
                .extracting(a -> a.person().givenName(), a -> a.person().practiceCode())
                .containsExactly(tuple("Mary", PRACTICE_NORTH),
                        tuple("Ann", PRACTICE_SOUTH));
    }

    @Test
    void packagesWithNursingServicesShowTheNursingPartAndFollowSuspensionChangeAndEnd() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH).jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850), districtNursing(2, 4500));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH).jointlyAssessedOn("2026-01-13", Discipline.DISTRICT_NURSING)
                .packageArranged(meals(7, 450))
                .at("2026-02-01T09:00:00Z").packageSuspended("Staying with his daughter for a fortnight");
        view.play(log);

        assertThat(nursingPackages(NORTH_TEAM).items()).singleElement().satisfies(p -> {
            assertThat(p.person().careRecordId()).isEqualTo(mary.id());
            assertThat(p.nursingVisitsPerWeek()).isEqualTo(2);
            assertThat(p.nursingWeeklyCostPence()).isEqualTo(9000);
            assertThat(p.providers()).isEqualTo("Community Nursing");
            assertThat(p.status()).isEqualTo(PackageStatus.ACTIVE);
        });

        // Tom's package gains nursing while suspended: it joins the list, still suspended
        tom.at("2026-02-05T09:00:00Z").packageAmended("Catheter care needed", meals(7, 450), districtNursing(3, 4500));
        mary.at("2026-02-20T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        view.play(log);
        assertThat(nursingPackages(NORTH_TEAM).items())
                .extracting(p -> p.person().familyName(), NursingPackage::status, NursingPackage::nursingVisitsPerWeek)
                .containsExactly(tuple("Baker", PackageStatus.SUSPENDED, 3),
                        tuple("Hughes", PackageStatus.SUSPENDED, 2));

        tom.at("2026-03-01T09:00:00Z").packageEnded("Moved to a care home");
        mary.at("2026-03-02T09:00:00Z").discharged().packageAmended("Nursing no longer needed", homeCare(14, 1850));
        view.play(log);
        assertThat(nursingPackages(NORTH_TEAM).items()).isEmpty();
    }

    @Test
    void aRevisedPackageTakesThePlaceOfTheOneItReplacesAndStartsSuspendedWhileThePersonIsInHospital() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH).jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850), districtNursing(2, 4500))
                .at("2026-02-20T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-02-24T10:00:00Z").packageRevised("Needs daily dressings after the fall", districtNursing(7, 4500));
        view.play(log);

        assertThat(nursingPackages(NORTH_TEAM).items()).singleElement().satisfies(p -> {
            assertThat(p.packageId()).isEqualTo(mary.packageId());
            assertThat(p.nursingVisitsPerWeek()).isEqualTo(7);
            assertThat(p.status()).isEqualTo(PackageStatus.SUSPENDED);
        });
    }

    @Test
    void dischargesAskingForANursingVisitStayOnTheWorklistUntilTheFirstVisit() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-03-06T11:00:00Z").discharged(
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress leg ulcer on Monday and Thursday"),
                        new FollowUpAction(FollowUpFor.GP, "Review furosemide"),
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Check blood sugar weekly"));
        log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-02T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.PLANNED)
                .at("2026-03-04T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Restart home care"));
        log.register("Edna", "Moss", PRACTICE_NORTH, "2026-01-08T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-02T08:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.PLANNED);
        view.play(log);

        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).singleElement().satisfies(discharge -> {
            assertThat(discharge.person().careRecordId()).isEqualTo(mary.id());
            assertThat(discharge.hospitalName()).isEqualTo("Royal Devon and Exeter");
            assertThat(discharge.dischargedAt()).isEqualTo(Instant.parse("2026-03-06T11:00:00Z"));
            assertThat(discharge.requestedOfDistrictNurse())
                    .containsExactly("Dress leg ulcer on Monday and Thursday", "Check blood sugar weekly");
        });

        // no longer gone after 14 days: it waits for the visit
        clock.set("2026-03-20T11:00:01Z");
        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).singleElement()
                .satisfies(discharge -> assertThat(discharge.person().careRecordId()).isEqualTo(mary.id()));

        // the linkworker's follow-up is not the nurse's visit
        mary.at("2026-03-20T12:00:00Z").socialCareFollowedUp("anna.lw", "Managing");
        view.play(log);
        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).hasSize(1);

        mary.at("2026-03-20T13:00:00Z").nurseVisited(NURSING_NORTH, "Ulcer dressed");
        view.play(log);
        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).isEmpty();

        // a correction after the visit does not put the done work back on the list
        mary.at("2026-03-20T14:00:00Z").dischargeSummaryCorrected("Dose mistyped");
        view.play(log);
        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).isEmpty();
    }

    @Test
    void aCorrectedSummaryAsksTheNurseInItsOwnWordsAndItsVisitIsClinicalInTheHistory() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-03-06T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress leg ulcer"))
                .at("2026-03-07T11:00:00Z").dischargeSummaryCorrected("Furosemide dose was wrong");
        view.play(log);
        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).singleElement()
                .satisfies(d -> assertThat(d.requestedOfDistrictNurse()).containsExactly("Dress leg ulcer"));

        mary.at("2026-03-08T11:00:00Z").nurseVisited(NURSING_NORTH, "Ulcer dressed; exudate reduced");
        view.play(log);
        List<TimelineEntry> entries = history(mary, new Paging(0, 50)).items();
        TimelineEntry visit = entry(entries, "NursingVisitRecorded");
        assertThat(visit.what()).isEqualTo("District nurse visited on 8 Mar 2026 11:00, the first after the discharge");
        assertThat(visit.clinicalDetail()).isEqualTo("Visit notes: Ulcer dressed; exudate reduced");
        TimelineEntry correction = entry(entries, "DischargeSummaryCorrected");
        assertThat(correction.what()).startsWith("Discharge summary corrected by the hospital; amended notice sent to practice "
                + PRACTICE_NORTH).doesNotContain("Furosemide");
        assertThat(correction.clinicalDetail()).startsWith("Corrected because: Furosemide dose was wrong. Clinical summary:");
    }

    @Test
    void theSharedCaseHistoryTellsEveryAgencysPartNewestFirstWithClinicalDetailApart() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .consent(ConsentDecision.AGREED, null, gp(PRACTICE_NORTH))
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
                .at("2026-01-07T10:00:00Z").referralAccepted("anna.lw")
                .assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE)
                .contributed(Discipline.GP)
                .contributed(Discipline.DISTRICT_NURSING)
                .assessmentCompleted()
                .at("2026-01-12T10:00:00Z").packageArranged(homeCare(14, 1850), districtNursing(2, 4500))
                .at("2026-02-25T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-02-27T10:00:00Z").dischargePlanned(LocalDate.of(2026, 3, 3), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT)
                .at("2026-03-04T15:00:00Z").discharged(DischargeDestination.USUAL_RESIDENCE,
                        DelayReason.AWAITING_CARE_PACKAGE,
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress leg ulcer"))
                .at("2026-03-05T09:00:00Z").dischargeNoticeAcknowledged();
        log.register("Tom", "Baker", PRACTICE_SOUTH, "2026-01-06T09:00:00Z")
                .at("2026-02-01T09:00:00Z").closed(ClosureReason.DIED);
        view.play(log);

        ViewPage<TimelineEntry> history = history(mary, FIRST_PAGE);
        assertThat(history.totalItems()).isEqualTo(18);
        List<TimelineEntry> entries = history.items();
        assertThat(entries).extracting(TimelineEntry::sequenceNumber).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(entries.get(0)).satisfies(newest -> {
            assertThat(newest.kind()).isEqualTo("DischargeNoticeAcknowledged");
            assertThat(newest.byRole()).isEqualTo(Role.GP_PRACTICE);
            assertThat(newest.byOrganisationCode()).isEqualTo(PRACTICE_NORTH);
            assertThat(newest.what()).isEqualTo("Discharge notice acknowledged by the GP practice");
            assertThat(newest.clinicalDetail()).isNull();
        });
        TimelineEntry discharge = entry(entries, "PersonDischargedFromHospital");
        assertThat(discharge.byRole()).isEqualTo(Role.HOSPITAL_DISCHARGE_TEAM);
        assertThat(discharge.what()).isEqualTo("Discharged on 4 Mar 2026 15:00 to usual residence, 1 day(s) later than "
                + "planned (awaiting care package). Follow-up: district nurse: Dress leg ulcer. "
                + "Information given: Leaflet on falls prevention given to daughter");
        assertThat(discharge.what()).doesNotContain("chest infection", "Amoxicillin");
        assertThat(discharge.clinicalDetail()).isEqualTo("Clinical summary: Treated for a chest infection; mobilising "
                + "with a frame. Medication changes: started Amoxicillin (500mg three times a day for 5 days); "
                + "changed Furosemide (Reduced to 20mg daily)");
        assertThat(discharge.withoutClinicalDetail().clinicalDetail()).isNull();

        TimelineEntry gpContribution = entries.stream()
                .filter(e -> e.kind().equals("ContributionAdded") && e.byRole() == Role.GP_PRACTICE).findFirst().orElseThrow();
        assertThat(gpContribution.what()).startsWith("GP contribution by Dr Okafor: Frail, falls risk rising")
                .doesNotContain("diabetes");
        assertThat(gpContribution.clinicalDetail()).isEqualTo("Medical history: Type 2 diabetes since 2009; left hip "
                + "replaced 2019. Prognosis: Likely to decline slowly over the next year");
        assertThat(entry(entries, "CarePackageArranged").what()).isEqualTo("Care package arranged from 12 Jan 2026: "
                + "home care 14 a week by Caring Hands Ltd (social care funded); district nursing 2 a week by "
                + "Community Nursing (health funded). Weekly cost £349.00, the person pays £15.00 a week");
        assertThat(entry(entries, "ReferralReceived").what()).isEqualTo("Referral received from GP (Dr Okafor, J82034), "
                + "soon, to be answered by 13 Jan 2026 10:00: Falls at home");
        assertThat(entry(entries, "PersonAdmittedToHospital").what()).startsWith("Emergency admission to Royal Devon and Exeter");
        assertThat(entries).filteredOn(TimelineEntry::hasClinicalDetail).extracting(TimelineEntry::kind)
                .containsExactlyInAnyOrder("PersonDischargedFromHospital", "ContributionAdded");
        assertThat(entries.get(entries.size() - 1).what()).startsWith("Registered with practice J82034 in North");
    }

    @Test
    void theCaseHistoryIsPagedNewestFirst() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z");
        for (int month = 1; month <= 6; month++) {
            mary.at("2026-0" + month + "-15T09:00:00Z").consent(ConsentDecision.AGREED, null, gp(PRACTICE_NORTH));
        }
        view.play(log);

        ViewPage<TimelineEntry> first = history(mary, new Paging(0, 3));
        ViewPage<TimelineEntry> third = history(mary, new Paging(2, 3));
        assertThat(first.totalItems()).isEqualTo(7);
        assertThat(first.items()).extracting(TimelineEntry::sequenceNumber).containsExactly(6L, 5L, 4L);
        assertThat(first.items().get(0).at()).isEqualTo(Instant.parse("2026-06-15T09:00:00Z"));
        assertThat(third.items()).extracting(TimelineEntry::sequenceNumber).containsExactly(0L);
    }

    @Test
    void closingTheRecordTakesThePersonOffTheWorklistButKeepsTheirHistory() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH).jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(districtNursing(2, 4500))
                .at("2026-03-01T22:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY)
                .at("2026-03-05T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress wound"))
                .at("2026-03-06T09:00:00Z").referredByPractice(Urgency.SOON, "Declining").referralAccepted("anna.lw")
                .assessmentStarted();
        view.play(log);
        assertThat(nursingPackages(NORTH_TEAM).items()).hasSize(1);
        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).hasSize(1);
        assertThat(assessmentsAwaiting(NORTH_TEAM).items()).hasSize(1);

        mary.at("2026-03-08T09:00:00Z").closed(ClosureReason.DIED);
        view.play(log);
        assertThat(nursingPackages(NORTH_TEAM).items()).isEmpty();
        assertThat(dischargesNeedingVisit(NORTH_TEAM).items()).isEmpty();
        assertThat(assessmentsAwaiting(NORTH_TEAM).items()).isEmpty();
        assertThat(history(mary, FIRST_PAGE).items().get(0).what()).isEqualTo("Care record closed: died");
    }

    @Test
    void aResetEmptiesTheViewAndAReplayRebuildsItRowForRow() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z").nursingTeamAssigned(NURSING_NORTH).jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
                .packageArranged(homeCare(14, 1850), districtNursing(2, 4500))
                .at("2026-03-01T22:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.EMERGENCY)
                .at("2026-03-05T11:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress wound"));
        log.register("Tom", "Baker", PRACTICE_SOUTH, "2026-01-06T09:00:00Z").nursingTeamAssigned(NURSING_SOUTH)
                .at("2026-03-01T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .referralAccepted("ben.lw").assessmentStarted();
        view.assertRebuildsRowForRow(log, DistrictNursingViewDefinition.TABLES);
    }

    // ------------------------------------------------------------------ story steps and questions

    private static TimelineEntry entry(List<TimelineEntry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ViewPage<AssessmentAwaitingNursing> assessmentsAwaiting(DistrictNursingScope scope) {
        return view.ask(new AssessmentsAwaitingNursingQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<NursingPackage> nursingPackages(DistrictNursingScope scope) {
        return view.ask(new NursingPackagesQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<DischargeNeedingVisit> dischargesNeedingVisit(DistrictNursingScope scope) {
        return view.ask(new DischargesNeedingVisitQuery(scope, FIRST_PAGE), ViewPage.class);
    }

    @SuppressWarnings("unchecked")
    private ViewPage<TimelineEntry> history(CareRecordStory story, Paging paging) {
        return view.ask(new SharedCaseHistoryQuery(story.id(), paging), ViewPage.class);
    }
}
