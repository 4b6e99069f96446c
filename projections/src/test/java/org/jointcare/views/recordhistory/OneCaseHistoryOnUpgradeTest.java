package org.jointcare.views.recordhistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store that kept the shared case history apart is upgraded without a rebuild: the record
 * history's rows take the case history's plain words, and the copy goes.
 */
class OneCaseHistoryOnUpgradeTest {

    @Test
    void theRecordHistoryKeepsTheCaseHistorysWordingAndTheCopyIsDropped() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/common").target("3.20").load().migrate();
        UUID worded = UUID.randomUUID();
        UUID onlyInTheHistory = UUID.randomUUID();
        history(jdbc, worded, "Nursing team DN-NORTH assigned");
        history(jdbc, onlyInTheHistory, "Consent to share: AGREED");
        jdbc.update("""
                INSERT INTO dn_case_history (care_record_id, sequence_number, occurred_at, by_user_id, by_role,
                       by_organisation_code, kind, what, clinical_detail)
                VALUES (?, 0, CURRENT_TIMESTAMP, 'gp.one', 'GP_PRACTICE', 'J82034', 'NursingTeamAssigned',
                        'District nursing team DN-NORTH assigned', 'none')""", worded);

        Flyway.configure().dataSource(h2).locations("classpath:db/migration/common").load().migrate();

        assertThat(jdbc.queryForList("SELECT what, clinical_detail FROM record_history_event WHERE care_record_id = ?",
                worded.toString())).singleElement().satisfies(row -> {
                    assertThat(row.get("WHAT")).isEqualTo("District nursing team DN-NORTH assigned");
                    assertThat(row.get("CLINICAL_DETAIL")).isEqualTo("none");
                });
        assertThat(jdbc.queryForObject("SELECT what FROM record_history_event WHERE care_record_id = ?", String.class,
                onlyInTheHistory.toString())).isEqualTo("Consent to share: AGREED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'dn_case_history'",
                Integer.class)).isZero();
    }

    private static void history(JdbcTemplate jdbc, UUID careRecordId, String what) {
        jdbc.update("""
                INSERT INTO record_history_event (care_record_id, sequence_number, event_type, occurred_at, by_user, by_role,
                       by_organisation, what, clinical_detail, payload_type, payload)
                VALUES (?, 0, 'NursingTeamAssigned', CURRENT_TIMESTAMP, 'gp.one', 'GP_PRACTICE', 'J82034', ?, NULL, 'x', '{}')""",
                careRecordId.toString(), what);
    }
}
