package org.jointcare.views.recordhistory;

import java.util.List;
import java.util.UUID;

public record RecordHistory(UUID careRecordId, int page, int size, long total, List<HistoryEntry> entries) {
}
