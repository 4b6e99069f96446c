package org.jointcare.carerecord.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The Care Act 2014 eligibility test (Care and Support (Eligibility Criteria) Regulations 2014):
 * the needs arise from a physical or mental impairment or illness; because of them the person is
 * unable to achieve two or more of the ten outcomes; and as a consequence there is, or is likely
 * to be, a significant impact on their wellbeing. All three must hold.
 */
public final class EligibilityPolicy {

    static final int OUTCOMES_NOT_ACHIEVED_FOR_ELIGIBILITY = 2;

    private EligibilityPolicy() {
    }

    public static EligibilityDecision decide(AssessmentConclusion conclusion) {
        List<CareActOutcome> notAchieved = conclusion.outcomes().stream()
                .filter(outcome -> !outcome.achieved())
                .map(OutcomeAssessment::outcome)
                .toList();
        boolean enoughOutcomes = notAchieved.size() >= OUTCOMES_NOT_ACHIEVED_FOR_ELIGIBILITY;
        boolean eligible = conclusion.needsArisingFromImpairmentOrIllness()
                && enoughOutcomes
                && conclusion.significantImpactOnWellbeing();

        List<String> reasons = new ArrayList<>();
        reasons.add(conclusion.needsArisingFromImpairmentOrIllness()
                ? "the needs arise from a physical or mental impairment or illness"
                : "the needs do not arise from a physical or mental impairment or illness");
        reasons.add("the person is unable to achieve " + notAchieved.size() + " of the ten outcomes"
                + (enoughOutcomes ? "" : " (two or more are needed)"));
        reasons.add(conclusion.significantImpactOnWellbeing()
                ? "there is, or is likely to be, a significant impact on wellbeing"
                : "there is no significant impact on wellbeing");
        String explanation = (eligible ? "Eligible: " : "Not eligible: ") + String.join("; ", reasons) + ".";
        return new EligibilityDecision(eligible, notAchieved, explanation);
    }
}
