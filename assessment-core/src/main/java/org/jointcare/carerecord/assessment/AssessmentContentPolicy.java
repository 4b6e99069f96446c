package org.jointcare.carerecord.assessment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jointcare.carerecord.CareRule;

/** What a contribution and a completed joint assessment must hold. */
public final class AssessmentContentPolicy {

    private AssessmentContentPolicy() {
    }

    public static void checkContribution(Contribution contribution) {
        CareRule.CONTRIBUTION_INCOMPLETE.require(contribution != null
                && contribution.discipline() != null
                && !isBlank(contribution.summary())
                && contribution.needs().stream().allMatch(need -> need != null && need.domain() != null && need.level() != null));
        checkOutcomes(contribution.outcomes());
    }

    public static void checkConclusion(AssessmentConclusion conclusion) {
        CareRule.ASSESSMENT_CONCLUSION_INCOMPLETE.require(conclusion != null
                && conclusion.agreedNeeds().stream().allMatch(need -> need != null
                        && need.domain() != null && need.level() != null && need.responsibility() != null)
                && !isBlank(conclusion.personViewsAndWishes())
                && conclusion.chcChecklist() != null);
        checkOutcomes(conclusion.outcomes());
    }

    /** A joint assessment is joint only with at least one health and one social care contribution. */
    public static boolean isJoint(Collection<Discipline> contributors) {
        Set<Discipline.Sector> sectors = EnumSet.noneOf(Discipline.Sector.class);
        contributors.forEach(discipline -> sectors.add(discipline.sector()));
        return sectors.contains(Discipline.Sector.HEALTH) && sectors.contains(Discipline.Sector.SOCIAL_CARE);
    }

    private static void checkOutcomes(List<OutcomeAssessment> outcomes) {
        Set<CareActOutcome> seen = EnumSet.noneOf(CareActOutcome.class);
        for (OutcomeAssessment outcome : outcomes) {
            CareRule.OUTCOME_NEEDS_REASON.require(outcome != null && outcome.outcome() != null
                    && (outcome.achieved() || outcome.unableReason() != null));
            CareRule.OUTCOME_RECORDED_TWICE.require(seen.add(outcome.outcome()),
                    "The outcome " + outcome.outcome() + " is recorded more than once.");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
