package org.jointcare.views.ownrecord;

import java.util.List;
import java.util.UUID;

/**
 * What is held about a person, in plain words: who we have you down as, your care as it stands
 * today, and what has happened (newest first).
 */
public record OwnRecord(
        UUID careRecordId,
        String name,
        String aboutYou,
        List<String> yourCareNow,
        int page,
        int size,
        long totalEntries,
        List<OwnRecordEntry> whatHasHappened) {
}
