package org.jointcare.views;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.carerecord.CareRecordEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a person's earlier events from the event store, in the handler's own transaction.
 * Always from sequence number 0: reading "from the start" would begin at the latest snapshot,
 * and a snapshot is the aggregate's state, not the events a view folds.
 */
@Component
public class EventStoreCareRecordEvents implements CareRecordEvents {

    private final EventStore eventStore;

    public EventStoreCareRecordEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<CareRecordEvent> before(UUID careRecordId, long sequenceNumber) {
        List<CareRecordEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(careRecordId.toString(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() >= sequenceNumber) {
                break;
            }
            if (message.getPayload() instanceof CareRecordEvent event) {
                events.add(event);
            }
        }
        return events;
    }
}
