package org.jointcare.api.carerecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecord;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.AssignNursingTeam;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The care record is loaded through the configured cache and versioned for ETags. */
@SpringBootTest
class CareRecordWiringTest {

    @Autowired
    Configuration axon;

    @Autowired
    CareRecordCache cache;

    @Autowired
    CommandGateway commands;

    @Autowired
    CareRecordVersions versions;

    @Autowired
    CareRecordSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegisteredRecordIsCachedAndAtVersionZero() {
        assertThat(axon.repository(CareRecord.class)).isInstanceOf(CachingEventSourcingRepository.class);
        assertThat(settings.snapshotThreshold()).isEqualTo(100);
        UUID id = UUID.randomUUID();
        assertThat(versions.currentVersion(id)).isEmpty();

        commands.sendAndWait(new RegisterPerson(id, null, new PersonDetails("Yusuf", "Ahmed", LocalDate.of(1952, 6, 1),
                "J82036", "South Wiltshire", "Arabic", true, null, LivingSituation.LIVES_WITH_FAMILY, List.of(), null),
                new Actor("tom.hughes", Role.LINKWORKER, "SC-SOUTH"), Instant.parse("2026-03-01T09:00:00Z")));

        assertThat(cache.containsKey(id.toString())).isTrue();
        assertThat(versions.currentVersion(id)).contains(0L);
    }

    /**
     * A snapshot written by an earlier shape of the record (no revision, or another one) is not
     * read: the record is rebuilt from its events. Here the stale snapshot claims the record is
     * closed, which its events do not say; were it read, the next step would be refused.
     */
    @Test
    void aSnapshotOfAnotherRevisionIsIgnoredAndTheRecordRebuiltFromItsEvents() {
        UUID id = UUID.randomUUID();
        Actor nurse = new Actor("owen.price", Role.DISTRICT_NURSE, "DN-SOUTH");
        commands.sendAndWait(new RegisterPerson(id, null, new PersonDetails("Yusuf", "Ahmed", LocalDate.of(1952, 6, 1),
                "J82036", "South Wiltshire", "Arabic", true, null, LivingSituation.LIVES_WITH_FAMILY, List.of(), null),
                nurse, Instant.parse("2026-03-01T09:00:00Z")));
        String aggregateType = jdbc.queryForObject(
                "SELECT type FROM DomainEventEntry WHERE aggregateIdentifier = ?", String.class, id.toString());
        jdbc.update("INSERT INTO SnapshotEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                        + " payload, payloadRevision, payloadType, timeStamp) VALUES (?, 0, ?, ?, ?, ?, NULL, ?, ?)",
                id.toString(), aggregateType, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                ("{\"careRecordId\":\"" + id + "\",\"closed\":true}").getBytes(StandardCharsets.UTF_8),
                CareRecord.class.getName(), "2026-03-01T09:00:01Z");
        cache.remove(id.toString());

        commands.sendAndWait(new AssignNursingTeam(id, "DN-SOUTH", nurse, Instant.parse("2026-03-02T09:00:00Z")));

        assertThat(versions.currentVersion(id)).contains(1L);
    }
}

