package org.jointcare.views.districtnursing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jointcare.views.testing.Professionals.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.districtnursing.DistrictNursingItems.AssessmentAwaitingNursing;
import org.jointcare.views.districtnursing.DistrictNursingItems.DeathNotice;
import org.jointcare.views.districtnursing.DistrictNursingItems.DischargeNeedingVisit;
import org.jointcare.views.districtnursing.DistrictNursingQueries.AssessmentsAwaitingNursingQuery;
import org.jointcare.views.districtnursing.DistrictNursingQueries.DeathNoticesQuery;
import org.jointcare.views.districtnursing.DistrictNursingQueries.DischargesNeedingVisitQuery;
import org.jointcare.views.recordhistory.RecordHistoryProjection;
import org.jointcare.views.recordhistory.RecordHistoryQueries;
import org.jointcare.views.recordhistory.SharedCaseHistoryQuery;
import org.jointcare.views.recordhistory.TimelineEntry;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nursing team is told of the death of one of its people on its worklist, where the notice
 * stays until a district nurse acknowledges it. A nurse's visit or nursing contribution entered in
 * error leaves the worklist and the shared case history, and what it had done is undone: the
 * discharge waits for its first visit again, the assessment for the nursing contribution.
 */
class TheNursingTeamIsToldOfADeathUntilANurseAcknowledgesTest {

    private static final DistrictNursingScope NORTH_TEAM = DistrictNursingScope.ofTeam(NURSING_NORTH);
    private static final Paging FIRST_PAGE = Paging.first(50);

    private final EventLog log = new EventLog();
    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private ViewHarness view;

    @BeforeEach
    void setUp() {
        view = new ViewHarness();
        view.handlers(new DistrictNursingProjection(view.jdbc()), new RecordHistoryProjection(view.jdbc()),
                new RecordHistoryQueries(view.jdbc()), new DistrictNursingQueries(view.namedJdbc(), clock));
    }

    @Test
    void theDeathStaysOnTheTeamsWorklistUntilADistrictNurseAcknowledgesIt() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-02T08:00:00Z").died(LocalDate.of(2026, 3, 1), gp(PRACTICE_NORTH));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-06T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-05T08:00:00Z").died(LocalDate.of(2026, 3, 4), linkworker("anna.lw"));
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-07T09:00:00Z")
                .nursingTeamAssigned(NURSING_SOUTH)
                .at("2026-03-03T08:00:00Z").died(LocalDate.of(2026, 3, 3), districtNurse(NURSING_SOUTH));
        view.play(log);

        assertThat(deathNotices()).extracting(n -> n.person().givenName(), DeathNotice::dateOfDeath, DeathNotice::recordedByUserId)
                .containsExactly(tuple("Tom", LocalDate.of(2026, 3, 4), "anna.lw"),
                        tuple("Mary", LocalDate.of(2026, 3, 1), "gp.j82034"));

        // the practice and the linkworker acknowledge for themselves: the nurses are still to
        mary.at("2026-03-02T10:00:00Z").deathNoticeAcknowledged(gp(PRACTICE_NORTH))
                .deathNoticeAcknowledged(linkworker("anna.lw"));
        view.play(log);
        assertThat(deathNotices()).extracting(n -> n.person().givenName()).containsExactly("Tom", "Mary");

        mary.at("2026-03-06T09:00:00Z").deathNoticeAcknowledged(districtNurse(NURSING_NORTH));
        view.play(log);
        assertThat(deathNotices()).extracting(n -> n.person().careRecordId()).containsExactly(tom.id());
        view.assertRebuildsRowForRow(log, DistrictNursingViewDefinition.TABLES);
    }

    @Test
    void aVisitEnteredInErrorLeavesTheCaseHistoryAndTheDischargeWaitsForItsFirstVisitAgain() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-03-05T15:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress leg ulcer"))
                .at("2026-03-06T10:00:00Z").nurseVisited(NURSING_NORTH, "Leg ulcer dressed");
        view.play(log);
        assertThat(dischargesNeedingVisit()).isEmpty();
        assertThat(caseHistory(mary)).extracting(TimelineEntry::kind).contains("NursingVisitRecorded");

        mary.at("2026-03-06T12:00:00Z").enteredInError(mary.lastNursingVisitSequence(), "Visited her neighbour",
                districtNurse(NURSING_NORTH));
        view.play(log);
        assertThat(dischargesNeedingVisit()).extracting(DischargeNeedingVisit::admissionId).containsExactly(mary.admissionId());
        assertThat(caseHistory(mary)).extracting(TimelineEntry::kind).doesNotContain("NursingVisitRecorded")
                .contains("EntryMarkedEnteredInError");
        assertThat(caseHistory(mary)).extracting(TimelineEntry::what).noneMatch(what -> what.contains("Leg ulcer dressed"));
        view.assertRebuildsRowForRow(log, DistrictNursingViewDefinition.TABLES);
        view.assertRebuildsRowForRow(log, "record_history_event");
    }

    @Test
    void aNursingContributionEnteredInErrorPutsTheAssessmentBackOnTheWorklist() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Leg ulcer, lives alone")
                .referralAccepted("anna.lw").assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE)
                .at("2026-03-03T09:00:00Z").contributed(Discipline.DISTRICT_NURSING);
        view.play(log);
        assertThat(assessmentsAwaiting()).isEmpty();

        mary.at("2026-03-03T11:00:00Z").enteredInError(mary.lastContributionSequence(), "Another patient's ulcer",
                districtNurse(NURSING_NORTH));
        view.play(log);
        assertThat(assessmentsAwaiting()).extracting(AssessmentAwaitingNursing::assessmentId).containsExactly(mary.assessmentId());
        view.assertRebuildsRowForRow(log, DistrictNursingViewDefinition.TABLES);
    }

    private List<DeathNotice> deathNotices() {
        ViewPage<DeathNotice> page = view.ask(new DeathNoticesQuery(NORTH_TEAM, FIRST_PAGE), ViewPage.class);
        return page.items();
    }

    private List<DischargeNeedingVisit> dischargesNeedingVisit() {
        ViewPage<DischargeNeedingVisit> page = view.ask(new DischargesNeedingVisitQuery(
                DistrictNursingScope.ofTeamServing(NURSING_NORTH, Set.of(PRACTICE_NORTH)), FIRST_PAGE), ViewPage.class);
        return page.items();
    }

    private List<AssessmentAwaitingNursing> assessmentsAwaiting() {
        ViewPage<AssessmentAwaitingNursing> page = view.ask(new AssessmentsAwaitingNursingQuery(NORTH_TEAM, FIRST_PAGE), ViewPage.class);
        return page.items();
    }

    private List<TimelineEntry> caseHistory(CareRecordStory person) {
        ViewPage<TimelineEntry> page = view.ask(new SharedCaseHistoryQuery(person.id(), FIRST_PAGE), ViewPage.class);
        return page.items();
    }
}
