package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jointcare.views.Timestamps;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The discharge team's page of its notices to GP practices' systems: each delivery state in words
 * (sent and acknowledged, waiting, failed with why and when next, given up), paged, the trust's own
 * notices only, and the access-log row the endpoint writes.
 */
class NoticeDeliveryPagesTest extends PageTest {

    @Test
    void theTeamSeesWhereEachOfItsNoticesStandsAndNoOtherTrusts() throws Exception {
        Instant now = clock.instant();
        Instant later = now.plus(Duration.ofDays(1)); // not due while the test runs: the sender leaves them alone
        UUID sent = outbox("RX9", "SENT", 1, null, null, now.plusSeconds(3600), now.minusSeconds(3600), null);
        jdbc.update("UPDATE delivery_outbox SET acknowledged_at = ? WHERE message_id = ?", Timestamps.column(now.minusSeconds(1800)), sent);
        outbox("RX9", "PENDING", 0, later, null, null, null, null);
        outbox("RX9", "RETRYING", 2, later, "HTTP 503", null, null, null);
        outbox("RX9", "GIVEN_UP", 8, null, "connection refused", null, null, now.minusSeconds(60));
        UUID elsewhere = outbox("RD1", "GIVEN_UP", 8, null, "an RD1 failure", null, null, now.minusSeconds(60));

        MvcResult page = page(HOSPITAL_RX9, "/hospital/notice-deliveries");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(page)).contains("<h1 class=\"govuk-heading-l\">Notices sent to GP practices</h1>",
                "Sent", "Acknowledged by the practice", "after 30 minutes",
                "Waiting to send", "First attempt ",
                "Failed, trying again", "2 attempts failed, the last because: HTTP 503. Next attempt ",
                "Could not be sent", "after 8 attempts, the last failed because: connection refused")
                .doesNotContain("an RD1 failure", elsewhere.toString());
        assertThat(jdbc.queryForList("SELECT action FROM access_log WHERE user_id = ? AND action = 'READ_NOTICE_DELIVERIES'",
                String.class, HOSPITAL_RX9)).isNotEmpty();
        assertThat(page(GP_MARKET_STREET, "/hospital/notice-deliveries").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aLongListIsPaged() throws Exception {
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_outbox WHERE hospital_code = 'RX9'", Long.class);
        for (long i = total; i < 21; i++) {
            outbox("RX9", "SENT", 1, null, null, clock.instant(), clock.instant(), null);
        }
        String first = html(page(HOSPITAL_RX9, "/hospital/notice-deliveries"));
        assertThat(first).contains("govuk-pagination", "href=\"/hospital/notice-deliveries?page=1\"", "rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        String second = html(page(HOSPITAL_RX9, "/hospital/notice-deliveries?page=1"));
        assertThat(second).contains("href=\"/hospital/notice-deliveries?page=0\"", "rel=\"prev\"");
    }

    private UUID outbox(String hospital, String status, int attempts, Instant next, String error, Instant raised, Instant sentAt,
                        Instant givenUp) {
        UUID messageId = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO delivery_outbox (message_id, notice_kind, admission_id, care_record_id, practice_code, hospital_code,
                       raised_at, status, attempts, queued_at, next_attempt_at, last_attempt_at, last_error, sent_at, given_up_at)
                VALUES (?, 'DISCHARGE', ?, ?, 'J82035', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                messageId, UUID.randomUUID(), UUID.randomUUID(), hospital, Timestamps.column(raised == null ? now.plusSeconds(3000) : raised),
                status, attempts, Timestamps.column(now), next == null ? null : Timestamps.column(next),
                attempts == 0 ? null : Timestamps.column(now), error, sentAt == null ? null : Timestamps.column(sentAt),
                givenUp == null ? null : Timestamps.column(givenUp));
        return messageId;
    }
}
