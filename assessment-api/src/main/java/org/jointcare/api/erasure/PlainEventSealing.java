package org.jointcare.api.erasure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.erasure.RecordErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the events stored before personal fields were encrypted: each such event is read, written
 * again by {@link PersonalDataSerializer} (its personal fields under a key of its own entry) and its
 * stored payload replaced, in batches, each batch one transaction with the keys it created. The event
 * keeps its place, identifier, type and revision, and reads back as it did. An event of a record
 * already erased, or an entry already marked entered in error, is sealed and its key destroyed at once,
 * so what the erasure promised is true of it too. Snapshots (the aggregate's state in plain JSON) are
 * deleted when anything was sealed: they are taken again as records are used.
 *
 * <p>Events stored at an older revision than their class's (read through an upcaster) are left as they
 * are and counted: sealing them would mean writing them at the new revision. The operator's command
 * for this is {@link SealPlainEventsCommand}; on H2 the replaced bytes stay in the file until it is
 * compacted (docs/operations.md, "Sealing events stored in plain").
 */
@Component
public class PlainEventSealing {

    private static final Logger log = LoggerFactory.getLogger(PlainEventSealing.class);
    private static final int BATCH = 500;
    private static final byte[] MARK = ("\"" + PersonalDataSerializer.MARK + "\"").getBytes(StandardCharsets.UTF_8);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PersonalDataSerializer serializer;
    private final PersonalDataKeys keys;

    public PlainEventSealing(JdbcTemplate jdbc, TransactionTemplate transactions,
                             @Qualifier("eventSerializer") Serializer eventSerializer, PersonalDataKeys keys) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serializer = (PersonalDataSerializer) eventSerializer;
        this.keys = keys;
    }

    /**
     * What a sealing did: events {@code examined}, {@code sealed} now, found {@code alreadySealed},
     * with {@code nothingPersonal} in them, left at an {@code olderRevision}; of those sealed, how many
     * were {@code shredded} at once (erased record, entry in error); {@code snapshotsDeleted}.
     */
    public record Report(long examined, long sealed, long alreadySealed, long nothingPersonal, long olderRevision,
                         long shredded, int snapshotsDeleted) {
    }

    private record Stored(long globalIndex, String aggregateIdentifier, long sequenceNumber, String payloadType,
                          String payloadRevision, byte[] payload) {
    }

    private static final class Counts {
        long examined;
        long sealed;
        long alreadySealed;
        long nothingPersonal;
        long olderRevision;
        long shredded;
    }

    /** Seals every plain event of the store, logging a progress line every {@code progressEvery}. */
    public Report sealAll(Duration progressEvery) {
        Set<String> erased = new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT aggregateIdentifier FROM DomainEventEntry WHERE payloadType = ?", String.class,
                RecordErased.class.getName()));
        Set<String> inError = entriesInError();
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        Counts counts = new Counts();
        Instant nextProgress = Instant.now().plus(progressEvery);
        long after = 0;
        while (true) {
            List<Stored> batch = jdbc.query("""
                    SELECT globalIndex, aggregateIdentifier, sequenceNumber, payloadType, payloadRevision, payload
                      FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex FETCH FIRST %d ROWS ONLY""".formatted(BATCH),
                    (rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getBytes(6)), after);
            if (batch.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> batch.forEach(stored -> seal(stored, erased, inError, counts)));
            after = batch.get(batch.size() - 1).globalIndex();
            if (Instant.now().isAfter(nextProgress)) {
                log.info("Sealing plain events: {} examined, {} sealed, up to event {} of {}", counts.examined, counts.sealed,
                        after, last);
                nextProgress = Instant.now().plus(progressEvery);
            }
        }
        int snapshots = counts.sealed == 0 ? 0 : jdbc.update("DELETE FROM SnapshotEventEntry");
        Report report = new Report(counts.examined, counts.sealed, counts.alreadySealed, counts.nothingPersonal,
                counts.olderRevision, counts.shredded, snapshots);
        log.info("Sealing plain events done: {}", report);
        return report;
    }

    private void seal(Stored stored, Set<String> erased, Set<String> inError, Counts counts) {
        counts.examined++;
        if (contains(stored.payload(), MARK)) {
            counts.alreadySealed++;
            return;
        }
        Class<?> type = serializer.classForType(new SimpleSerializedType(stored.payloadType(), stored.payloadRevision()));
        if (!CareRecordEvent.class.isAssignableFrom(type)) {
            counts.nothingPersonal++;
            return;
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (!Objects.equals(revision == null ? null : revision.value(), stored.payloadRevision())) {
            counts.olderRevision++;
            return;
        }
        Object event = serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), byte[].class,
                stored.payloadType(), stored.payloadRevision()));
        SerializedObject<byte[]> sealed = serializer.serialize(event, byte[].class);
        List<String> keyIds = serializer.keyIdsIn(sealed.getData());
        if (keyIds.isEmpty()) {
            counts.nothingPersonal++;
            return;
        }
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", sealed.getData(), stored.globalIndex());
        counts.sealed++;
        if (erased.contains(stored.aggregateIdentifier())
                || inError.contains(stored.aggregateIdentifier() + "/" + stored.sequenceNumber())) {
            keys.destroyKeys(UUID.fromString(stored.aggregateIdentifier()), keyIds);
            counts.shredded++;
        }
    }

    /** The entries marked entered in error, as "record/sequence number". */
    private Set<String> entriesInError() {
        Set<String> entries = new HashSet<>();
        jdbc.query("SELECT payloadType, payloadRevision, payload FROM DomainEventEntry WHERE payloadType = ?", rs -> {
            EntryMarkedEnteredInError marked = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(3), byte[].class,
                    rs.getString(1), rs.getString(2)));
            entries.add(marked.careRecordId() + "/" + marked.sequenceNumber());
        }, EntryMarkedEnteredInError.class.getName());
        return entries;
    }

    private static boolean contains(byte[] payload, byte[] part) {
        outer:
        for (int i = 0; i <= payload.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (payload[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
