package org.jointcare.carerecord.assessment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.Role;

/**
 * What a contribution and a completed joint assessment must hold. A contribution is made in the
 * contributor's own discipline, which follows from their role: a GP practice adds the GP's part, a
 * district nurse the district nursing part, a linkworker the social care part (and, as the care
 * manager who gathers the assessment, may record an occupational therapist's or another
 * professional's part for them, naming them). Each discipline carries only its own fields:
 * medical history and prognosis are the GP's, the Care Act outcomes are social care's.
 */
public final class AssessmentContentPolicy {

    private AssessmentContentPolicy() {
    }

    /** The discipline a role contributes in, or null for a role that makes no contribution. */
    public static Discipline ownDisciplineOf(Role role) {
        return switch (role) {
            case GP_PRACTICE -> Discipline.GP;
            case DISTRICT_NURSE -> Discipline.DISTRICT_NURSING;
            case LINKWORKER -> Discipline.SOCIAL_CARE;
            case HOSPITAL_DISCHARGE_TEAM, COMMISSIONER, PRIVACY_OFFICER -> null;
        };
    }

    /** The disciplines a role may record: its own, and for a linkworker those recorded on another's behalf. */
    public static Set<Discipline> disciplinesOf(Role role) {
        return switch (role) {
            case GP_PRACTICE -> EnumSet.of(Discipline.GP);
            case DISTRICT_NURSE -> EnumSet.of(Discipline.DISTRICT_NURSING);
            case LINKWORKER -> EnumSet.of(Discipline.SOCIAL_CARE, Discipline.OCCUPATIONAL_THERAPY, Discipline.OTHER);
            case HOSPITAL_DISCHARGE_TEAM, COMMISSIONER, PRIVACY_OFFICER -> EnumSet.noneOf(Discipline.class);
        };
    }

    public static void checkContribution(Contribution contribution, Actor by) {
        CareRule.CONTRIBUTION_INCOMPLETE.require(contribution != null
                && contribution.discipline() != null
                && !isBlank(contribution.summary())
                && contribution.needs().stream().allMatch(need -> need != null && need.domain() != null && need.level() != null));
        Discipline discipline = contribution.discipline();
        CareRule.CONTRIBUTION_DISCIPLINE_NOT_YOURS.require(disciplinesOf(by.role()).contains(discipline), "discipline",
                "discipline " + discipline + " is not yours to contribute: signed in as " + by.role()
                        + " you contribute " + (ownDisciplineOf(by.role()) == null ? "no discipline" : ownDisciplineOf(by.role())) + ".");
        CareRule.CONTRIBUTION_INCOMPLETE.require(discipline == ownDisciplineOf(by.role()) || !isBlank(contribution.contributorName()),
                "contributorName", "contributorName: a " + discipline + " contribution recorded on someone's behalf must name them.");
        onlyFrom(Discipline.GP, discipline, "medicalHistory", !isBlank(contribution.medicalHistory()));
        onlyFrom(Discipline.GP, discipline, "prognosis", !isBlank(contribution.prognosis()));
        onlyFrom(Discipline.SOCIAL_CARE, discipline, "outcomes", !contribution.outcomes().isEmpty());
        checkOutcomes(contribution.outcomes());
    }

    private static void onlyFrom(Discipline owner, Discipline discipline, String field, boolean given) {
        CareRule.CONTRIBUTION_FIELD_NOT_FOR_DISCIPLINE.require(!given || discipline == owner, field,
                field + " is the " + owner + " contribution's to record, not the " + discipline + " one's.");
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
