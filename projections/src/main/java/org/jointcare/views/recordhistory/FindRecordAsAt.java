package org.jointcare.views.recordhistory;

import java.time.Instant;
import java.util.UUID;

/** The record as it stood at {@code asAt}: every event recorded at or before that instant, folded. */
public record FindRecordAsAt(UUID careRecordId, Instant asAt) {

    public FindRecordAsAt {
        if (careRecordId == null || asAt == null) {
            throw new IllegalArgumentException("The record as at an instant needs the record and the instant");
        }
    }
}
