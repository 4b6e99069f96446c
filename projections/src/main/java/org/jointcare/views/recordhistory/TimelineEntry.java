package org.jointcare.views.recordhistory;

import java.time.Instant;
import java.util.UUID;
import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.Role;

/**
 * One event of a person's shared case history: the same row as a {@link HistoryEntry}, in the
 * shape the shared case history has always answered.
 *
 * @param kind           the event's kind (its class's simple name)
 * @param clinicalDetail the clinical detail of the event, or null; withheld from roles that may not see it
 */
public record TimelineEntry(UUID careRecordId, long sequenceNumber, Instant at, String byUserId, Role byRole,
                            String byOrganisationCode, String kind, String what, @Clinical String clinicalDetail) {

    /** The entry as a role that must not see clinical detail reads it. */
    public TimelineEntry withoutClinicalDetail() {
        return new TimelineEntry(careRecordId, sequenceNumber, at, byUserId, byRole, byOrganisationCode, kind, what, null);
    }

    public boolean hasClinicalDetail() {
        return clinicalDetail != null;
    }
}
