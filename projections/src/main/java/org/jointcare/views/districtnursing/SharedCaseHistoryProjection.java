package org.jointcare.views.districtnursing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.views.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes every event of a record into its shared case history. An entry is keyed by the
 * event's place on the record (its sequence number), so handling it again rewrites the same row.
 */
@Component
@ProcessingGroup(DistrictNursingViewConfiguration.PROCESSING_GROUP)
public class SharedCaseHistoryProjection {

    private final JdbcTemplate jdbc;

    public SharedCaseHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
        CaseHistoryWording.Wording wording = CaseHistoryWording.of(event);
        jdbc.update("DELETE FROM dn_case_history WHERE care_record_id = ? AND sequence_number = ?",
                event.careRecordId(), sequenceNumber);
        jdbc.update("""
                INSERT INTO dn_case_history (care_record_id, sequence_number, occurred_at, by_user_id, by_role,
                       by_organisation_code, kind, what, clinical_detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.careRecordId(), sequenceNumber, Timestamps.column(event.at()), event.by().userId(),
                event.by().role().name(), event.by().organisationCode(), event.getClass().getSimpleName(),
                wording.what(), wording.clinicalDetail());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM dn_case_history");
    }
}
