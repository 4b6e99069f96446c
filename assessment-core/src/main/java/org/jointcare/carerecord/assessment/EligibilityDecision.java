package org.jointcare.carerecord.assessment;

import java.util.List;

/**
 * The Care Act eligibility outcome with the reasons that led to it, so it can be explained to
 * the person and audited.
 */
public record EligibilityDecision(boolean eligible, List<CareActOutcome> outcomesNotAchieved, String explanation) {

    public EligibilityDecision {
        outcomesNotAchieved = outcomesNotAchieved == null ? List.of() : List.copyOf(outcomesNotAchieved);
    }
}
