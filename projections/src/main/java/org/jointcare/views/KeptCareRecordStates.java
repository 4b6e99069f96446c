package org.jointcare.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointcare.carerecord.CareRecordEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each person's record as a view last folded it, kept in a table of the view's own, so a view
 * that words or counts an event by what came before it reads one row instead of the person's
 * whole stream. The row is written in the same transaction as the view's other rows, so it
 * always stands exactly after the last event the view applied; a rebuild empties it with them.
 *
 * <p>The table has the columns {@code care_record_id VARCHAR(36)} (key), {@code sequence_number}
 * (of the last event folded in) and {@code state} (the fold as JSON).
 */
public final class KeptCareRecordStates {

    /** Pinned here, not Spring's: the kept states must not change shape with application settings. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The record just before an event and just after it. */
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
        List<KeptRow> kept = jdbc.query("SELECT sequence_number, state FROM " + table + " WHERE care_record_id = ?",
                (rs, row) -> new KeptRow(rs.getLong(1), rs.getString(2)), id);
        CareRecordState before;
        CareRecordState after;
        if (kept.isEmpty()) {
            if (sequenceNumber != 0) {
                throw new IllegalStateException(table + " holds no record " + id + " to fold the event at sequence number "
                        + sequenceNumber + " into; the view must be rebuilt from the start");
            }
            before = new CareRecordState(event.careRecordId());
            after = new CareRecordState(event.careRecordId()).apply(event);
            jdbc.update("INSERT INTO " + table + " (care_record_id, sequence_number, state) VALUES (?, ?, ?)",
                    id, sequenceNumber, toJson(after));
        } else {
            KeptRow row = kept.get(0);
            if (sequenceNumber <= row.sequenceNumber()) {
                return Optional.empty();
            }
            if (sequenceNumber != row.sequenceNumber() + 1) {
                throw new IllegalStateException(table + " last folded event " + row.sequenceNumber() + " of record " + id
                        + " and is handed event " + sequenceNumber + ": the events between are missing");
            }
            before = fromJson(row.state());
            after = fromJson(row.state()).apply(event);
            jdbc.update("UPDATE " + table + " SET sequence_number = ?, state = ? WHERE care_record_id = ?",
                    sequenceNumber, toJson(after), id);
        }
        return Optional.of(new Step(before, after));
    }

    /** What a reset does first: the view forgets every record with its other rows. */
    public void forgetAll() {
        jdbc.update("DELETE FROM " + table);
    }

    private record KeptRow(long sequenceNumber, String state) {
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
