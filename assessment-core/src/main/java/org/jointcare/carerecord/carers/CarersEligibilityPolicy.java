package org.jointcare.carerecord.carers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jointcare.carerecord.CareRule;

/**
 * The carers' eligibility test (Care and Support (Eligibility Criteria) Regulations 2014,
 * regulation 3): the carer's needs arise as a consequence of providing necessary care for an
 * adult; their effect is that the carer's physical or mental health is, or is at risk of,
 * deteriorating, or that the carer is unable to achieve any one of the outcomes listed; and as a
 * consequence there is, or is likely to be, a significant impact on the carer's wellbeing. All
 * three must hold. Unlike the adult's test, one outcome not achieved is enough.
 */
public final class CarersEligibilityPolicy {

    private CarersEligibilityPolicy() {
    }

    /** Refuses findings the decision could not be explained from: no views, an outcome without a reason, or one recorded twice. */
    public static void check(CarersAssessmentFindings findings) {
        CareRule.CARERS_ASSESSMENT_FINDINGS_INCOMPLETE.require(findings != null
                && findings.carerViews() != null && !findings.carerViews().isBlank());
        Set<CarerOutcome> seen = EnumSet.noneOf(CarerOutcome.class);
        for (CarerOutcomeAssessment outcome : findings.outcomes()) {
            CareRule.CARERS_ASSESSMENT_FINDINGS_INCOMPLETE.require(outcome != null && outcome.outcome() != null
                    && (outcome.achieved() || outcome.unableReason() != null), "outcomes",
                    "outcomes: each outcome the carer cannot achieve must say why (cannot without assistance, significant pain,"
                            + " distress or anxiety, or endangering health or safety).");
            CareRule.CARERS_ASSESSMENT_FINDINGS_INCOMPLETE.require(seen.add(outcome.outcome()), "outcomes",
                    "outcomes: " + outcome.outcome() + " is recorded more than once.");
        }
    }

    public static CarersEligibilityDecision decide(CarersAssessmentFindings findings) {
        List<CarerOutcome> notAchieved = findings.outcomes().stream()
                .filter(outcome -> !outcome.achieved())
                .map(CarerOutcomeAssessment::outcome)
                .toList();
        boolean effect = findings.healthAtRiskOfDeteriorating() || !notAchieved.isEmpty();
        boolean eligible = findings.needsArisingFromProvidingNecessaryCare() && effect
                && findings.significantImpactOnWellbeing();

        List<String> reasons = new ArrayList<>();
        reasons.add(findings.needsArisingFromProvidingNecessaryCare()
                ? "the carer's needs arise from providing necessary care"
                : "the carer's needs do not arise from providing necessary care");
        reasons.add(findings.healthAtRiskOfDeteriorating()
                ? "the carer's physical or mental health is, or is at risk of, deteriorating"
                : "the carer's health is not at risk of deteriorating");
        reasons.add("the carer is unable to achieve " + notAchieved.size() + " of the eight outcomes"
                + (effect ? "" : " (one is enough)"));
        reasons.add(findings.significantImpactOnWellbeing()
                ? "there is, or is likely to be, a significant impact on the carer's wellbeing"
                : "there is no significant impact on the carer's wellbeing");
        String explanation = (eligible ? "Eligible: " : "Not eligible: ") + String.join("; ", reasons) + ".";
        return new CarersEligibilityDecision(eligible, notAchieved, explanation);
    }
}
