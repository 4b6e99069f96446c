package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.api.pages.GpPracticePagesTest.hidden;
import static org.jointcare.api.pages.GpPracticePagesTest.main;
import static org.jointcare.api.pages.GpPracticePagesTest.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The hospital discharge team's pages: open admissions, admitting by NHS number, the plan, the discharge. */
class HospitalPagesTest extends PageTest {

    @Test
    void aPersonIsFoundByNhsNumberAdmittedOncePlannedAndDischarged() throws Exception {
        String nhs = nhsNumber();
        UUID person = registerWithNhs(nhs);

        MvcResult found = page(HOSPITAL_RD1, "/hospital/find?nhsNumber=" + nhs);
        assertThat(html(found)).contains("Admit Edith Admittedwell", "id=\"admit\"");
        String key = hidden(html(found), "idempotencyKey");
        ZonedDateTime now = clock.instant().atZone(PageFormats.UK);
        clock.advance(java.time.Duration.ofMinutes(10));
        String admittedAt = now.plusMinutes(2).toLocalTime().withSecond(0).withNano(0).toString();
        String dischargedAt = now.plusMinutes(5).toLocalTime().withSecond(0).withNano(0).toString();

        // a refused form keeps the answers and says what is wrong next to the field
        MvcResult refused = submit(HOSPITAL_RD1, "/hospital/admission", Map.of("careRecordId", person.toString(), "nhsNumber", nhs,
                "hospitalName", "Great Western Hospital", "ward", "", "admittedDate", now.toLocalDate().toString(),
                "admittedTime", "08:00", "type", "EMERGENCY", "idempotencyKey", key));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("href=\"#ward\"", "id=\"ward-error\"", "Enter the ward", "value=\"Great Western Hospital\"");

        long before = eventsOn(person);
        Map<String, String> admission = Map.of("careRecordId", person.toString(), "nhsNumber", nhs,
                "hospitalName", "Great Western Hospital", "ward", "Ward 7", "admittedDate", now.toLocalDate().toString(),
                "admittedTime", admittedAt, "type", "EMERGENCY", "idempotencyKey", key);
        MvcResult admitted = submit(HOSPITAL_RD1, "/hospital/admission", admission);
        assertThat(admitted.getResponse().getStatus()).as(html(admitted)).isEqualTo(303);
        assertThat(submit(HOSPITAL_RD1, "/hospital/admission", admission).getResponse().getStatus()).isEqualTo(303);
        long afterAdmission = eventsOn(person);
        assertThat(afterAdmission).isGreaterThan(before);
        assertThat(html(page(HOSPITAL_RD1, "/hospital"))).contains("Edith Admittedwell");

        MvcResult stay = page(HOSPITAL_RD1, admitted.getResponse().getRedirectedUrl());
        assertThat(html(stay)).contains("Admission recorded", "Ward 7", "Plan the discharge", "Record the discharge");
        String path = formAction(html(stay), "plan");
        MvcResult planned = submit(HOSPITAL_RD1, path, Map.of("expectedDate", LocalDate.now(clock).plusDays(2).toString(),
                "medicallyFit", "yes", "pathway", "PATHWAY_1_HOME_WITH_SUPPORT", "toBeInPlaceFirst", "Package restarted",
                "version", hidden(html(stay), "version"), "idempotencyKey", hidden(html(stay), "idempotencyKey")));
        assertThat(planned.getResponse().getStatus()).as(html(planned)).isEqualTo(303);

        MvcResult withPlan = page(HOSPITAL_RD1, planned.getResponse().getRedirectedUrl());
        String discharge = formAction(html(withPlan), "discharge");
        Map<String, String> fields = new HashMap<>(Map.of("dischargedDate", now.toLocalDate().toString(), "dischargedTime", dischargedAt,
                "destination", "USUAL_RESIDENCE", "clinicalSummary", "Chest infection treated.", "medication0", "Amoxicillin",
                "medicationKind0", "", "followUp0", "Check chest in a week", "followUpFor0", "DISTRICT_NURSE",
                "version", hidden(html(withPlan), "version"), "idempotencyKey", hidden(html(withPlan), "idempotencyKey")));
        MvcResult noKind = submit(HOSPITAL_RD1, discharge, fields);
        assertThat(noKind.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noKind)).contains("Choose what changed for Amoxicillin", "Chest infection treated.", "value=\"Check chest in a week\"");

        fields.put("medicationKind0", "STARTED");
        long beforeDischarge = eventsOn(person);
        MvcResult discharged = submit(HOSPITAL_RD1, discharge, fields);
        assertThat(discharged.getResponse().getStatus()).as(html(discharged)).isEqualTo(303);
        assertThat(submit(HOSPITAL_RD1, discharge, fields).getResponse().getStatus()).isEqualTo(303);
        assertThat(eventsOn(person)).isGreaterThan(beforeDischarge);
        long afterDischarge = eventsOn(person);
        assertThat(submit(HOSPITAL_RD1, discharge, fields).getResponse().getStatus()).isEqualTo(303);
        assertThat(eventsOn(person)).isEqualTo(afterDischarge);
    }

    @Test
    void aStalePlanIsRefusedAndAnotherTrustsPatientIsNotFound() throws Exception {
        UUID person = registerAt(MARKET_STREET, "Stalehosp");
        MvcResult admission = status(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        MvcResult stay = page(HOSPITAL_RD1, "/hospital/people/" + person);
        status(send(GP_MARKET_STREET, records(person) + "/consent", Bodies.consent("AGREED")), 200);
        long before = eventsOn(person);
        MvcResult stale = submit(HOSPITAL_RD1, formAction(html(stay), "plan"), Map.of("expectedDate", LocalDate.now(clock).plusDays(2).toString(),
                "medicallyFit", "no", "pathway", "PATHWAY_0_HOME_NO_NEW_SUPPORT", "version", hidden(html(stay), "version"),
                "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(stale.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(stale)).contains("Someone else changed this record after you opened this form", "value=\"PATHWAY_0_HOME_NO_NEW_SUPPORT\" selected");
        assertThat(eventsOn(person)).isEqualTo(before);

        MvcResult otherTrust = page(HOSPITAL_RX9, "/hospital/people/" + person);
        MvcResult unknown = page(HOSPITAL_RX9, "/hospital/people/" + UUID.randomUUID());
        assertThat(otherTrust.getResponse().getStatus()).isEqualTo(404);
        assertThat(main(html(otherTrust))).isEqualTo(main(html(unknown)));
        assertThat(html(page(HOSPITAL_RX9, "/hospital"))).doesNotContain("Stalehosp");
        assertThat(body(admission).get("id").asText()).isNotBlank();
    }

    private UUID registerWithNhs(String nhs) throws Exception {
        Map<String, Object> registration = new HashMap<>(registration(MARKET_STREET, "Admittedwell"));
        registration.put("nhsNumber", nhs);
        MvcResult result = status(send(GP_MARKET_STREET, "/api/v1/care-records", registration), 201);
        return UUID.fromString(body(result).get("careRecordId").asText());
    }

    /** The action of the form whose submit button has this id. */
    static String formAction(String html, String buttonId) {
        int button = html.indexOf("id=\"" + buttonId + "\"");
        int form = html.lastIndexOf("<form", button);
        int action = html.indexOf("action=\"", form) + 8;
        return html.substring(action, html.indexOf('"', action));
    }
}
