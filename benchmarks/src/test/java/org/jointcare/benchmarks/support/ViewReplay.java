package org.jointcare.benchmarks.support;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewOperations;

/**
 * Rebuilds a view the way {@link ViewOperations#rebuild} does (shut the processor down, reset its
 * tokens, which empties the view, start it again) but decides it has finished when every segment
 * has reached the head of the store as it was when the rebuild began — by position, as
 * ViewOperations now does too: Axon ends a replay only when an event arrives <em>after</em> the
 * reset position, so waiting for "not replaying" never returns on a quiet store (finding 3 in
 * docs/performance.md). Subscribing views go through ViewOperations unchanged.
 */
public final class ViewReplay {

    private ViewReplay() {
    }

    public static long head(EventStore store) {
        TrackingToken head = store.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }

    /** Rebuilds one view; prints a progress line every {@code progressEvery}. Returns how long it took. */
    public static Duration rebuild(ViewOperations operations, EventProcessingConfiguration processing, EventStore store,
                                   ViewDefinition view, Duration progressEvery, Duration timeout) {
        long started = System.nanoTime();
        if (view.mode() == ViewDefinition.Mode.SUBSCRIBING) {
            operations.rebuild(view.processingGroup());
            return Duration.ofNanos(System.nanoTime() - started);
        }
        long head = head(store);
        StreamingEventProcessor processor = processing.eventProcessor(view.processingGroup(), StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor for " + view.processingGroup()));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitPosition(view.processingGroup(), processor, head, started, progressEvery, timeout);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits until every streaming view has handled every event now in the store. */
    public static void awaitAll(ViewOperations operations, EventProcessingConfiguration processing, EventStore store, Duration timeout) {
        long head = head(store);
        for (ViewDefinition view : operations.definitions()) {
            if (view.mode() == ViewDefinition.Mode.STREAMING) {
                StreamingEventProcessor processor = processing.eventProcessor(view.processingGroup(), StreamingEventProcessor.class)
                        .orElseThrow();
                awaitPosition(view.processingGroup(), processor, head, System.nanoTime(), Duration.ofSeconds(10), timeout);
            }
        }
    }

    private static void awaitPosition(String group, StreamingEventProcessor processor, long head, long started,
                                      Duration progressEvery, Duration timeout) {
        long deadline = started + timeout.toNanos();
        long nextProgress = System.nanoTime() + progressEvery.toNanos();
        while (!passed(processor, head)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("view " + group + " did not reach " + head + " within " + timeout + ": "
                        + processor.processingStatus());
            }
            if (System.nanoTime() > nextProgress) {
                long position = lowest(processor);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("rebuilding %s: at global position %,d of %,d (%d%%), %.0f events/s so far%n", group, position, head,
                        head <= 0 ? 100 : Math.max(0, position * 100 / head), Math.max(0, position) / seconds);
                nextProgress = System.nanoTime() + progressEvery.toNanos();
            }
            JointCareProcess.sleep(50);
        }
    }

    private static boolean passed(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return false;
        }
        int segments = status.values().iterator().next().getSegment().getMask() + 1;
        return status.size() >= segments && status.values().stream()
                .allMatch(s -> !s.isErrorState() && s.getCurrentPosition().orElse(-1) >= head);
    }

    private static long lowest(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }
}
