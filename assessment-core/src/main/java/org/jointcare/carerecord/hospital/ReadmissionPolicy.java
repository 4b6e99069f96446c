package org.jointcare.carerecord.hospital;

import java.time.Duration;
import java.time.Instant;

/** A readmission within 30 days of a discharge is flagged: it often means the discharge arrangements failed. */
public final class ReadmissionPolicy {

    public static final Duration READMISSION_WINDOW = Duration.ofDays(30);

    private ReadmissionPolicy() {
    }

    public static boolean isReadmission(Instant lastDischargedAt, Instant admittedAt) {
        if (lastDischargedAt == null || admittedAt.isBefore(lastDischargedAt)) {
            return false;
        }
        return Duration.between(lastDischargedAt, admittedAt).compareTo(READMISSION_WINDOW) <= 0;
    }
}
