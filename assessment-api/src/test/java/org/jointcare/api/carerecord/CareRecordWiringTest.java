package org.jointcare.api.carerecord;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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

    @Test
    void aRegisteredRecordIsCachedAndAtVersionZero() {
        assertThat(axon.repository(CareRecord.class)).isInstanceOf(CachingEventSourcingRepository.class);
        assertThat(settings.snapshotThreshold()).isEqualTo(100);
        UUID id = UUID.randomUUID();
        assertThat(versions.currentVersion(id)).isEmpty();

        commands.sendAndWait(new RegisterPerson(id, null, new PersonDetails("Yusuf", "Ahmed", LocalDate.of(1952, 6, 1),
                "J82036", "South Wiltshire", "Arabic", true, null, LivingSituation.LIVES_WITH_FAMILY, List.of()),
                new Actor("tom.hughes", Role.LINKWORKER, "SC-SOUTH"), Instant.parse("2026-03-01T09:00:00Z")));

        assertThat(cache.containsKey(id.toString())).isTrue();
        assertThat(versions.currentVersion(id)).contains(0L);
    }
}
