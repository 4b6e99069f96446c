package org.jointcare.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointcare.carerecord.CareRecordEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each person's record as a view last folded it, kept in a table of the view's own, so a view
 * that words or counts an event by what came before it reads one row instead of the person's
 * whole stream. The row is written in the same transaction as the view's other rows, so it
 * always stands exactly after the last event the view applied; a rebuild empties it with them.
 *
 * <p>The table has the columns {@code care_record_id VARCHAR(36)} (key), {@code sequence_number}
 * (of the last event folded in) and {@code state} (the fold as JSON).
 *
 * <h2>Within a transaction: read once, written once</h2>
 * A streaming view handles a batch of events in one transaction. Reading, parsing, serialising and
 * writing the person's whole record at every event was about 40% of the processor's time in each of
 * the three views that keep records (JFR of a rebuild of every view: the SELECT, the JSON parse and
 * the JSON write and UPDATE of {@code fold}). So, inside a Spring transaction, a person's record is
 * read from the table at most once per transaction, folded in memory from event to event, and
 * written once, just before the transaction commits (a JDBC batch of the records the transaction
 * changed). The table therefore still stands exactly after the last event the committed
 * transaction applied: what the view's other rows and its token say.
 *
 * <p>What is kept in memory belongs to the transaction and goes with it, committed or rolled back;
 * nothing is carried from one transaction to the next. That is what keeps it right with several
 * nodes: a transaction that handles a batch holds the claim on the view's segment, and its token is
 * stored in it (the token store refuses the update if the claim was lost, and the whole batch rolls
 * back). Between two transactions, another node may take the segment over, or rebuild the view, and
 * apply the same person's events from its own copy of the events (where a shredded entry may now
 * read differently); a record remembered from an earlier transaction could then look current by its
 * sequence number and still differ from the row, and writing it back would undo the other node's
 * work. Reading the row at the first event of each transaction costs one query per person per batch
 * and needs no knowledge of who held the claim meanwhile. The sequence-number check stays as it was:
 * a redelivered event (at or below the kept sequence number) is passed over, a gap is refused.
 *
 * <p>A handler that fails runs in a savepoint that is rolled back (the event is parked); the fold it
 * made in memory is taken back with it ({@link HandlerUndo}), so the next event of the batch (of
 * someone else: the person's later events queue behind the parked one) sees the record as the table
 * will. Erasure ({@link #forget}) and reset ({@link #forgetAll()}) drop the memory with the rows.
 *
 * <p>Outside a transaction with synchronisation (a bare {@code JdbcTemplate} in auto-commit), each
 * fold reads and writes the row at once, as before.
 */
public final class KeptCareRecordStates {

    /** Pinned here, not Spring's: the kept states must not change shape with application settings. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The record just before an event and just after it. Neither may be changed by the caller. */
    public record Step(CareRecordState before, CareRecordState after) {
    }

    private final JdbcTemplate jdbc;
    private final String table;

    public KeptCareRecordStates(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /**
     * Folds the event into the person's kept record and keeps the result. Empty when the view has
     * already applied this event (a redelivery): its effects are in the view already.
     */
    public Optional<Step> fold(CareRecordEvent event, long sequenceNumber) {
        String id = event.careRecordId().toString();
        Transaction transaction = transaction();
        Kept kept;
        if (transaction != null && transaction.records.containsKey(id)) {
            kept = transaction.records.get(id);
        } else {
            kept = read(id);
        }
        CareRecordState before;
        CareRecordState after;
        if (kept == null) {
            if (sequenceNumber != 0) {
                throw new IllegalStateException(table + " holds no record " + id + " to fold the event at sequence number "
                        + sequenceNumber + " into; the view must be rebuilt from the start");
            }
            before = new CareRecordState(event.careRecordId());
            after = new CareRecordState(event.careRecordId()).apply(event);
        } else {
            if (sequenceNumber <= kept.sequenceNumber()) {
                return Optional.empty();
            }
            if (sequenceNumber != kept.sequenceNumber() + 1) {
                throw new IllegalStateException(table + " last folded event " + kept.sequenceNumber() + " of record " + id
                        + " and is handed event " + sequenceNumber + ": the events between are missing");
            }
            before = kept.state();
            after = kept.state().copy().apply(event);
        }
        boolean stored = kept != null && kept.stored();
        if (transaction == null) {
            write(id, sequenceNumber, after, stored);
        } else {
            boolean known = transaction.records.containsKey(id);
            Kept previous = transaction.records.put(id, new Kept(sequenceNumber, after, stored, true));
            HandlerUndo.onRollback(() -> {
                if (known) {
                    transaction.records.put(id, previous);
                } else {
                    transaction.records.remove(id);
                }
            });
        }
        return Optional.of(new Step(before, after));
    }

    /** Erasure: the view forgets the person's kept record (the caller deletes the row with the person's other rows). */
    public void forget(java.util.UUID careRecordId) {
        Transaction transaction = transaction();
        if (transaction != null) {
            String id = careRecordId.toString();
            boolean known = transaction.records.containsKey(id);
            Kept previous = transaction.records.remove(id);
            HandlerUndo.onRollback(() -> {
                if (known) {
                    transaction.records.put(id, previous);
                }
            });
        }
    }

    /** What a reset does first: the view forgets every record with its other rows. */
    public void forgetAll() {
        Transaction transaction = transaction();
        if (transaction != null) {
            Map<String, Kept> previous = new HashMap<>(transaction.records);
            transaction.records.clear();
            HandlerUndo.onRollback(() -> transaction.records.putAll(previous));
        }
        jdbc.update("DELETE FROM " + table);
    }

    /**
     * A record as this transaction last left it: {@code stored} when the table has a row for the
     * person (an UPDATE writes it, else an INSERT), {@code changed} when it differs from that row.
     */
    private record Kept(long sequenceNumber, CareRecordState state, boolean stored, boolean changed) {
    }

    private Kept read(String id) {
        List<Kept> kept = jdbc.query("SELECT sequence_number, state FROM " + table + " WHERE care_record_id = ?",
                (rs, row) -> new Kept(rs.getLong(1), fromJson(rs.getString(2)), true, false), id);
        return kept.isEmpty() ? null : kept.get(0);
    }

    private void write(String id, long sequenceNumber, CareRecordState state, boolean stored) {
        if (stored) {
            jdbc.update("UPDATE " + table + " SET sequence_number = ?, state = ? WHERE care_record_id = ?",
                    sequenceNumber, toJson(state), id);
        } else {
            jdbc.update("INSERT INTO " + table + " (care_record_id, sequence_number, state) VALUES (?, ?, ?)",
                    id, sequenceNumber, toJson(state));
        }
    }

    /** This transaction's records, bound to it on first use; null outside a transaction with synchronisation. */
    private Transaction transaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Transaction transaction = (Transaction) TransactionSynchronizationManager.getResource(this);
        if (transaction == null) {
            transaction = new Transaction();
            TransactionSynchronizationManager.bindResource(this, transaction);
            TransactionSynchronizationManager.registerSynchronization(transaction);
        }
        return transaction;
    }

    /** The records one transaction folded, written just before it commits and forgotten when it ends. */
    private final class Transaction implements TransactionSynchronization {

        private final Map<String, Kept> records = new HashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            records.forEach((id, kept) -> {
                if (kept.changed()) {
                    String json = toJson(kept.state());
                    if (kept.stored()) {
                        updates.add(new Object[] {kept.sequenceNumber(), json, id});
                    } else {
                        inserts.add(new Object[] {id, kept.sequenceNumber(), json});
                    }
                }
            });
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("UPDATE " + table + " SET sequence_number = ?, state = ? WHERE care_record_id = ?", updates);
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO " + table + " (care_record_id, sequence_number, state) VALUES (?, ?, ?)", inserts);
            }
            records.clear();
        }

        @Override
        public void afterCompletion(int status) {
            records.clear();
            TransactionSynchronizationManager.unbindResourceIfPossible(KeptCareRecordStates.this);
        }
    }

    private static String toJson(CareRecordState state) {
        try {
            return JSON.writeValueAsString(state.snapshot());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the record " + state.careRecordId(), e);
        }
    }

    private static CareRecordState fromJson(String json) {
        try {
            return CareRecordState.of(JSON.readValue(json, CareRecordState.Snapshot.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a kept record", e);
        }
    }
}
