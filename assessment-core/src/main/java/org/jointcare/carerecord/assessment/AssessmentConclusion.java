package org.jointcare.carerecord.assessment;

import org.jointcare.carerecord.Personal;
import java.util.List;

/**
 * What the professionals agreed on completing a joint assessment: the needs and who meets
 * them, the facts the Care Act eligibility test needs, the person's own views and wishes, the
 * carer's needs, and the continuing healthcare checklist result.
 */
public record AssessmentConclusion(
        List<AgreedNeed> agreedNeeds,
        boolean needsArisingFromImpairmentOrIllness,
        List<OutcomeAssessment> outcomes,
        boolean significantImpactOnWellbeing,
        @Personal String personViewsAndWishes,
        @Personal String carerNeeds,
        ChcChecklistResult chcChecklist) {

    public AssessmentConclusion {
        agreedNeeds = agreedNeeds == null ? List.of() : List.copyOf(agreedNeeds);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
