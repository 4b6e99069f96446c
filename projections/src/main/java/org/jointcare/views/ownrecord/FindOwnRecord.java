package org.jointcare.views.ownrecord;

import java.util.UUID;

/**
 * A person's own record; what has happened comes newest first, a page (from 0) at a time. The
 * lines that tell clinical content are read only {@code withClinicalDetail}: the asker says whether
 * the reader is entitled to them, and pages and totals are counted without them when not.
 */
public record FindOwnRecord(UUID careRecordId, int page, int size, boolean withClinicalDetail) {

    public FindOwnRecord {
        if (careRecordId == null) {
            throw new IllegalArgumentException("An own record needs the record");
        }
    }
}
