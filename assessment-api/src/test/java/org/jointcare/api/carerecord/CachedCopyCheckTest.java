package org.jointcare.api.carerecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

/** A cached care record is used only while the event store holds no event it lacks. */
class CachedCopyCheckTest {

    static class Probe {
        @AggregateIdentifier
        String id = "probe";
    }

    private final Map<String, Long> stored = new HashMap<>();
    private final CachedCopyCheck check = new CachedCopyCheck(id -> Optional.ofNullable(stored.get(id)));
    private final CareRecordCache cache = new CareRecordCache(new CareRecordSettings.Cache(10, Duration.ofMinutes(30)), check);

    @Test
    void theVersionACopyWasCachedAtIsReadFromAxonsEntry() {
        assertThat(CachedCopyCheck.versionOf(cachedAt(7))).isEqualTo(7L);
    }

    @Test
    void aCopyAtTheStoredVersionIsUsed() {
        stored.put("probe", 7L);
        cache.put("probe", cachedAt(7));

        assertThat(cache.<String, Object>get("probe")).isNotNull();
        assertThat(check.staleCopies()).isZero();
    }

    @Test
    void aCopyBehindTheStoreIsDroppedSoTheRecordIsLoadedFromItsEvents() {
        cache.put("probe", cachedAt(7));
        stored.put("probe", 9L); // another node appended two events

        assertThat(cache.<String, Object>get("probe")).isNull();
        assertThat(cache.containsKey("probe")).isFalse();
        assertThat(check.staleCopies()).isEqualTo(1);
    }

    private static AggregateCacheEntry<Probe> cachedAt(long version) {
        EventSourcedAggregate<Probe> aggregate = EventSourcedAggregate.initialize(new Probe(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Probe.class), SimpleEventBus.builder().build(),
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initSequence(version);
        return new AggregateCacheEntry<>(aggregate);
    }
}
