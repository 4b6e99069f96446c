package org.jointcare.carerecord.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.carerecord.CareDetails.achieved;
import static org.jointcare.carerecord.CareDetails.conclusionWith;
import static org.jointcare.carerecord.CareDetails.notAchieved;
import static org.jointcare.carerecord.assessment.CareActOutcome.*;
import static org.jointcare.carerecord.assessment.UnableReason.*;

/** The Care Act 2014 eligibility test: impairment or illness, two or more outcomes not achieved, and a significant impact. */
class EligibilityPolicyTest {

    private static final List<OutcomeAssessment> TWO_NOT_ACHIEVED = List.of(
            notAchieved(MAINTAINING_PERSONAL_HYGIENE, CANNOT_WITHOUT_HELP),
            achieved(MANAGING_TOILET_NEEDS),
            notAchieved(USING_THE_HOME_SAFELY, ENDANGERS_SELF_OR_OTHERS));

    @Test
    void two_outcomes_not_achieved_because_of_illness_with_a_significant_impact_is_eligible() {
        EligibilityDecision decision = EligibilityPolicy.decide(conclusionWith(true, TWO_NOT_ACHIEVED, true));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.outcomesNotAchieved()).containsExactly(MAINTAINING_PERSONAL_HYGIENE, USING_THE_HOME_SAFELY);
        assertThat(decision.explanation()).startsWith("Eligible:").contains("unable to achieve 2 of the ten outcomes");
    }

    @Test
    void every_way_of_being_unable_counts_the_same() {
        List<OutcomeAssessment> fourWays = List.of(
                notAchieved(MANAGING_AND_MAINTAINING_NUTRITION, CANNOT_WITHOUT_HELP),
                notAchieved(BEING_APPROPRIATELY_CLOTHED, SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY),
                notAchieved(USING_THE_HOME_SAFELY, ENDANGERS_SELF_OR_OTHERS),
                notAchieved(MAINTAINING_A_HABITABLE_HOME, TAKES_SIGNIFICANTLY_LONGER));

        EligibilityDecision decision = EligibilityPolicy.decide(conclusionWith(true, fourWays, true));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.outcomesNotAchieved()).hasSize(4);
    }

    @Test
    void one_outcome_not_achieved_is_not_enough() {
        EligibilityDecision decision = EligibilityPolicy.decide(conclusionWith(true,
                List.of(notAchieved(MAINTAINING_PERSONAL_HYGIENE, CANNOT_WITHOUT_HELP), achieved(MANAGING_TOILET_NEEDS)), true));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.outcomesNotAchieved()).containsExactly(MAINTAINING_PERSONAL_HYGIENE);
        assertThat(decision.explanation()).startsWith("Not eligible:").contains("two or more are needed");
    }

    @Test
    void every_outcome_achieved_is_not_eligible() {
        EligibilityDecision decision = EligibilityPolicy.decide(conclusionWith(true,
                List.of(achieved(MAINTAINING_PERSONAL_HYGIENE), achieved(MANAGING_TOILET_NEEDS)), true));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.outcomesNotAchieved()).isEmpty();
    }

    @Test
    void needs_not_arising_from_an_impairment_or_illness_are_not_eligible() {
        EligibilityDecision decision = EligibilityPolicy.decide(conclusionWith(false, TWO_NOT_ACHIEVED, true));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.explanation()).contains("do not arise from a physical or mental impairment or illness");
    }

    @Test
    void without_a_significant_impact_on_wellbeing_it_is_not_eligible() {
        EligibilityDecision decision = EligibilityPolicy.decide(conclusionWith(true, TWO_NOT_ACHIEVED, false));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.explanation()).contains("no significant impact on wellbeing");
    }
}
