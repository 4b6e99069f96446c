package org.jointcare.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.junit.jupiter.api.Test;

/** Counter rows are safe from two segments at once only if each bucket lies in one segment. */
class SegmentBucketsTest {

    @Test
    void everyBucketLiesInOneSegmentForUpToSixteenSegments() {
        for (int segments = 1; segments <= SegmentBuckets.BUCKETS; segments *= 2) {
            List<Segment> split = Segment.splitBalanced(Segment.ROOT_SEGMENT, segments - 1);
            Map<Integer, Integer> segmentOfBucket = new HashMap<>();
            for (int i = 0; i < 2_000; i++) {
                DomainEventMessage<String> event = new GenericDomainEventMessage<>("CareRecord",
                        UUID.randomUUID().toString(), 0, "payload");
                Object sequence = SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
                int segment = split.stream().filter(s -> s.matches(sequence)).mapToInt(Segment::getSegmentId)
                        .findFirst().orElseThrow();
                Integer before = segmentOfBucket.putIfAbsent(SegmentBuckets.of(event), segment);
                assertThat(before).as("segments %d, bucket %d", segments, SegmentBuckets.of(event)).isIn(null, segment);
            }
            assertThat(segmentOfBucket).hasSize(SegmentBuckets.BUCKETS);
        }
    }
}
