package org.jointcare.views.recordhistory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.views.ErasedRecords;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every event of every record as a history row, worded once, with the event itself, from
 * which {@link RecordHistoryQueries} answers the histories and the record "as at" an instant.
 */
@Component
@ProcessingGroup(RecordHistoryViewDefinition.PROCESSING_GROUP)
public class RecordHistoryProjection {

    /** Pinned here, not Spring's: the stored rows must not change shape with application settings. */
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JdbcTemplate jdbc;

    public RecordHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
        RecordHistoryWording.Wording wording = RecordHistoryWording.of(event);
        // keyed by the event's place on the record: handling it again rewrites the same row
        jdbc.update("DELETE FROM record_history_event WHERE care_record_id = ? AND sequence_number = ?",
                event.careRecordId().toString(), sequenceNumber);
        jdbc.update("INSERT INTO record_history_event (care_record_id, sequence_number, event_type, occurred_at,"
                        + " by_user, by_role, by_organisation, what, clinical_detail, payload_type, payload)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.careRecordId().toString(), sequenceNumber, event.getClass().getSimpleName(),
                OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC), event.by().userId(), event.by().role().name(),
                event.by().organisationCode(), wording.what(), wording.clinicalDetail(),
                event.getClass().getName(), toJson(event));
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM record_history_event");
    }

    private static String toJson(CareRecordEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep " + event.getClass().getSimpleName() + " in the history", e);
        }
    }

    /** An entry marked entered in error leaves the history; the marking's own line says only that one was. */
    @EventHandler
    public void on(EntryMarkedEnteredInError event, @SequenceNumber long sequenceNumber) {
        on((CareRecordEvent) event, sequenceNumber);
        jdbc.update("DELETE FROM record_history_event WHERE care_record_id = ? AND sequence_number = ?",
                event.careRecordId().toString(), event.sequenceNumber());
    }

    /** The record was erased: the view forgets the person (ErasedRecords). */
    @EventHandler
    void on(RecordErased event) {
        ErasedRecords.forgetByText(jdbc, event.careRecordId(), "record_history_event");
    }
}
