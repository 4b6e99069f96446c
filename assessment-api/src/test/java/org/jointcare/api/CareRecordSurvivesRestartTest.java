package org.jointcare.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.jointcare.api.carerecord.CareRecordVersions;
import org.jointcare.api.carerecord.ExpectedVersionCommandTargetResolver;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.carerecord.CareRecord;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's whole journey is sent through the command gateway, the application is stopped,
 * and a new one started on the same H2 file finds every event, in order, and the record's
 * state intact. {@link CareRecordSurvivesRestartOnPostgresTest} runs the same on PostgreSQL.
 */
class CareRecordSurvivesRestartTest {

    static final int SNAPSHOT_THRESHOLD = 10;

    @TempDir
    Path dataDir;

    @Test
    void aWholeJourneyIsStillThereAfterARestart() {
        CareJourney journey = CareJourney.startingAt(Instant.parse("2026-01-05T09:30:00Z"), new NhsNumber("9434765919"));
        UUID id = journey.careRecordId();

        System.clearProperty(JointCareApplication.UPDATE_CHECKER_DISABLED);
        try (ConfigurableApplicationContext first = JointCareApplication.start(arguments())) {
            assertThat(System.getProperty(JointCareApplication.UPDATE_CHECKER_DISABLED))
                    .as("main sets the opt-out before Spring starts").isEqualTo("true");
            CommandGateway commands = first.getBean(CommandGateway.class);
            journey.commands().forEach(commands::sendAndWait);

            assertThat(storedEventTypes(first, id)).containsExactlyElementsOf(CareJourney.EVENTS);
            assertThat(first.getBean(CareRecordVersions.class).currentVersion(id))
                    .contains((long) CareJourney.EVENTS.size() - 1);
        }

        try (ConfigurableApplicationContext second = JointCareApplication.start(arguments())) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            CommandGateway commands = second.getBean(CommandGateway.class);

            // every event, in order, numbered without gaps
            assertThat(storedEventTypes(second, id)).containsExactlyElementsOf(CareJourney.EVENTS);
            List<Long> sequenceNumbers = jdbc.queryForList(
                    "SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY globalIndex",
                    Long.class, id.toString());
            assertThat(sequenceNumbers).containsExactlyElementsOf(
                    LongStream.range(0, CareJourney.EVENTS.size()).boxed().toList());
            List<String> payloadTypes = jdbc.queryForList(
                    "SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY globalIndex",
                    String.class, id.toString());
            assertThat(payloadTypes).allSatisfy(type -> assertThat(type).startsWith("org.jointcare.carerecord."));
            assertThat(jdbc.queryForList("SELECT DISTINCT payloadRevision FROM DomainEventEntry", String.class))
                    .containsExactly("1");

            // events written after the restart continue the global index with no jump
            commands.sendAndWait(new AcceptReferral(id, journey.reopeningReferralId(), CareJourney.PRACTICES.get(0).linkworker().userId(),
                    CareJourney.PRACTICES.get(0).linkworker(), journey.day(201)));
            List<Long> globalIndexes = jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry ORDER BY globalIndex", Long.class);
            assertThat(globalIndexes).containsExactlyElementsOf(
                    LongStream.rangeClosed(1, CareJourney.EVENTS.size() + 1).boxed().toList());

            // the state came back: a discharge notice acknowledged before the restart stays acknowledged
            assertThatThrownBy(() -> commands.sendAndWait(new AcknowledgeDischargeNotice(id, journey.admissionId(),
                    CareJourney.PRACTICES.get(0).gp(), journey.day(202))))
                    .isInstanceOfSatisfying(CareRuleViolation.class,
                            refusal -> assertThat(refusal.rule()).isEqualTo(CareRule.NOTICE_ALREADY_ACKNOWLEDGED));
            // ... and the NHS number is still held by this record
            assertThatThrownBy(() -> commands.sendAndWait(new RegisterPerson(UUID.randomUUID(), new NhsNumber(journey.nhsNumber()),
                    new PersonDetails("Someone", "Else", java.time.LocalDate.of(1950, 1, 1), "J82034", "North Wiltshire",
                            null, false, null, LivingSituation.LIVES_ALONE, List.of(), null),
                    CareJourney.PRACTICES.get(0).gp(), journey.day(202))))
                    .isInstanceOfSatisfying(CareRuleViolation.class,
                            refusal -> assertThat(refusal.rule()).isEqualTo(CareRule.NHS_NUMBER_ALREADY_REGISTERED));

            // snapshots were taken once the record passed the threshold, and they read back as a CareRecord
            Long snapshotAt = jdbc.queryForObject(
                    "SELECT MAX(sequenceNumber) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", Long.class, id.toString());
            assertThat(snapshotAt).isNotNull().isGreaterThanOrEqualTo((long) SNAPSHOT_THRESHOLD);
            DomainEventStream stream = second.getBean(EventStore.class).readEvents(id.toString());
            DomainEventMessage<?> first = stream.next();
            assertThat(first.getPayloadType()).isEqualTo(CareRecord.class);
            assertThat(first.getSequenceNumber()).isEqualTo(snapshotAt);

            // a write that carries a stale version is refused; one with the current version goes through
            long current = second.getBean(CareRecordVersions.class).currentVersion(id).orElseThrow();
            assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage
                    .asCommandMessage(new RecordConsent(id, ConsentDecision.REFUSED, null, CareJourney.PRACTICES.get(0).gp(), journey.day(203)))
                    .withMetaData(Map.of(ExpectedVersionCommandTargetResolver.EXPECTED_VERSION, current - 1))))
                    .isInstanceOf(ConflictingAggregateVersionException.class);
            commands.sendAndWait(GenericCommandMessage
                    .asCommandMessage(new RecordConsent(id, ConsentDecision.REFUSED, null, CareJourney.PRACTICES.get(0).gp(), journey.day(203)))
                    .withMetaData(Map.of(ExpectedVersionCommandTargetResolver.EXPECTED_VERSION, current)));
            assertThat(second.getBean(CareRecordVersions.class).currentVersion(id)).contains(current + 1);
        }
    }

    /** How both applications are started: on the same database, so the second finds what the first wrote. */
    protected String[] arguments() {
        return new String[] {
                "--server.port=0",
                "--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                "--jointcare.demo-data.enabled=false",
                "--jointcare.care-record.snapshot-threshold=" + SNAPSHOT_THRESHOLD};
    }

    private static List<String> storedEventTypes(ConfigurableApplicationContext context, UUID id) {
        return context.getBean(JdbcTemplate.class).queryForList(
                        "SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                        String.class, id.toString())
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}
