package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A move to another GP practice over HTTP: from the next request the old practice no longer
 * reaches the person (404, as for any stranger) and the new practice does; the history says so.
 */
class MovingToAnotherPracticeOverHttpTest extends ApiTest {

    private UUID person;
    private String record;

    @BeforeEach
    void registeredAtRiverside() throws Exception {
        person = registerAt(RIVERSIDE, "Moved");
        record = records(person);
    }

    @Test
    void theOldPracticeLosesThePersonAndTheNewPracticeReadsTheRecord() throws Exception {
        expect(read(GP_SOUTHGATE, record), 404);

        expect(send(GP_RIVERSIDE, record + "/registered-practice", Map.of("practiceCode", SOUTHGATE)), 200);

        Instant giveUp = Instant.now().plusSeconds(30);
        while (read(GP_SOUTHGATE, record).getResponse().getStatus() != 200) {
            assertThat(Instant.now()).as("the new practice never reached the record").isBefore(giveUp);
            Thread.sleep(100);
        }
        expect(read(GP_RIVERSIDE, record), 404);
        expect(read(GP_RIVERSIDE, record + "/history"), 404);
        assertThat(body(expect(read(GP_SOUTHGATE, record), 200)).path("registeredPracticeCode").asText()).isEqualTo(SOUTHGATE);
        expect(send(GP_RIVERSIDE, record + "/registered-practice", Map.of("practiceCode", RIVERSIDE)), 404);
    }

    @Test
    void aNoticeStillWaitingIsTheNewPracticesToAcknowledge() throws Exception {
        MvcResult admitted = expect(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        String admission = record + "/admissions/" + body(admitted).get("id").asText();
        expect(send(GP_RIVERSIDE, record + "/registered-practice", Map.of("practiceCode", SOUTHGATE)), 200);

        Instant giveUp = Instant.now().plusSeconds(30);
        while (!body(expect(read(GP_SOUTHGATE, "/api/v1/gp-practice/inbox?size=100"), 200)).toString().contains(person.toString())) {
            assertThat(Instant.now()).as("the notice never reached the new practice's inbox").isBefore(giveUp);
            Thread.sleep(100);
        }
        expect(send(GP_RIVERSIDE, admission + "/admission-notice/acknowledgement", "{}"), 404);
        expect(send(GP_SOUTHGATE, admission + "/admission-notice/acknowledgement", "{}"), 200);
    }

    @Test
    void aMoveToThePracticeThePersonIsAtIsRefused() throws Exception {
        MvcResult same = send(GP_RIVERSIDE, record + "/registered-practice", Map.of("practiceCode", RIVERSIDE));
        assertThat(same.getResponse().getStatus()).isEqualTo(409);
        assertThat(same.getResponse().getContentAsString()).contains("already-at-practice");
    }

    @Test
    void aPracticeTheDirectoryDoesNotHoldIsRefused() throws Exception {
        MvcResult unknown = send(GP_RIVERSIDE, record + "/registered-practice", Map.of("practiceCode", "J99999"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(eventsOn(person)).isEqualTo(1);
    }

    private MvcResult expect(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }
}
