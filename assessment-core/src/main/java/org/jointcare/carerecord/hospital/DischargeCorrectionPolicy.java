package org.jointcare.carerecord.hospital;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the hospital team that recorded a discharge keeps its relationship with the person to
 * correct the discharge summary it wrote: 7 days from recording the discharge.
 *
 * <p>Why 7 days: the summary reaches the practice on the day, and its errors are found in the
 * first week by the people acting on it — the practice reconciling the medication, the district
 * nurse at the first visit, the linkworker at the follow-up. A week covers that and a weekend,
 * while the ward team that wrote it is still the one that knows the stay. After it, the hospital
 * has no legitimate relationship left (the sharing rules end it), and a late correction is a new
 * clinical letter through the trust's own records process, not a change to this record.
 */
public final class DischargeCorrectionPolicy {

    public static final Duration CORRECTION_WINDOW = Duration.ofDays(7);

    private DischargeCorrectionPolicy() {
    }

    /** Whether a discharge recorded at {@code dischargeRecordedAt} can still be corrected at {@code now}. */
    public static boolean open(Instant dischargeRecordedAt, Instant now) {
        return dischargeRecordedAt != null && !now.isBefore(dischargeRecordedAt)
                && now.isBefore(dischargeRecordedAt.plus(CORRECTION_WINDOW));
    }

    /** The first moment at which the summary can no longer be corrected. */
    public static Instant closesAt(Instant dischargeRecordedAt) {
        return dischargeRecordedAt.plus(CORRECTION_WINDOW);
    }
}
