package org.jointcare.views.recordhistory;

import java.time.Instant;
import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.Role;

/**
 * One event of the record, as a line of its history.
 *
 * @param what           what happened, without clinical detail
 * @param clinicalDetail medical history, prognosis, clinical summary or medication changes, or
 *                       null; shown only to roles allowed clinical detail
 */
public record HistoryEntry(
        long sequenceNumber,
        Instant at,
        String eventType,
        String byUser,
        Role byRole,
        String byOrganisation,
        String what,
        @Clinical String clinicalDetail) {
}
