package org.jointcare.api.carerecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class CareRecordCacheTest {

    @Test
    void theCacheNeverHoldsMoreRecordsThanItsCeiling() {
        CareRecordCache cache = new CareRecordCache(new CareRecordSettings.Cache(100, Duration.ofMinutes(30)));
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });

        for (int record = 0; record < 1_000; record++) {
            cache.put("record-" + record, new Object());
        }

        assertThat(cache.size()).isLessThanOrEqualTo(100);
        assertThat(expired).hasSizeGreaterThanOrEqualTo(900);
    }

    @Test
    void aRecordIsReadBackUntilItIsRemoved() {
        CareRecordCache cache = new CareRecordCache(new CareRecordSettings.Cache(10, Duration.ofMinutes(30)));
        Object record = new Object();

        assertThat(cache.putIfAbsent("a", record)).isTrue();
        assertThat(cache.putIfAbsent("a", new Object())).isFalse();
        assertThat(cache.<String, Object>get("a")).isSameAs(record);
        assertThat(cache.<Object>computeIfAbsent("a", Object::new)).isSameAs(record);

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.<String, Object>get("a")).isNull();
    }
}
