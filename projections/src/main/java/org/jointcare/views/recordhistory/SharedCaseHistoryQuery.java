package org.jointcare.views.recordhistory;

import java.util.Objects;
import java.util.UUID;
import org.jointcare.views.Paging;

/**
 * One person's timeline across agencies, newest first: the record history's rows, a page at a
 * time, as the shared case history shows them. Answers {@code ViewPage<TimelineEntry>}.
 */
public record SharedCaseHistoryQuery(UUID careRecordId, Paging paging) {
    public SharedCaseHistoryQuery {
        Objects.requireNonNull(careRecordId, "careRecordId");
        Objects.requireNonNull(paging, "paging");
    }
}
