package org.jointcare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The restart proof on PostgreSQL (the {@code postgres} profile, as a deployment runs it), on a
 * fresh database of the embedded server: every test of {@link CareRecordSurvivesRestartTest},
 * and what only PostgreSQL can get wrong — payloads stored as large objects instead of bytes.
 */
class CareRecordSurvivesRestartOnPostgresTest extends CareRecordSurvivesRestartTest {

    private String databaseUrl;

    @BeforeEach
    void freshDatabase() {
        databaseUrl = EmbeddedPostgresServer.freshDatabase("jointcare");
    }

    @Override
    protected String[] arguments() {
        return new String[] {
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--spring.datasource.password=",
                "--jointcare.crypto.master-key=" + EmbeddedPostgresServer.MASTER_KEY,
                "--server.port=0",
                "--jointcare.demo-data.enabled=false",
                "--jointcare.care-record.snapshot-threshold=" + SNAPSHOT_THRESHOLD};
    }

    @Test
    void payloadsAreReadableBytesNeverLargeObjects() {
        CareJourney journey = CareJourney.startingAt(Instant.parse("2026-01-05T09:30:00Z"), TestNhsNumbers.next());
        UUID id = journey.careRecordId();
        try (ConfigurableApplicationContext application = JointCareApplication.start(arguments())) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            journey.commands().forEach(commands::sendAndWait);

            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_largeobject_metadata", Long.class)).isZero();
            String firstPayload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry"
                    + " WHERE aggregateIdentifier = ? AND sequenceNumber = 0", String.class, id.toString());
            assertThat(firstPayload).contains("\"careRecordId\":\"" + id + "\"");
            // snapshots are taken on another thread: their column types say how they will be stored
            assertThat(jdbc.queryForList("SELECT DISTINCT data_type FROM information_schema.columns"
                    + " WHERE table_name IN ('domainevententry', 'snapshotevententry') AND column_name IN ('payload', 'metadata')",
                    String.class)).containsExactly("bytea");
        }
    }
}
