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

    /** The record as it stood just before the event with {@code sequenceNumber}. */
    default CareRecordState stateBefore(UUID careRecordId, long sequenceNumber) {
        return CareRecordState.of(careRecordId, before(careRecordId, sequenceNumber));
    }
}
