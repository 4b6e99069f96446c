package org.jointcare.carerecord.carers;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.time.LocalDate;
import java.util.List;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.ClosureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The linkworker carries out the carer's assessment; the outcome is the carers' eligibility policy's, with its reasons. */
class CarryingOutACarersAssessmentTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void the_linkworker_records_the_assessment_with_the_policys_decision() {
        care.given(margaret.carerAwaitingAssessment())
                .when(margaret.carryOutCarersAssessment(carerStruggling()))
                .expectEvents(margaret.carersAssessmentCarriedOut(carerStruggling()));
    }

    @Test
    void a_carer_who_is_coping_is_recorded_as_not_eligible() {
        care.given(margaret.carerAwaitingAssessment())
                .when(margaret.carryOutCarersAssessment(carerCoping()))
                .expectEvents(margaret.carersAssessmentCarriedOut(carerCoping()));
        org.assertj.core.api.Assertions.assertThat(CarersEligibilityPolicy.decide(carerCoping()).eligible()).isFalse();
    }

    static Actor[] notALinkworker() {
        return new Actor[]{DISTRICT_NURSE, GP, DISCHARGE_COORDINATOR};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notALinkworker")
    void only_a_linkworker_carries_it_out(Actor someoneElse) {
        care.given(margaret.carerAwaitingAssessment())
                .when(new CarryOutCarersAssessment(margaret.careRecordId, margaret.carersAssessmentId, CARER_ASSESSED_ON,
                        carerStruggling(), someoneElse, CARERS_ASSESSMENT_RECORDED_AT))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_BY_LINKWORKER_ONLY));
    }

    @Test
    void an_assessment_never_asked_for_is_refused() {
        care.given(margaret.packageInPlace())
                .when(margaret.carryOutCarersAssessment(carerStruggling()))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_UNKNOWN));
    }

    @Test
    void it_is_carried_out_once() {
        care.given(margaret.carerAssessed())
                .when(margaret.carryOutCarersAssessment(carerCoping()))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_NOT_AWAITED));
    }

    @Test
    void the_carers_own_views_are_required() {
        CarersAssessmentFindings noViews = new CarersAssessmentFindings(true, true, List.of(), true, true, " ");
        care.given(margaret.carerAwaitingAssessment())
                .when(margaret.carryOutCarersAssessment(noViews))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_FINDINGS_INCOMPLETE));
    }

    @Test
    void an_outcome_not_achieved_says_why() {
        CarersAssessmentFindings noReason = new CarersAssessmentFindings(true, false, List.of(
                new CarerOutcomeAssessment(CarerOutcome.CARING_FOR_A_CHILD, false, null, null)), true, true, "Tired");
        care.given(margaret.carerAwaitingAssessment())
                .when(margaret.carryOutCarersAssessment(noReason))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_FINDINGS_INCOMPLETE, "outcomes"));
    }

    @Test
    void an_outcome_is_recorded_once() {
        CarerOutcomeAssessment achieved = new CarerOutcomeAssessment(CarerOutcome.CARING_FOR_A_CHILD, true, null, null);
        CarersAssessmentFindings twice = new CarersAssessmentFindings(true, false, List.of(achieved, achieved), true, true, "Tired");
        care.given(margaret.carerAwaitingAssessment())
                .when(margaret.carryOutCarersAssessment(twice))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_FINDINGS_INCOMPLETE, "outcomes"));
    }

    @Test
    void it_cannot_be_carried_out_before_it_was_asked_for() {
        care.given(margaret.carerAwaitingAssessment())
                .when(new CarryOutCarersAssessment(margaret.careRecordId, margaret.carersAssessmentId,
                        LocalDate.of(2026, 3, 9), carerStruggling(), LINKWORKER, CARERS_ASSESSMENT_RECORDED_AT))
                .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "carriedOutOn"));
    }

    @Test
    void it_cannot_be_carried_out_in_the_future() {
        care.given(margaret.carerAwaitingAssessment())
                .when(new CarryOutCarersAssessment(margaret.careRecordId, margaret.carersAssessmentId,
                        LocalDate.of(2026, 3, 21), carerStruggling(), LINKWORKER, CARERS_ASSESSMENT_RECORDED_AT))
                .expectException(violates(CareRule.DATE_IN_FUTURE, "carriedOutOn"));
    }

    @Test
    void a_request_still_waiting_is_withdrawn_when_the_record_closes_and_a_reopening_does_not_revive_it() {
        care.given(then(margaret.carerAwaitingAssessment(), margaret.packageEnded("Care record closed: moved away"),
                        new CareRecordClosed(margaret.careRecordId, ClosureReason.MOVED_AWAY,
                                null, LINKWORKER, CARERS_ASSESSMENT_REQUESTED_AT.plusSeconds(60)),
                        margaret.reopenedBy(margaret.secondReferralId, CARERS_ASSESSMENT_RECORDED_AT.minusSeconds(60)),
                        margaret.referralReceived(margaret.secondReferralId, CARERS_ASSESSMENT_RECORDED_AT.minusSeconds(60))))
                .when(margaret.carryOutCarersAssessment(carerStruggling()))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_NOT_AWAITED));
    }
}
