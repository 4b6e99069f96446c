package org.jointcare.carerecord.registration;

import java.util.UUID;

/**
 * The set of NHS numbers already held, shared by every care record. Registration claims the
 * number in the same transaction that stores the new record's first event, so the claim and
 * the record stand or fall together, across restarts and concurrent registrations.
 */
public interface NhsNumberRegistry {

    /**
     * Claims the number for the record.
     *
     * @return false if another record already holds it
     */
    boolean claim(NhsNumber nhsNumber, UUID careRecordId);
}
