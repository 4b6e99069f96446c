package org.jointcare.carerecord.referral;

import java.time.Duration;

/** How soon a referral must be answered: each urgency carries its response target. */
public enum Urgency {
    URGENT(Duration.ofDays(1)),
    SOON(Duration.ofDays(7)),
    ROUTINE(Duration.ofDays(28));

    private final Duration responseTarget;

    Urgency(Duration responseTarget) {
        this.responseTarget = responseTarget;
    }

    public Duration responseTarget() {
        return responseTarget;
    }
}
