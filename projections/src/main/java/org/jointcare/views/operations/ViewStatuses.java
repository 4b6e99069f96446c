package org.jointcare.views.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.jointcare.views.ViewDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Where each view stands: its definition, its processor's position against the store's head, its parked events. */
@Component
public class ViewStatuses {

    private final Map<String, ViewDefinition> views;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final EventStore eventStore;

    public ViewStatuses(List<ViewDefinition> views, ObjectProvider<EventProcessingConfiguration> processing,
                        EventStore eventStore) {
        this.views = views.stream().collect(Collectors.toMap(ViewDefinition::processingGroup, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two views declare processing group " + a.processingGroup());
                }, TreeMap::new));
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Every view, by processing group name. */
    public List<ViewDefinition> definitions() {
        return List.copyOf(views.values());
    }

    public ViewDefinition definition(String processingGroup) {
        ViewDefinition view = views.get(processingGroup);
        if (view == null) {
            throw new NoSuchElementException("No view has processing group '" + processingGroup
                    + "'. Known: " + String.join(", ", views.keySet()));
        }
        return view;
    }

    public List<ViewStatus> views() {
        return views.keySet().stream().map(this::status).toList();
    }

    public ViewStatus status(String processingGroup) {
        ViewDefinition view = definition(processingGroup);
        long head = headPosition();
        EventProcessor processor = processor(processingGroup);
        if (processor instanceof StreamingEventProcessor streaming) {
            Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
            long position = status.values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(p -> p.orElse(-1))
                    .min().orElse(-1);
            String error = status.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
            return new ViewStatus(processingGroup, view.mode(), view.batchSize(), status.size(),
                    streaming.isRunning(), streaming.isReplaying(),
                    !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp),
                    position, head, deadLetterCount(processingGroup), error);
        }
        return new ViewStatus(processingGroup, view.mode(), view.batchSize(), 1,
                processor.isRunning(), false, true, -1, head, 0, null);
    }

    /** Waits until a streaming view has handled every event now in the store (for tests and scripts). */
    public void awaitCaughtUp(String processingGroup, Duration timeout) {
        ViewDefinition view = definition(processingGroup);
        if (view.mode() != ViewDefinition.Mode.STREAMING) {
            return;
        }
        long head = headPosition();
        StreamingEventProcessor processor = streamingProcessor(processingGroup);
        if (!CatchingUp.waitUntil(() -> CatchingUp.caughtUpTo(processor, head), Instant.now().plus(timeout), null, null)) {
            throw new IllegalStateException("View '" + processingGroup + "' did not catch up within " + timeout
                    + ": " + status(processingGroup));
        }
    }

    /** The processing groups, in order. */
    List<String> groups() {
        return List.copyOf(views.keySet());
    }

    long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return -1;
        }
        OptionalLong position = head.position();
        return position.orElse(-1);
    }

    EventProcessor processor(String group) {
        return processing.getObject().eventProcessor(group)
                .orElseThrow(() -> new IllegalStateException("No event processor is registered for view '" + group + "'"));
    }

    StreamingEventProcessor streamingProcessor(String group) {
        EventProcessor processor = processor(group);
        if (processor instanceof StreamingEventProcessor streaming) {
            return streaming;
        }
        throw new IllegalStateException("View '" + group + "' is not processed by a streaming processor");
    }

    private long deadLetterCount(String group) {
        return processing.getObject().deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }
}
