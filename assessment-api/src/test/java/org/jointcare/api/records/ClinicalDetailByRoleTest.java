package org.jointcare.api.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A GP sees the medical part of the record; a linkworker, who works from the joint assessment,
 * sees neither the GP's medical history and prognosis nor a discharge's clinical summary and
 * medication changes, in the history or the record as it stood.
 */
class ClinicalDetailByRoleTest extends ApiTest {

    @Test
    void aLinkworkerReadsTheSameHistoryWithoutItsClinicalDetail() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        UUID referral = id(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()));
        send(LINKWORKER_NORTH, record + "/referrals/" + referral + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH));
        UUID assessment = id(send(LINKWORKER_NORTH, record + "/assessments", Bodies.assessmentStart(referral, LINKWORKER_NORTH)));
        assertThat(send(GP_RIVERSIDE, record + "/assessments/" + assessment + "/contributions", Bodies.contribution("GP"))
                .getResponse().getStatus()).isEqualTo(200);
        UUID admission = id(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())));
        clock.advance(Duration.ofHours(6));
        assertThat(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge", Bodies.discharge(clock.instant()))
                .getResponse().getStatus()).isEqualTo(200);
        long events = eventsOn(person);

        JsonNode gpHistory = historyOnceComplete(GP_RIVERSIDE, person, events);
        assertThat(gpHistory.toString()).contains("Osteoarthritis", "Fractured wrist");
        JsonNode linkworkerHistory = historyOnceComplete(LINKWORKER_NORTH, person, events);
        assertThat(linkworkerHistory.get("entries")).hasSize(gpHistory.get("entries").size());
        assertThat(linkworkerHistory.findValue("clinicalDetail")).isNull();
        assertThat(linkworkerHistory.toString()).doesNotContain("Osteoarthritis", "Fractured wrist", "Codeine");

        String asAt = record + "/as-at?at=" + clock.instant().plusSeconds(1);
        JsonNode gpView = body(read(GP_RIVERSIDE, asAt));
        JsonNode linkworkerView = body(read(LINKWORKER_NORTH, asAt));
        assertThat(gpView.toString()).contains("Fractured wrist", "Codeine");
        assertThat(linkworkerView.toString()).doesNotContain("Fractured wrist", "Codeine");
        assertThat(linkworkerView.findValue("clinicalSummary")).isNull();
        assertThat(linkworkerView.toString()).contains("Review pain relief in a week");
        assertThat(linkworkerView.get("view").asText()).startsWith("Record as at");
    }

    @Test
    void aLinkworkerReadingThePersonsOwnRecordIsNotToldTheirMedicines() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        UUID admission = id(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())));
        clock.advance(Duration.ofHours(6));
        assertThat(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge", Bodies.discharge(clock.instant()))
                .getResponse().getStatus()).isEqualTo(200);

        JsonNode gp = ownRecordOnceItTells(GP_RIVERSIDE, person, "Codeine");
        JsonNode linkworker = body(read(LINKWORKER_NORTH, record + "/own-record"));
        assertThat(linkworker.toString()).contains("You left hospital").doesNotContain("Codeine", "medicines", "30mg");
        assertThat(linkworker.get("totalEntries").asLong()).isEqualTo(gp.get("totalEntries").asLong() - 1);
        assertThat(linkworker.get("whatHasHappened")).hasSize(gp.get("whatHasHappened").size() - 1);
    }

    /** The own-record view follows the events a moment behind: wait until it tells what is expected. */
    private JsonNode ownRecordOnceItTells(String user, UUID person, String expected) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (true) {
            MvcResult result = read(user, records(person) + "/own-record");
            if (result.getResponse().getStatus() == 200 && result.getResponse().getContentAsString().contains(expected)) {
                return body(result);
            }
            assertThat(Instant.now()).as("own record of " + person + " never told " + expected).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    /** The history view follows the events a moment behind: wait until it holds them all. */
    private JsonNode historyOnceComplete(String user, UUID person, long events) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (true) {
            MvcResult result = read(user, records(person) + "/history?size=100");
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            JsonNode history = body(result);
            if (history.get("entries").size() >= events || Instant.now().isAfter(giveUp)) {
                assertThat(history.get("entries")).hasSize((int) events);
                return history;
            }
            Thread.sleep(100);
        }
    }

    private UUID id(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(body(result).get("id").asText());
    }
}
