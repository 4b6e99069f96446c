package org.jointcare.views;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every view does when a record is erased ({@code RecordErased}): it forgets the person, deleting
 * each of its rows about them, in the order given (rows keyed by an admission first, through the
 * table that ties the admission to the person). Replayed, the same deletes leave the same view.
 */
public final class ErasedRecords {

    private ErasedRecords() {
    }

    /** Deletes the admission-keyed rows of {@code admissionTables} whose admission {@code stays} ties to the person. */
    public static void forgetAdmissions(JdbcTemplate jdbc, UUID careRecordId, String stays, String... admissionTables) {
        for (String table : admissionTables) {
            jdbc.update("DELETE FROM " + table + " WHERE admission_id IN (SELECT admission_id FROM " + stays
                    + " WHERE care_record_id = ?)", careRecordId);
        }
    }

    /** Deletes the person's rows from each table whose {@code care_record_id} is a UUID column. */
    public static void forget(JdbcTemplate jdbc, UUID careRecordId, String... tables) {
        for (String table : tables) {
            jdbc.update("DELETE FROM " + table + " WHERE care_record_id = ?", careRecordId);
        }
    }

    /** Deletes the person's rows from each table whose {@code care_record_id} is text (VARCHAR(36)). */
    public static void forgetByText(JdbcTemplate jdbc, UUID careRecordId, String... tables) {
        for (String table : tables) {
            jdbc.update("DELETE FROM " + table + " WHERE care_record_id = ?", careRecordId.toString());
        }
    }
}
