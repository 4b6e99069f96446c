package org.jointcare.api.erasure;

import static org.assertj.core.api.Assertions.assertThat;

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
}
