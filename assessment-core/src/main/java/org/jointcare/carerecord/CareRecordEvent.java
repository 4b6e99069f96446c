package org.jointcare.carerecord;

import java.time.Instant;
import java.util.UUID;

/** A fact recorded on one person's care record; every event carries who and when. */
public interface CareRecordEvent {
    UUID careRecordId();

    Actor by();

    Instant at();
}
