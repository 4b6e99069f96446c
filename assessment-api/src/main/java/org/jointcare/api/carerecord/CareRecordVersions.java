package org.jointcare.api.carerecord;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The current version of a care record: the sequence number of its newest event (0 after
 * registration). The API sends it as the ETag and expects it back in If-Match.
 */
@Component
public class CareRecordVersions {

    private final EventStore eventStore;

    public CareRecordVersions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when no such record exists. */
    public Optional<Long> currentVersion(UUID careRecordId) {
        return eventStore.lastSequenceNumberFor(careRecordId.toString());
    }
}
