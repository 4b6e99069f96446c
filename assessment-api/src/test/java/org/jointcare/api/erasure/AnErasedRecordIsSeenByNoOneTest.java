package org.jointcare.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.api.web.ApiTest;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.erasure.EraseRecord;
import org.jointcare.carerecord.erasure.ErasureGround;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sharing consequence of an erasure: from the next request nobody reaches the record, its FHIR export included. */
class AnErasedRecordIsSeenByNoOneTest extends ApiTest {

    @Autowired
    CommandGateway commands;

    @Test
    void fromTheNextRequestTheRegisteredPracticeAndItsLinkworkerGetWhatAnUnknownIdGets() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Erasmussen");
        assertThat(read(GP_RIVERSIDE, records(person)).getResponse().getStatus()).isEqualTo(200);
        assertThat(read(LINKWORKER_NORTH, records(person)).getResponse().getStatus()).isEqualTo(200);

        commands.sendAndWait(new EraseRecord(person, ErasureGround.UNLAWFUL_PROCESSING,
                new Actor(PRIVACY_OFFICER, Role.PRIVACY_OFFICER, "QOX"), clock.instant()));

        for (String who : new String[] {GP_RIVERSIDE, LINKWORKER_NORTH}) {
            var answer = read(who, records(person)).getResponse();
            assertThat(answer.getStatus()).as(who).isEqualTo(404);
            assertThat(answer.getContentAsString()).doesNotContain("Erasmussen");
            assertThat(read(who, "/fhir/R4/Patient/" + person).getResponse().getStatus()).as(who + " FHIR").isEqualTo(404);
        }
        // an erased record answers as an id that never existed: the same stable problem type
        assertThat(body(read(GP_RIVERSIDE, records(person))).path("type").asText())
                .isNotBlank().isEqualTo(body(read(GP_RIVERSIDE, records(UUID.randomUUID()))).path("type").asText());
    }

    @Test
    void thePrivacyOfficerErasesOverTheApiOnAGroundAndNobodyElseMay() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Eraseley");
        String erasure = records(person) + "/erasure";

        var early = send(PRIVACY_OFFICER, erasure, Map.of("ground", "END_OF_RETENTION_PERIOD")).getResponse();
        assertThat(early.getStatus()).as("an open record is kept").isEqualTo(409);
        assertThat(early.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(early.getContentAsString()).path("type").asText()).endsWith("retention-period-not-ended");
        assertThat(send(PRIVACY_OFFICER, erasure, Map.of()).getResponse().getStatus()).as("no ground").isEqualTo(422);
        for (String notTheirs : new String[] {GP_RIVERSIDE, LINKWORKER_NORTH, COMMISSIONER}) {
            assertThat(send(notTheirs, erasure, Map.of("ground", "UNLAWFUL_PROCESSING")).getResponse().getStatus())
                    .as(notTheirs).isEqualTo(403);
        }
        assertThat(read(GP_RIVERSIDE, records(person)).getResponse().getStatus()).as("nothing erased yet").isEqualTo(200);

        var erased = send(PRIVACY_OFFICER, erasure, Map.of("ground", "UNLAWFUL_PROCESSING")).getResponse();
        assertThat(erased.getStatus()).isEqualTo(200);
        assertThat(erased.getContentAsString()).doesNotContain("Eraseley");
        assertThat(read(GP_RIVERSIDE, records(person)).getResponse().getStatus()).isEqualTo(404);
        assertThat(send(PRIVACY_OFFICER, erasure, Map.of("ground", "UNLAWFUL_PROCESSING")).getResponse().getStatus())
                .as("erased once: then as an unknown id").isEqualTo(404);
        assertThat(accessLogFor(person)).anySatisfy(row -> {
            assertThat(row.get("user_id")).isEqualTo(PRIVACY_OFFICER);
            assertThat(row.get("action")).isEqualTo("ERASE_CARE_RECORD");
            assertThat(row.get("outcome")).isEqualTo("ALLOWED");
        });
    }

    @Autowired
    ErasureConsequences erasure;
    @Autowired
    org.axonframework.eventsourcing.eventstore.EventStore eventStore;

    @Test
    void shreddingOneEntryLeavesItAsPlaceholdersAndTheRestOfTheRecordReadable() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Shredwell");
        commands.sendAndWait(new org.jointcare.carerecord.consent.RecordConsent(person,
                org.jointcare.carerecord.consent.ConsentDecision.AGREED_WITH_LIMITS, "Not her son Aldous",
                new Actor(GP_RIVERSIDE, Role.GP_PRACTICE, RIVERSIDE), clock.instant()));
        String consentEvent = jdbc.queryForObject(
                "SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 1",
                String.class, person.toString());

        assertThat(erasure.shredEntry(person, consentEvent)).isEqualTo(1);
        assertThat(erasure.shredEntry(person, consentEvent)).as("already shredded").isZero();

        java.util.List<Object> events = eventStore.readEvents(person.toString()).asStream()
                .map(org.axonframework.eventhandling.EventMessage::getPayload).map(Object.class::cast).toList();
        assertThat(((org.jointcare.carerecord.consent.ConsentRecorded) events.get(1)).limits())
                .isEqualTo(org.jointcare.carerecord.Personal.ERASED);
        assertThat(((org.jointcare.carerecord.registration.PersonRegistered) events.get(0)).person().familyName())
                .isEqualTo("Shredwell");
    }
}
