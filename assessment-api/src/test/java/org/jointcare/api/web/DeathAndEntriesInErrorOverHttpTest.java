package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A death over HTTP: recorded once, told to the practice, the linkworkers and the nursing team
 * through their own lists, acknowledged by each; afterwards the record is read, and anything new is
 * refused as person-has-died. And an entry recorded in error: it leaves the lists, the person's own
 * record, the current record and the FHIR export.
 */
class DeathAndEntriesInErrorOverHttpTest extends ApiTest {

    private UUID person;
    private String record;

    @BeforeEach
    void registeredAtRiverside() throws Exception {
        person = registerAt(RIVERSIDE);
        record = records(person);
    }

    @Test
    void afterADeathTheRecordIsReadAndTheListsShowItButNothingNewIsRecorded() throws Exception {
        String yesterday = clock.instant().minus(Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        expectSuccess(send(GP_RIVERSIDE, record + "/death", Map.of("dateOfDeath", yesterday)));

        MvcResult again = answered(send(LINKWORKER_NORTH, record + "/death", Map.of("dateOfDeath", yesterday)), 409);
        assertThat(body(again).get("type").asText()).isEqualTo(ApiProblem.BASE + "death-already-recorded");
        long before = eventsOn(person);
        MvcResult referral = answered(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()), 409);
        assertThat(referral.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(referral).get("type").asText()).isEqualTo(ApiProblem.BASE + "person-has-died");
        MvcResult consent = answered(send(NURSE_NORTH, record + "/consent", Bodies.consent("AGREED")), 409);
        assertThat(body(consent).get("code").asText()).isEqualTo("person-has-died");
        assertThat(eventsOn(person)).as("nothing was recorded").isEqualTo(before);

        // still read by everyone who worked with the person
        answered(read(GP_RIVERSIDE, record), 200);
        answered(read(NURSE_NORTH, record + "/current"), 200);
        answered(read(LINKWORKER_NORTH, record + "/history"), 200);

        // each profession is told through its own list
        readUntil(GP_RIVERSIDE, "/api/v1/gp-practice/death-notices?size=100", this::mentionsThePerson);
        readUntil(LINKWORKER_NORTH, "/api/v1/caseload/DEATH_NOTICES?size=100", this::mentionsThePerson);
        readUntil(NURSE_NORTH, "/api/v1/district-nursing/worklist/DEATH_NOTICES?size=100", this::mentionsThePerson);

        // and acknowledges it once for its organisation
        expectSuccess(send(GP_RIVERSIDE, record + "/death/notice-acknowledgement", Map.of()));
        MvcResult twice = answered(send(GP_RIVERSIDE, record + "/death/notice-acknowledgement", Map.of()), 409);
        assertThat(body(twice).get("code").asText()).isEqualTo("death-notice-already-acknowledged");
        expectSuccess(send(NURSE_NORTH, record + "/death/notice-acknowledgement", Map.of()));
        readUntil(NURSE_NORTH, "/api/v1/district-nursing/worklist/DEATH_NOTICES?size=100", page -> !mentionsThePerson(page));
        // the practice's list keeps it, acknowledged
        JsonNode notices = readUntil(GP_RIVERSIDE, "/api/v1/gp-practice/death-notices?size=100",
                page -> page.toString().contains("\"acknowledged\":true") && mentionsThePerson(page));
        assertThat(notices.toString()).contains(yesterday);
    }

    @Test
    void anEntryInErrorIsGoneFromTheListsTheOwnRecordTheCurrentRecordAndTheExport() throws Exception {
        long referralAt = eventsOn(person);
        expectSuccess(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()));
        long admissionAt = eventsOn(person);
        UUID admission = UUID.fromString(body(expectSuccess(send(HOSPITAL_RD1, record + "/admissions",
                Bodies.admission("RD1", clock.instant())))).get("id").asText());
        clock.advance(Duration.ofMinutes(5));
        readUntil(GP_RIVERSIDE, "/api/v1/gp-practice/inbox?size=100", page -> page.toString().contains(admission.toString()));
        answered(read(GP_RIVERSIDE, "/fhir/R4/Patient/" + person + "/$admission-notice?admission=" + admission), 200);

        // only the recorder's organisation marks it; another trust does not even reach the person
        answered(send(HOSPITAL_RX9, record + "/entries-in-error", inError(admissionAt)), 404);
        MvcResult notYours = answered(send(NURSE_NORTH, record + "/entries-in-error", inError(admissionAt)), 403);
        assertThat(body(notYours).get("code").asText()).isEqualTo("entry-not-yours-to-mark");
        expectSuccess(send(HOSPITAL_RD1, record + "/entries-in-error", inError(admissionAt)));
        expectSuccess(send(GP_RIVERSIDE, record + "/entries-in-error", inError(referralAt)));

        readUntil(GP_RIVERSIDE, "/api/v1/gp-practice/inbox?size=100", page -> !page.toString().contains(admission.toString()));
        readUntil(GP_RIVERSIDE, "/api/v1/gp-practice/referrals?size=100", page -> !mentionsThePerson(page));
        readUntil(LINKWORKER_NORTH, "/api/v1/caseload/OPEN_REFERRALS?size=100", page -> !mentionsThePerson(page));
        JsonNode own = readUntil(GP_RIVERSIDE, record + "/own-record",
                page -> !page.toString().contains("Great Western") && !page.toString().contains("Falls at home"));
        assertThat(own.toString()).doesNotContain("Ward 4");
        JsonNode current = body(answered(read(GP_RIVERSIDE, record + "/current"), 200));
        assertThat(current.toString()).doesNotContain(admission.toString()).doesNotContain("Falls at home");
        answered(read(GP_RIVERSIDE, "/fhir/R4/Patient/" + person + "/$admission-notice?admission=" + admission), 404);
        JsonNode history = readUntil(GP_RIVERSIDE, record + "/history?size=100",
                page -> page.toString().contains("marked entered in error"));
        assertThat(history.toString()).doesNotContain("Great Western").doesNotContain("Falls at home");
        // the hospital's relationship came from the admission: it is gone with it
        answered(read(HOSPITAL_RD1, record), 404);
    }

    private static Map<String, Object> inError(long sequenceNumber) {
        return Map.of("sequenceNumber", sequenceNumber, "reason", "Recorded on the wrong person");
    }

    private boolean mentionsThePerson(JsonNode page) {
        return page.toString().contains(person.toString());
    }

    private MvcResult expectSuccess(MvcResult result) throws Exception {
        return answered(result, result.getResponse().getStatus() == 201 ? 201 : 200);
    }
}
