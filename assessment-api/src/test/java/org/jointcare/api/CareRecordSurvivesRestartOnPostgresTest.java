package org.jointcare.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.api.carerecord.JointJourneyFixture;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.carerecord.CareRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same restart proof on PostgreSQL (the {@code postgres} profile), for whoever has one at
 * hand: set JOINTCARE_TEST_POSTGRES_URL (e.g. jdbc:postgresql://localhost:5432/jointcare_test),
 * JOINTCARE_DB_USER and JOINTCARE_DB_PASSWORD. Skipped otherwise, so `mvn verify` needs no
 * database server.
 */
@EnabledIfEnvironmentVariable(named = "JOINTCARE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class CareRecordSurvivesRestartOnPostgresTest {

    @Test
    void aWholeJourneyIsStillThereAfterARestartOnPostgres() {
        JointJourneyFixture journey = JointJourneyFixture.startingAt(Instant.parse("2026-01-05T09:30:00Z"), TestNhsNumbers.next());
        UUID id = journey.careRecordId();

        try (ConfigurableApplicationContext first = JointCareApplication.start(arguments())) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            journey.commands().forEach(commands::sendAndWait);
        }

        try (ConfigurableApplicationContext second = JointCareApplication.start(arguments())) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            List<String> types = jdbc.queryForList(
                            "SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                            String.class, id.toString())
                    .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
            assertThat(types).containsExactlyElementsOf(JointJourneyFixture.EVENTS);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_largeobject_metadata", Long.class)).isZero();
            String firstPayload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry"
                    + " WHERE aggregateIdentifier = ? AND sequenceNumber = 0", String.class, id.toString());
            assertThat(firstPayload).contains("\"careRecordId\":\"" + id + "\"");

            DomainEventMessage<?> firstMessage = second.getBean(EventStore.class).readEvents(id.toString()).next();
            assertThat(firstMessage.getPayloadType()).isEqualTo(CareRecord.class);
        }
    }

    private static String[] arguments() {
        return new String[] {
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + System.getenv("JOINTCARE_TEST_POSTGRES_URL"),
                "--server.port=0",
                "--jointcare.demo-data.enabled=false",
                "--jointcare.care-record.snapshot-threshold=5"};
    }
}
