package org.jointcare.carerecord;

import java.time.Instant;
import java.util.UUID;

/** A request to change one person's care record; every command names who and when. */
public interface CareRecordCommand {
    UUID careRecordId();

    Actor by();

    Instant at();
}
