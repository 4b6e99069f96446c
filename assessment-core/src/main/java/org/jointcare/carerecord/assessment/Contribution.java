package org.jointcare.carerecord.assessment;

import org.jointcare.carerecord.Personal;
import java.util.List;
import org.jointcare.carerecord.Clinical;

/**
 * One discipline's part of a joint assessment. {@code medicalHistory} and {@code prognosis} are
 * the GP's part, clinical content; other disciplines leave them empty.
 */
public record Contribution(
        Discipline discipline,
        String contributorName,
        @Personal String summary,
        List<IdentifiedNeed> needs,
        List<OutcomeAssessment> outcomes,
        @Personal @Clinical String medicalHistory,
        @Personal @Clinical String prognosis) {

    public Contribution {
        needs = needs == null ? List.of() : List.copyOf(needs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
