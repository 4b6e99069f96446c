package org.jointcare.carerecord.carers;

import java.util.List;
import org.jointcare.carerecord.Personal;

/**
 * What a carer's assessment found (Care Act 2014 s.10): the facts the carers' eligibility criteria
 * need, whether the carer is able and willing to go on caring, and the carer's own views.
 *
 * @param needsArisingFromProvidingNecessaryCare the carer's needs arise from providing necessary care for the adult
 * @param healthAtRiskOfDeteriorating            the carer's physical or mental health is, or is at risk of, deteriorating
 * @param outcomes                               the outcomes looked at, each achieved or not with why
 * @param significantImpactOnWellbeing           there is, or is likely to be, a significant impact on the carer's wellbeing
 * @param ableAndWillingToContinueCaring         the carer is able and willing to go on caring (s.10(5))
 * @param carerViews                             what the carer says, in their words
 */
public record CarersAssessmentFindings(
        boolean needsArisingFromProvidingNecessaryCare,
        boolean healthAtRiskOfDeteriorating,
        List<CarerOutcomeAssessment> outcomes,
        boolean significantImpactOnWellbeing,
        boolean ableAndWillingToContinueCaring,
        @Personal String carerViews) {

    public CarersAssessmentFindings {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
