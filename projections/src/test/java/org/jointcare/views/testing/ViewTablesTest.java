package org.jointcare.views.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** What the views' migrations leave behind, on H2 or (with -Dviews.test.postgres-url) PostgreSQL. */
class ViewTablesTest {

    private final ViewHarness view = new ViewHarness();

    @Test
    void freeTextTakesAnyLengthTheRecordAcceptsAndRequiredColumnsStayRequired() {
        String longReason = "x".repeat(20_000);
        view.jdbc().update("""
                INSERT INTO caseload_referral (referral_id, care_record_id, source, requester_name, reason, urgency,
                       received_at, respond_by)
                VALUES (?, ?, 'GP', ?, ?, 'SOON', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""",
                UUID.randomUUID(), UUID.randomUUID(), "Dr " + "y".repeat(500), longReason);
        assertThat(view.jdbc().queryForObject("SELECT reason FROM caseload_referral", String.class)).hasSize(20_000);

        assertThatThrownBy(() -> view.jdbc().update("""
                INSERT INTO caseload_referral (referral_id, care_record_id, source, requester_name, reason, urgency,
                       received_at, respond_by)
                VALUES (?, ?, 'GP', 'Dr Okafor', NULL, 'SOON', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""",
                UUID.randomUUID(), UUID.randomUUID())).isInstanceOf(DataIntegrityViolationException.class);
    }
}
