package org.jointcare.views.linkworkercaseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.testing.Professionals.*;
import static org.jointcare.views.testing.Services.homeCare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CarersAssessmentAwaited;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CaseloadSummary;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.CarersAssessmentsAwaitedQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.CaseloadSummaryQuery;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.Carers;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Carers' assessments asked for and not yet carried out wait on the caseload, named, counted and paged like every list. */
class CarersOnTheCaseloadTest {

    private static final LinkworkerCaseloadScope NORTH = LinkworkerCaseloadScope.ofPractices(PRACTICE_NORTH);
    private static final LinkworkerCaseloadScope SOUTH = LinkworkerCaseloadScope.ofPractices(PRACTICE_SOUTH);

    private final EventLog log = new EventLog();
    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private ViewHarness view;

    @BeforeEach
    void setUp() {
        view = new ViewHarness();
        view.handlers(new LinkworkerCaseloadProjection(view.jdbc()), new LinkworkerCaseloadQueries(view.namedJdbc(), clock));
    }

    @Test
    void aCarersAssessmentWaitsNamedUntilItIsCarriedOut() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-08T12:00:00Z").carersAssessmentRequested(Carers.JEAN, gp(PRACTICE_NORTH));
        log.register("Ann", "Price", PRACTICE_SOUTH, "2026-01-07T09:00:00Z")
                .at("2026-03-09T12:00:00Z").carersAssessmentRequested(new NamedCarer("Sid Price", "husband", null),
                        linkworker("ben.lw"));
        view.play(log);

        ViewPage<CarersAssessmentAwaited> north = awaited(NORTH, Paging.first(20));
        assertThat(north.totalItems()).isEqualTo(1);
        CarersAssessmentAwaited jean = north.items().get(0);
        assertThat(jean.person().careRecordId()).isEqualTo(mary.id());
        assertThat(jean.carersAssessmentId()).isEqualTo(mary.lastCarersAssessmentId());
        assertThat(jean.carerName()).isEqualTo("Jean Hughes");
        assertThat(jean.carerRelationship()).isEqualTo("daughter");
        assertThat(jean.carerContact()).isEqualTo("01392 000000");
        assertThat(jean.requestedBy()).isEqualTo(gp(PRACTICE_NORTH).userId());
        assertThat(jean.waiting()).isEqualTo(Duration.ofDays(2));
        assertThat(summary(NORTH).carersAssessmentsAwaited()).isEqualTo(1);
        view.assertRebuildsRowForRow(log, "caseload_carers_assessment", "caseload_list_total");
        assertThat(awaited(SOUTH, Paging.first(20)).items()).extracting(CarersAssessmentAwaited::carerName)
                .containsExactly("Sid Price");

        mary.at("2026-03-10T10:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw");
        view.play(log);

        assertThat(awaited(NORTH, Paging.first(20)).items()).isEmpty();
        assertThat(awaited(NORTH, Paging.first(20)).totalItems()).isZero();
        assertThat(summary(NORTH).carersAssessmentsAwaited()).isZero();
    }

    @Test
    void theListIsTheAllocatedLinkworkersTooAndFollowsAMove() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-01-06T09:00:00Z").referredByPractice(Urgency.SOON, "Falls").referralAccepted("anna.lw")
                .at("2026-03-01T09:00:00Z").carersAssessmentRequested(Carers.JEAN, linkworker("anna.lw"));
        view.play(log);

        assertThat(awaited(LinkworkerCaseloadScope.ofLinkworker("anna.lw"), Paging.first(20)).totalItems()).isEqualTo(1);
        assertThat(awaited(LinkworkerCaseloadScope.ofLinkworker("ben.lw"), Paging.first(20)).totalItems()).isZero();

        mary.at("2026-03-02T09:00:00Z").movedPractice(PRACTICE_SOUTH, linkworker("anna.lw"));
        view.play(log);

        assertThat(awaited(NORTH, Paging.first(20)).totalItems()).isZero();
        assertThat(awaited(SOUTH, Paging.first(20)).items()).extracting(a -> a.person().practiceCode())
                .containsExactly(PRACTICE_SOUTH);
        assertThat(awaited(LinkworkerCaseloadScope.ofLinkworker("anna.lw"), Paging.first(20)).totalItems()).isEqualTo(1);
    }

    @Test
    void theOldestRequestComesFirstPageByPageWithTheTotal() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String carer = "Carer " + i;
            log.register("Person" + i, "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                    .at(String.format("2026-03-0%dT09:00:00Z", 1 + i))
                    .carersAssessmentRequested(new NamedCarer(carer, "son", null), gp(PRACTICE_NORTH));
            expected.add(carer);
        }
        view.play(log);

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ViewPage<CarersAssessmentAwaited> onePage = awaited(NORTH, new Paging(page, 3));
            assertThat(onePage.totalItems()).isEqualTo(7);
            onePage.items().forEach(item -> seen.add(item.carerName()));
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void aRequestStillWaitingLeavesWithTheClosedRecordAndAHiddenPersonIsNotCounted() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-01T09:00:00Z").carersAssessmentRequested(Carers.JEAN, gp(PRACTICE_NORTH));
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-03-02T09:00:00Z").carersAssessmentRequested(new NamedCarer("Rose Baker", "wife", null), gp(PRACTICE_NORTH));
        view.play(log);

        assertThat(awaited(NORTH.without(Set.of(tom.id())), Paging.first(20)).items())
                .extracting(CarersAssessmentAwaited::carerName).containsExactly("Jean Hughes");
        assertThat(awaited(NORTH.without(Set.of(tom.id())), Paging.first(20)).totalItems()).isEqualTo(1);
        assertThat(summary(NORTH.without(Set.of(tom.id()))).carersAssessmentsAwaited()).isEqualTo(1);

        mary.at("2026-03-03T09:00:00Z").closed(ClosureReason.DIED);
        view.play(log);

        assertThat(awaited(NORTH, Paging.first(20)).items()).extracting(CarersAssessmentAwaited::carerName)
                .containsExactly("Rose Baker");
        assertThat(summary(NORTH).carersAssessmentsAwaited()).isEqualTo(1);
    }

    @Test
    void supportArrangedLeavesTheListAsItWas() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-01-06T09:00:00Z").referredByPractice(Urgency.SOON, "Falls").referralAccepted("anna.lw")
                .assessmentStarted().contributed(org.jointcare.carerecord.assessment.Discipline.SOCIAL_CARE)
                .contributed(org.jointcare.carerecord.assessment.Discipline.GP).assessmentCompleted()
                .at("2026-01-12T10:00:00Z").packageArranged(homeCare(14, 1850))
                .at("2026-02-01T09:00:00Z").carersAssessmentRequested(Carers.JEAN, gp(PRACTICE_NORTH))
                .at("2026-02-05T09:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw")
                .carerSupported(org.jointcare.carerecord.carepackage.ServiceType.HOME_CARE, null, "anna.lw");
        view.play(log);

        assertThat(awaited(NORTH, Paging.first(20)).totalItems()).isZero();
        assertThat(summary(NORTH).carersAssessmentsAwaited()).isZero();
    }

    @SuppressWarnings("unchecked")
    private ViewPage<CarersAssessmentAwaited> awaited(LinkworkerCaseloadScope scope, Paging paging) {
        return view.ask(new CarersAssessmentsAwaitedQuery(scope, paging), ViewPage.class);
    }

    private CaseloadSummary summary(LinkworkerCaseloadScope scope) {
        return view.ask(new CaseloadSummaryQuery(scope), CaseloadSummary.class);
    }
}
