package org.jointcare.views;

import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * The events of one care record that came before a given one, read from the event store: for
 * reads that need the record as it stands now (the API's current record and FHIR exports). Views
 * do not use it for each event they handle: one that words or counts an event by what came before
 * keeps the person's record itself ({@link KeptCareRecordStates}).
 */
public interface CareRecordEvents {

    /** The events with a sequence number lower than {@code sequenceNumber}, in order. */
    List<CareRecordEvent> before(UUID careRecordId, long sequenceNumber);

    /** Every event of the record committed so far, in order (its version is their count less one). */
    default List<CareRecordEvent> all(UUID careRecordId) {
        return before(careRecordId, Long.MAX_VALUE);
    }

    /**
     * A whole stream (from sequence number 0, so each event's place in the list is its sequence
     * number) without the entries marked entered in error: what an export or a reading of the record
     * as it stands shows. The markings themselves stay (folded, they take away nothing left).
     */
    static List<CareRecordEvent> withoutEntriesInError(List<CareRecordEvent> stream) {
        java.util.Set<Long> inError = new java.util.HashSet<>();
        for (CareRecordEvent event : stream) {
            if (event instanceof org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError marked) {
                inError.add(marked.sequenceNumber());
            }
        }
        if (inError.isEmpty()) {
            return stream;
        }
        List<CareRecordEvent> kept = new java.util.ArrayList<>();
        for (int sequenceNumber = 0; sequenceNumber < stream.size(); sequenceNumber++) {
            if (!inError.contains((long) sequenceNumber)) {
                kept.add(stream.get(sequenceNumber));
            }
        }
        return List.copyOf(kept);
    }

    /** The record as it stood just before the event with {@code sequenceNumber}. */
    default CareRecordState stateBefore(UUID careRecordId, long sequenceNumber) {
        return CareRecordState.of(careRecordId, before(careRecordId, sequenceNumber));
    }
}
