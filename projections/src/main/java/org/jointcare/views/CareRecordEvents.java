package org.jointcare.views;

import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * The events of one care record that came before a given one. Views that must not keep rows
 * about people (commissioning) or that word an event by what came before it (the person's own
 * record) read the person's earlier events instead of copying facts into their own tables; as
 * the answer depends only on the stream up to that event, a replay gives the same result.
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
