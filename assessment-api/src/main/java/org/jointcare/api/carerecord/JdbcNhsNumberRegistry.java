package org.jointcare.api.carerecord;

import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.NhsNumberRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NHS numbers held in {@code nhs_number_claim}. The claim is written through the command's own
 * transaction (Axon's command bus runs each command in a Spring transaction over the same
 * DataSource), so it commits with the record's first event or not at all. Two registrations
 * racing for one number meet on the primary key: the second waits for the first and then finds
 * the number taken.
 */
@Component
public class JdbcNhsNumberRegistry implements NhsNumberRegistry {

    private final JdbcTemplate jdbc;

    public JdbcNhsNumberRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(NhsNumber nhsNumber, UUID careRecordId) {
        List<String> holders = jdbc.queryForList(
                "SELECT care_record_id FROM nhs_number_claim WHERE nhs_number = ?", String.class, nhsNumber.value());
        if (!holders.isEmpty()) {
            return holders.get(0).equals(careRecordId.toString());
        }
        try {
            jdbc.update("INSERT INTO nhs_number_claim (nhs_number, care_record_id) VALUES (?, ?)",
                    nhsNumber.value(), careRecordId.toString());
            return true;
        } catch (DuplicateKeyException claimedMeanwhile) {
            return false;
        }
    }
}
