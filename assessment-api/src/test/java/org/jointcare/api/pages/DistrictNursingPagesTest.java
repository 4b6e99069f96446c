package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.api.pages.GpPracticePagesTest.hidden;
import static org.jointcare.api.pages.GpPracticePagesTest.main;
import static org.jointcare.api.pages.GpPracticePagesTest.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The district nurse's pages: the team worklist, the shared case history, the nursing contribution. */
class DistrictNursingPagesTest extends PageTest {

    @Test
    void theWorklistAndTheHistoryShowTheTeamsPeopleOnly() throws Exception {
        MvcResult worklist = page(NURSE_NORTH, "/district-nursing");
        assertThat(worklist.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(worklist)).contains("Your team's worklist", "Assessments waiting for district nursing",
                "Nursing in care packages", "Discharges needing a visit");

        UUID south = registerAt(SOUTHGATE, "Southnurse");
        status(send(NURSE_SOUTH, records(south) + "/nursing-team", Bodies.nursingTeam("DN-SOUTH")), 200);
        MvcResult theirs = page(NURSE_NORTH, "/district-nursing/people/" + south);
        MvcResult unknown = page(NURSE_NORTH, "/district-nursing/people/" + UUID.randomUUID());
        assertThat(theirs.getResponse().getStatus()).isEqualTo(404);
        assertThat(main(html(theirs))).isEqualTo(main(html(unknown)));
        assertThat(page(NURSE_SOUTH, "/district-nursing/people/" + south).getResponse().getStatus()).isEqualTo(200);
        assertThat(page(GP_SOUTHGATE, "/district-nursing").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void openingAPersonsHistoryIsOneReadInTheAccessLog() throws Exception {
        UUID person = registerAt(MARKET_STREET, "Onceread");
        status(send(NURSE_NORTH, records(person) + "/nursing-team", Bodies.nursingTeam("DN-NORTH")), 200);
        String rows = "SELECT action, outcome FROM access_log WHERE user_id = ? AND care_record_id = ? ORDER BY id";
        int before = jdbc.queryForList(rows, NURSE_NORTH, person.toString()).size();

        MvcResult history = page(NURSE_NORTH, "/district-nursing/people/" + person);

        assertThat(history.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(history)).contains("Onceread", "Record a death").doesNotContain("record closed");
        List<Map<String, Object>> logged = jdbc.queryForList(rows, NURSE_NORTH, person.toString());
        assertThat(logged.subList(before, logged.size()).stream().map(row -> row.get("action") + " " + row.get("outcome")))
                .containsExactly("READ_SHARED_CASE_HISTORY ALLOWED");
    }

    @Test
    void theNursingContributionIsAddedOnceAndARefusedOneKeepsItsAnswers() throws Exception {
        UUID person = registerAt(MARKET_STREET, "Contributes");
        status(send(NURSE_NORTH, records(person) + "/nursing-team", Bodies.nursingTeam("DN-NORTH")), 200);
        MvcResult referral = status(send(GP_MARKET_STREET, records(person) + "/referrals", Bodies.referral(MARKET_STREET)), 201);
        UUID referralId = UUID.fromString(body(referral).get("id").asText());
        status(send(LINKWORKER_NORTH, records(person) + "/referrals/" + referralId + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH)), 200);
        MvcResult started = status(send(LINKWORKER_NORTH, records(person) + "/assessments", Bodies.assessmentStart(referralId, LINKWORKER_NORTH)), 201);
        UUID assessment = UUID.fromString(body(started).get("id").asText());
        String path = "/district-nursing/people/" + person + "/assessments/" + assessment + "/contribution";

        MvcResult form = page(NURSE_NORTH, path);
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        String key = hidden(html(form), "idempotencyKey");
        MvcResult refused = submit(NURSE_NORTH, path, Map.of("summary", " ", "contributorName", "Nurse Northway", "version", hidden(html(form), "version"), "idempotencyKey", key));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("href=\"#summary\"", "id=\"summary-error\"", "Enter the district nursing assessment",
                "value=\"Nurse Northway\"");

        long before = eventsOn(person);
        Map<String, String> fields = Map.of("summary", "Leg ulcer dressed twice weekly", "contributorName", "Nurse Northway", "version", hidden(html(form), "version"), "idempotencyKey", key);
        MvcResult added = submit(NURSE_NORTH, path, fields);
        assertThat(added.getResponse().getStatus()).as(html(added)).isEqualTo(303);
        assertThat(submit(NURSE_NORTH, path, fields).getResponse().getStatus()).isEqualTo(303);
        assertThat(eventsOn(person)).isEqualTo(before + 1);
        assertThat(html(page(NURSE_NORTH, added.getResponse().getRedirectedUrl()))).contains("District nursing contribution added");

        // the form read before the contribution is now stale: refused with a message, nothing recorded
        MvcResult stale = submit(NURSE_NORTH, path, Map.of("summary", "Again", "version", hidden(html(form), "version"),
                "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(stale.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(stale)).contains("Someone else changed this record after you opened this form", "Again");
        assertThat(eventsOn(person)).isEqualTo(before + 1);
    }
}
