package org.jointcare.api.erasure;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.erasure.RecordErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an erasure does outside the views, in the transaction that stores {@link RecordErased}
 * (a subscribing processor of its own whose failure fails the command, {@link ErasureConfiguration}):
 * the person's keys are destroyed, so every personal field of their events is unreadable from the
 * commit on; the record's snapshots (the aggregate's state in plain JSON) are deleted; the NHS
 * number claim, queued notice deliveries and the reasons written in emergency-access alerts go.
 * The access log keeps its rows (who read which record id, when): it names no one but by the
 * record's id, and it is the audit trail of the record, erasure included.
 *
 * <p>Also the hook for one entry recorded in error: {@link #shredEntry}.
 */
@Component
@DisallowReplay
@ProcessingGroup(ErasureConfiguration.PROCESSING_GROUP)
public class ErasureConsequences {

    private static final Logger log = LoggerFactory.getLogger(ErasureConsequences.class);

    private final PersonalDataKeys keys;
    private final PersonalDataSerializer serializer;
    private final JdbcTemplate jdbc;

    public ErasureConsequences(PersonalDataKeys keys,
                               @org.springframework.beans.factory.annotation.Qualifier("eventSerializer")
                               org.axonframework.serialization.Serializer eventSerializer,
                               JdbcTemplate jdbc) {
        this.keys = keys;
        this.serializer = (PersonalDataSerializer) eventSerializer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RecordErased event) {
        UUID id = event.careRecordId();
        int destroyed = keys.destroyRecord(id);
        jdbc.update("DELETE FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", id.toString());
        jdbc.update("DELETE FROM nhs_number_claim WHERE care_record_id = ?", id.toString());
        jdbc.update("DELETE FROM delivery_outbox WHERE care_record_id = ?", id);
        jdbc.update("UPDATE emergency_access_alert SET reason = ? WHERE care_record_id = ?",
                org.jointcare.carerecord.Personal.ERASED, id.toString());
        log.info("Care record {} erased ({}): {} keys destroyed", id, event.ground(), destroyed);
    }

    /**
     * An entry marked entered in error was about someone else: its personal content is shredded in the
     * same transaction, so what was written about the wrong person is unreadable in the store from the
     * commit on, while the event stays for audit.
     */
    @EventHandler
    void on(EntryMarkedEnteredInError event) {
        List<String> ids = jdbc.queryForList(
                "SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
                String.class, event.careRecordId().toString(), event.sequenceNumber());
        for (String eventIdentifier : ids) {
            int destroyed = shredEntry(event.careRecordId(), eventIdentifier);
            log.info("Entry {} of care record {} entered in error: {} keys destroyed", event.sequenceNumber(),
                    event.careRecordId(), destroyed);
        }
    }

    /**
     * Shreds one entry: destroys the key of the stored event {@code eventIdentifier} (Axon's event
     * identifier) of the record, so its personal fields read as placeholders from now on while the
     * event itself stays for audit. For an entry marked entered in error; call it in the transaction
     * that records the marking. Answers how many keys were destroyed (0 for an entry with no personal
     * fields, or one already shredded); refuses an event of another record.
     */
    public int shredEntry(UUID careRecordId, String eventIdentifier) {
        List<byte[]> payloads = jdbc.query(
                "SELECT payload FROM DomainEventEntry WHERE eventIdentifier = ? AND aggregateIdentifier = ?",
                (rs, row) -> rs.getBytes(1), eventIdentifier, careRecordId.toString());
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("No event " + eventIdentifier + " on care record " + careRecordId);
        }
        return keys.destroyKeys(careRecordId, serializer.keyIdsIn(payloads.get(0)));
    }
}
