package org.jointcare.carerecord.carers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regulation 3 of the eligibility regulations for carers: the three conditions, and one outcome is enough. */
class CarersEligibilityPolicyTest {

    private static final CarerOutcomeAssessment NO_BREAK = new CarerOutcomeAssessment(CarerOutcome.RECREATIONAL_ACTIVITIES,
            false, CarerUnableReason.SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY, null);
    private static final CarerOutcomeAssessment EATS_WELL = new CarerOutcomeAssessment(
            CarerOutcome.MANAGING_AND_MAINTAINING_NUTRITION, true, null, null);

    private static CarersAssessmentFindings findings(boolean fromCaring, boolean healthAtRisk, List<CarerOutcomeAssessment> outcomes,
                                                     boolean impact) {
        return new CarersAssessmentFindings(fromCaring, healthAtRisk, outcomes, impact, true, "views");
    }

    @Test
    void one_outcome_not_achieved_is_enough_with_a_significant_impact() {
        CarersEligibilityDecision decision = CarersEligibilityPolicy.decide(findings(true, false, List.of(NO_BREAK, EATS_WELL), true));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.outcomesNotAchieved()).containsExactly(CarerOutcome.RECREATIONAL_ACTIVITIES);
        assertThat(decision.explanation()).startsWith("Eligible:").contains("unable to achieve 1 of the eight outcomes");
    }

    @Test
    void health_at_risk_is_enough_without_any_outcome() {
        assertThat(CarersEligibilityPolicy.decide(findings(true, true, List.of(EATS_WELL), true)).eligible()).isTrue();
    }

    @Test
    void neither_health_at_risk_nor_an_outcome_not_achieved_is_not_eligible() {
        CarersEligibilityDecision decision = CarersEligibilityPolicy.decide(findings(true, false, List.of(EATS_WELL), true));
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.explanation()).startsWith("Not eligible:").contains("(one is enough)");
    }

    @Test
    void needs_that_do_not_arise_from_caring_are_not_eligible() {
        CarersEligibilityDecision decision = CarersEligibilityPolicy.decide(findings(false, true, List.of(NO_BREAK), true));
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.explanation()).contains("do not arise from providing necessary care");
    }

    @Test
    void no_significant_impact_on_wellbeing_is_not_eligible() {
        CarersEligibilityDecision decision = CarersEligibilityPolicy.decide(findings(true, true, List.of(NO_BREAK), false));
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.explanation()).contains("no significant impact on the carer's wellbeing");
    }
}
