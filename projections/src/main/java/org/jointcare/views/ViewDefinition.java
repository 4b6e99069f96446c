package org.jointcare.views;

import java.util.List;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.EventMessage;

/**
 * How one view is processed: its processing group, how it reads the event stream and which
 * tables hold it. Each view publishes one as a Spring bean; the processing configuration
 * registers a processor per definition, and operations use {@code tables} to compare a live
 * view with a rebuilt one.
 *
 * <p>Every view package has the same shape, named after its processing group (package
 * {@code gppractice}, group {@code gp-practice}): {@code GpPracticeProjection} writes the tables,
 * {@code GpPracticeQueries} answers the view's queries, {@code GpPracticeViewDefinition} publishes
 * this definition.
 *
 * @param processingGroup  the Axon processing group of the view's handlers
 * @param mode             STREAMING views follow the event store with their own token;
 *                         SUBSCRIBING views are updated in the command's own transaction, so
 *                         they are strictly consistent with the events
 * @param batchSize        events handled per transaction (streaming only)
 * @param sequencingPolicy which events must be handled in order: per person for every view
 * @param tables           the view's own tables, in the order they can be emptied
 */
public record ViewDefinition(
        String processingGroup,
        Mode mode,
        int batchSize,
        SequencingPolicy<? super EventMessage<?>> sequencingPolicy,
        List<String> tables) {

    public enum Mode { STREAMING, SUBSCRIBING }

    public ViewDefinition {
        tables = List.copyOf(tables);
    }

    /** A streaming view whose events are handled in order per person (care record). */
    public static ViewDefinition streamingPerPerson(String processingGroup, int batchSize, String... tables) {
        return new ViewDefinition(processingGroup, Mode.STREAMING, batchSize,
                SequentialPerAggregatePolicy.instance(), List.of(tables));
    }

    /** A view updated in the same transaction as the events it reflects. */
    public static ViewDefinition subscribing(String processingGroup, String... tables) {
        return new ViewDefinition(processingGroup, Mode.SUBSCRIBING, 1,
                SequentialPerAggregatePolicy.instance(), List.of(tables));
    }
}
