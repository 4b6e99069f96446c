package org.jointcare.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.api.JointCareApplication;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.erasure.EraseRecord;
import org.jointcare.carerecord.erasure.ErasureGround;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store that holds events written before personal fields were encrypted: sealing them leaves no
 * personal detail in plain in the event store, every event reads back as it did, an erased person's
 * old events become unreadable as the erasure promised, and a second run finds nothing to do.
 */
class SealingPlainEventsTest {

    private static final Actor GP = new Actor("dr.okafor", Role.GP_PRACTICE, "J82034");
    private static final Actor PRIVACY_OFFICER = new Actor("caldicott.lead", Role.PRIVACY_OFFICER, "SC-NORTH");
    /** Events as they were stored before encryption: the stored shapes, no envelopes. */
    private static final ObjectMapper PLAIN = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @TempDir
    Path dataDir;

    @Test
    void events_stored_in_plain_are_sealed_read_as_before_and_an_erased_persons_become_unreadable() throws Exception {
        UUID kept = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JointCareApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                "--jointcare.demo-data.enabled=false")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            EventStore events = app.getBean(EventStore.class);
            register(commands, kept, "Ysolde", "Marchbankes", "4815162328", "Wandering at night near the Pennyfeather canal");
            register(commands, erased, "Bathsheba", "Quorndonwick", "4815162336", "Falls on the Haverleigh stairs");
            asStoredBeforeEncryption(jdbc, events, kept);
            asStoredBeforeEncryption(jdbc, events, erased);
            assertThat(plainText(jdbc, kept)).contains("Ysolde", "Pennyfeather");
            List<Object> before = payloads(events, kept);

            // erased while its events are plain: the erasure destroys keys, but these events have none
            commands.sendAndWait(new EraseRecord(erased, ErasureGround.UNLAWFUL_PROCESSING, PRIVACY_OFFICER, Instant.now()));
            assertThat(plainText(jdbc, erased)).contains("Quorndonwick");

            PlainEventSealing.Report report = app.getBean(PlainEventSealing.class).sealAll(Duration.ofSeconds(5));

            assertThat(report.sealed()).isEqualTo(4);
            assertThat(report.shredded()).isEqualTo(2);
            assertThat(report.olderRevision()).isZero();
            assertThat(plainText(jdbc, kept)).doesNotContain("Ysolde", "Marchbankes", "4815162328", "Pennyfeather")
                    .contains("$personal");
            assertThat(plainText(jdbc, erased)).doesNotContain("Bathsheba", "Quorndonwick", "4815162336", "Haverleigh");
            // the kept person's events read exactly as before; the erased person's as placeholders
            assertThat(payloads(events, kept)).isEqualTo(before);
            PersonRegistered erasedRegistration = (PersonRegistered) payloads(events, erased).get(0);
            assertThat(erasedRegistration.person().familyName()).isEqualTo(org.jointcare.carerecord.Personal.ERASED);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SnapshotEventEntry", Long.class)).isZero();

            PlainEventSealing.Report again = app.getBean(PlainEventSealing.class).sealAll(Duration.ofSeconds(5));
            assertThat(again.sealed()).isZero();
            assertThat(again.alreadySealed()).isEqualTo(4);
        }
    }

    private static void register(CommandGateway commands, UUID id, String given, String family, String nhs, String reason) {
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        commands.sendAndWait(new RegisterPerson(id, new NhsNumber(nhs), new PersonDetails(given, family, LocalDate.of(1938, 2, 11),
                "J82034", "North Wiltshire", "English", false, null, LivingSituation.LIVES_ALONE, List.of(), null), GP, at));
        commands.sendAndWait(new ReceiveReferral(id, UUID.randomUUID(), ReferralSource.GP, new Requester("Dr Okafor", "J82034"),
                reason, Urgency.SOON, GP, at.plusSeconds(60)));
    }

    /** The record's events written back in plain JSON and its keys gone, as a store kept them before encryption. */
    private static void asStoredBeforeEncryption(JdbcTemplate jdbc, EventStore events, UUID id) throws Exception {
        List<? extends DomainEventMessage<?>> stored = events.readEvents(id.toString()).asStream().toList();
        assertThat(stored).extracting(event -> (Object) event.getPayloadType()).containsExactly(PersonRegistered.class, ReferralReceived.class);
        for (DomainEventMessage<?> event : stored) {
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?",
                    PLAIN.writeValueAsBytes(event.getPayload()), event.getIdentifier());
        }
        jdbc.update("DELETE FROM personal_data_key WHERE care_record_id = ?", id.toString());
        jdbc.update("DELETE FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", id.toString());
    }

    private static String plainText(JdbcTemplate jdbc, UUID id) {
        return String.join("\n", jdbc.queryForList("SELECT CAST(payload AS VARCHAR) FROM DomainEventEntry"
                + " WHERE aggregateIdentifier = ? AND payloadType NOT LIKE '%RecordErased'", String.class, id.toString()));
    }

    private static List<Object> payloads(EventStore events, UUID id) {
        return events.readEvents(id.toString()).asStream().map(DomainEventMessage::getPayload)
                .filter(payload -> !(payload instanceof org.jointcare.carerecord.erasure.RecordErased)).map(Object.class::cast).toList();
    }
}
