package org.jointcare.views.clientleveldata;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the return as the record makes it: the event it reports ({@code eventReference}, which
 * names what caused it: {@code REQ-} a referral, {@code ASM-} a joint assessment, {@code SRV-} a service
 * of a care package as arranged or as an amendment changed it, {@code REV-} a review, {@code CAS-} a
 * carer's assessment, {@code CSU-} the support arranged from a carer's assessment), the care record it comes
 * from, the locality it is counted in, and its values by column. The submission's own columns (local
 * authority, reporting period) are filled when the return is produced.
 */
public record CldRow(String eventReference, UUID careRecordId, String locality, String eventType,
                     LocalDate startDate, LocalDate endDate, Map<CldColumn, String> values) {

    public CldRow {
        EnumMap<CldColumn, String> copy = new EnumMap<>(CldColumn.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** Whether the reporting period takes this row: services while active in it, other events when they ended in it. */
    public boolean reportedIn(Quarter quarter) {
        if (startDate.isAfter(quarter.lastDay())) {
            return false;
        }
        if (CldCodes.SERVICE.equals(eventType)) {
            return endDate == null || !endDate.isBefore(quarter.firstDay());
        }
        return quarter.contains(endDate);
    }
}
