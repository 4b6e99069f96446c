package org.jointcare.views;

import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Slices of people for counter rows that a streaming view keeps (a total per list, split per
 * bucket and summed when read). A streaming processor splits events between its segments by
 * {@code Objects.hashCode(sequence identifier) & mask}; a bucket is the same hash masked to
 * {@value #BUCKETS} slices, so while a view has at most {@value #BUCKETS} segments every bucket
 * lies within one segment. Two segments then never update the same counter row: no waiting on
 * each other's row locks and no deadlock between their batches.
 */
public final class SegmentBuckets {

    /** A power of two, and at least the number of segments of any view that keeps counters. */
    public static final int BUCKETS = 16;

    private SegmentBuckets() {
    }

    /** The bucket of the person the event is about, by the sequencing policy of every per-person view. */
    public static int of(EventMessage<?> event) {
        return Objects.hashCode(SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event)) & (BUCKETS - 1);
    }
}
