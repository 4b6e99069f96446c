package org.jointcare.carerecord.carers;

import java.util.List;

/** The carers' eligibility outcome with the reasons that led to it, so it can be explained to the carer and audited. */
public record CarersEligibilityDecision(boolean eligible, List<CarerOutcome> outcomesNotAchieved, String explanation) {

    public CarersEligibilityDecision {
        outcomesNotAchieved = outcomesNotAchieved == null ? List.of() : List.copyOf(outcomesNotAchieved);
    }
}
