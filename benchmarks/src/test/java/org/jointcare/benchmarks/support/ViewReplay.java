package org.jointcare.benchmarks.support;

import java.time.Duration;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatuses;

/**
 * Rebuilds views and waits for them exactly as an operator's rebuild does ({@link ViewRebuilds},
 * {@link ViewStatuses}), so a figure measured here is the figure an operator gets.
 */
public final class ViewReplay {

    private ViewReplay() {
    }

    public static long head(EventStore store) {
        TrackingToken head = store.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }

    /** Rebuilds one view; answers how long it took. */
    public static Duration rebuild(ViewRebuilds rebuilds, ViewDefinition view) {
        return rebuilds.rebuild(view.processingGroup()).took();
    }

    /** Waits until every streaming view has handled every event now in the store. */
    public static void awaitAll(ViewStatuses statuses, Duration timeout) {
        for (ViewDefinition view : statuses.definitions()) {
            statuses.awaitCaughtUp(view.processingGroup(), timeout);
        }
    }
}
