package org.jointcare.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.carerecord.CareRecordEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a person's earlier events from the event store, in the handler's own transaction.
 *
 * <p>Always from sequence number 0, never from a snapshot: a snapshot is the aggregate's state,
 * not the events a reader folds. A person read again and again would have the same stream read
 * each time, so the streams last read are kept (a person's stream only ever grows; what was read
 * once stays true) and only the events after them are fetched.
 */
@Component
public class EventStoreCareRecordEvents implements CareRecordEvents {

    private final EventStore eventStore;
    private final Map<UUID, List<CareRecordEvent>> recentStreams;

    public EventStoreCareRecordEvents(EventStore eventStore,
                                      @Value("${jointcare.views.recent-streams:2000}") int recentStreams) {
        this.eventStore = eventStore;
        this.recentStreams = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, List<CareRecordEvent>> eldest) {
                return size() > recentStreams;
            }
        });
    }

    @Override
    public List<CareRecordEvent> before(UUID careRecordId, long sequenceNumber) {
        List<CareRecordEvent> known = recentStreams.getOrDefault(careRecordId, List.of());
        if (known.size() < sequenceNumber) {
            List<CareRecordEvent> longer = new ArrayList<>(known);
            DomainEventStream stream = eventStore.readEvents(careRecordId.toString(), known.size());
            while (stream.hasNext()) {
                DomainEventMessage<?> message = stream.next();
                if (message.getSequenceNumber() != longer.size() || !(message.getPayload() instanceof CareRecordEvent event)) {
                    throw new IllegalStateException("The stream of care record " + careRecordId
                            + " is not a gapless run of care record events at sequence number " + message.getSequenceNumber());
                }
                longer.add(event);
            }
            known = List.copyOf(longer);
            recentStreams.put(careRecordId, known);
        }
        return known.subList(0, (int) Math.min(sequenceNumber, known.size()));
    }
}
