package org.jointcare.api.carerecord;

import java.lang.reflect.Field;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * Tells whether a care record kept in memory is still the record as stored. Several nodes share
 * one database: another node may have appended events to a person since this node cached their
 * record, and a command decided on the old copy would refuse a valid step (a care rule read old
 * state) or collide on the record's next sequence number. So before a cached copy is used, the
 * record's last sequence number is read from the event store (one primary-key lookup, inside the
 * command's transaction, while this node holds the record's lock); a copy at any other version is
 * dropped and the record is loaded from its events.
 * <p>
 * Axon's {@link AggregateCacheEntry} keeps the version it was cached at in a private field and
 * offers no getter; it is read by reflection. Should a later Axon rename it, every copy counts as
 * stale (always correct, only slower) and {@code CachedCopyCheckTest} fails.
 */
public class CachedCopyCheck {

    private static final Field VERSION = versionField();

    private final Function<String, Optional<Long>> storedVersion;
    private final AtomicLong staleCopies = new AtomicLong();

    /** @param storedVersion the record's last sequence number in the event store, read now */
    public CachedCopyCheck(Function<String, Optional<Long>> storedVersion) {
        this.storedVersion = storedVersion;
    }

    /** @return true when {@code cached} holds every event the store has for the record {@code key} */
    public boolean isCurrent(Object key, Object cached) {
        if (!(cached instanceof AggregateCacheEntry<?> entry)) {
            return true;
        }
        Long cachedVersion = versionOf(entry);
        boolean current = cachedVersion != null
                && Objects.equals(cachedVersion, storedVersion.apply(key.toString()).orElse(null));
        if (!current) {
            staleCopies.incrementAndGet();
        }
        return current;
    }

    /** How many cached copies were found behind the event store (and reloaded) since the start. */
    public long staleCopies() {
        return staleCopies.get();
    }

    static Long versionOf(AggregateCacheEntry<?> entry) {
        if (VERSION == null) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException | ClassCastException e) {
            return null;
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
