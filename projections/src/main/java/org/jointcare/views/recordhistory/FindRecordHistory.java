package org.jointcare.views.recordhistory;

import java.util.UUID;

/** The full timeline of one care record, oldest first (by the record's own sequence), a page at a time (page from 0). */
public record FindRecordHistory(UUID careRecordId, int page, int size) {

    public FindRecordHistory {
        if (careRecordId == null) {
            throw new IllegalArgumentException("A record's history needs the record");
        }
    }
}
