package org.jointcare.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewStatuses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 appends a chunk per commit and, with {@code WRITE_DELAY=0}, never compacts on its own: left
 * alone, a few hundred commands leave a file tens of times the size of the rows in it. With the
 * housekeeping, once H2's retention time has passed, the file is at most three times the bytes
 * its tables hold (sizes, never times: the waits only let the retention time pass).
 */
@SpringBootTest
class StoreStaysInProportionTest {

    private static final int JOURNEYS = 20;

    @Autowired
    CommandGateway commands;

    @Autowired
    ViewStatuses operations;

    @Autowired
    java.util.List<ViewDefinition> views;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoreHousekeeping housekeeping;

    @Test
    void a_few_hundred_commands_leave_a_file_at_most_three_times_the_data_it_holds() throws Exception {
        int sent = 0;
        for (int i = 0; i < JOURNEYS; i++) {
            CareJourney journey = CareJourney.startingAt(
                    Instant.parse("2026-01-05T09:30:00Z").plus(Duration.ofDays(3L * i)), TestNhsNumbers.next());
            for (Object command : journey.commands()) {
                commands.sendAndWait(command);
                sent++;
            }
        }
        views.forEach(view -> operations.awaitCaughtUp(view.processingGroup(), Duration.ofSeconds(60)));
        assertThat(sent).isGreaterThanOrEqualTo(300);
        long writtenSoFar = housekeeping.figures().orElseThrow().chunksWritten();

        // chunks younger than the retention time are never rewritten nor reused, and a run's own
        // rewrite leaves young chunks behind it: let the retention time pass before every run, as
        // the scheduled runs a second apart do under steady load
        for (int run = 0; run < 20 && (run == 0 || fileSize() > 3 * heldBytes()); run++) {
            Thread.sleep(housekeeping.settings().retention().toMillis() + 500);
            housekeeping.runOnce();
        }

        long held = heldBytes();
        assertThat(held).as("bytes held by the tables").isPositive();
        assertThat(fileSize()).as("the H2 file against the %,d bytes its tables hold (%d chunks written)", held, writtenSoFar)
                .isLessThanOrEqualTo(3 * held);
        assertThat(housekeeping.failures()).isZero();
    }

    private long fileSize() throws java.io.IOException {
        return Files.size(Path.of(jdbc.queryForObject("SELECT DATABASE_PATH()", String.class) + ".mv.db"));
    }

    /** The sum of every table's size with its indexes, as H2 counts it: events, snapshots, views, tokens, access log. */
    private long heldBytes() {
        Long bytes = jdbc.queryForObject("SELECT SUM(DB_OBJECT_TOTAL_SIZE('TABLE', TABLE_SCHEMA, TABLE_NAME)) "
                + "FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", Long.class);
        return bytes == null ? 0 : bytes;
    }
}
