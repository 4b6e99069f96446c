package org.jointcare.api.carerecord;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Care records kept in memory between commands, bounded in size and idle time. Axon's default
 * cache holds weak references and so grows with the heap; this one has a ceiling an operator
 * can size. Axon drops a record from the cache when its command rolls back, so a conflict with
 * another node is followed by a fresh load; with a {@link CachedCopyCheck}, a copy another node
 * has moved past is dropped before it is used.
 */
public class CareRecordCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> cache;
    private final ConcurrentMap<Object, Object> entries;
    private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();
    private final CachedCopyCheck check;

    public CareRecordCache(CareRecordSettings.Cache settings) {
        this(settings, null);
    }

    /** @param check asked before a cached copy is handed out; null trusts every copy (one node alone) */
    public CareRecordCache(CareRecordSettings.Cache settings, CachedCopyCheck check) {
        this.check = check;
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.maximumSize())
                .expireAfterAccess(settings.expireAfterAccess())
                // evict on the writing thread: no background pool to size or to leak in tests
                .executor(Runnable::run)
                .removalListener((Object key, Object value, RemovalCause cause) -> {
                    if (key != null && cause.wasEvicted()) {
                        listeners.forEach(listener -> listener.onEntryExpired(key));
                    }
                })
                .build();
        this.entries = cache.asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null && check != null && !check.isCurrent(key, value)) {
            remove(key);
            return null;
        }
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        requireValue(value);
        Object previous = entries.put(key, value);
        if (previous == null) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, value));
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        requireValue(value);
        boolean created = entries.putIfAbsent(key, value) == null;
        if (created) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return created;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        boolean[] created = {false};
        Object value = entries.computeIfAbsent(key, k -> {
            T supplied = valueSupplier.get();
            requireValue(supplied);
            created[0] = true;
            return supplied;
        });
        if (created[0]) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, current) -> {
            V updated = update.apply((V) current);
            if (updated == null) {
                listeners.forEach(listener -> listener.onEntryRemoved(key));
            } else {
                listeners.forEach(listener -> listener.onEntryUpdated(key, updated));
            }
            return updated;
        });
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        entries.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many cached copies were found behind the event store and dropped since the start. */
    public long staleCopies() {
        return check == null ? 0 : check.staleCopies();
    }

    /** How many records are in memory now (approximate while evictions are pending). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static void requireValue(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("A cached care record cannot be null");
        }
    }
}
