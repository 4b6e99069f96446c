package org.jointcare.views.ownrecord;

import java.util.UUID;

/** A person's own record; what has happened comes newest first, a page (from 0) at a time. */
public record FindOwnRecord(UUID careRecordId, int page, int size) {

    public FindOwnRecord {
        if (careRecordId == null) {
            throw new IllegalArgumentException("An own record needs the record");
        }
    }
}
