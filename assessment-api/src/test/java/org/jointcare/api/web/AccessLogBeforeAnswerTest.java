package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jointcare.api.access.FailingAccessLogInsert;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Access-log rows of concurrent requests share commits, but each request's row is committed before
 * its answer goes out, and a request whose row could not be stored is answered 500 (problem+json),
 * never with the record.
 */
class AccessLogBeforeAnswerTest extends ApiTest {

    @Test
    void concurrentReadsEachHaveTheirRowStoredBeforeTheirAnswer() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        int readers = 24;
        String batch = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < readers; i++) {
                String correlation = "concurrent-" + batch + "-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    MvcResult result = perform(get(records(person)).with(httpBasic(GP_RIVERSIDE, PASSWORD))
                            .header("X-Correlation-Id", correlation));
                    assertThat(result.getResponse().getStatus()).isEqualTo(200);
                    // the answer is out: its row must already be committed (read on another connection)
                    return rowsWithCorrelation(correlation) == 1;
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).as("row stored before the answer").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE correlation_id LIKE ?", Long.class,
                "concurrent-" + batch + "-%")).isEqualTo(readers);
    }

    @Test
    void aReadWhoseRowCannotBeStoredIsRefusedWith500AndNoRecord() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        jdbc.execute("CREATE TRIGGER fail_access_log_insert BEFORE INSERT ON access_log FOR EACH ROW CALL \""
                + FailingAccessLogInsert.class.getName() + "\"");
        try {
            String correlation = "fail-" + UUID.randomUUID();
            MvcResult result = perform(get(records(person)).with(httpBasic(GP_RIVERSIDE, PASSWORD))
                    .header("X-Correlation-Id", correlation));

            assertThat(result.getResponse().getStatus()).isEqualTo(500);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(body(result).path("code").asText()).isEqualTo("internal-error");
            assertThat(rowsWithCorrelation(correlation)).isZero();

            // the failure was that request's alone: the next read is logged and answered
            String next = "after-" + UUID.randomUUID();
            MvcResult after = perform(get(records(person)).with(httpBasic(GP_RIVERSIDE, PASSWORD))
                    .header("X-Correlation-Id", next));
            assertThat(after.getResponse().getStatus()).isEqualTo(200);
            assertThat(rowsWithCorrelation(next)).isEqualTo(1);
        } finally {
            jdbc.execute("DROP TRIGGER fail_access_log_insert");
        }
    }

    private long rowsWithCorrelation(String correlation) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE correlation_id = ?", Long.class, correlation);
        return rows == null ? 0 : rows;
    }
}
