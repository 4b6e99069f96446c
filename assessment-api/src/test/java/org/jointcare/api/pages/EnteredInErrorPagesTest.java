package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.api.pages.GpPracticePagesTest.hidden;
import static org.jointcare.api.pages.GpPracticePagesTest.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Each role that may marks an entry of a person's history entered in error from its own page of the person (EnteredInErrorPages). */
class EnteredInErrorPagesTest extends PageTest {

    @Test
    void theNurseMarksTheTeamsOwnEntryAndItLeavesTheHistory() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Inerror");
        String history = "/district-nursing/people/" + person;
        status(send(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral()), 201);
        status(send(NURSE_NORTH, records(person) + "/nursing-visits", Bodies.map("visitedAt", clock.instant().toString(),
                "notes", "Dressing changed on the wrong leg record")), 201);

        String before = eventually(NURSE_NORTH, history, html -> html.contains("mark-in-error-"));
        // only the team's own entries carry the link: the practice's referral does not
        assertThat(Pattern.compile("id=\"mark-in-error-").matcher(before).results().count()).isEqualTo(1);
        long sequenceNumber = Long.parseLong(match(before, "id=\"mark-in-error-(\\d+)\""));
        String path = history + "/entries/" + sequenceNumber + "/entered-in-error";

        MvcResult form = page(NURSE_NORTH, path);
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(form)).contains("Mark as entered in error", "Edith Inerror", "id=\"entry\"", "name=\"reason\"");
        long events = eventsOn(person);
        Map<String, String> blank = Map.of("reason", " ", "version", hidden(html(form), "version"),
                "idempotencyKey", hidden(html(form), "idempotencyKey"));
        MvcResult refused = submit(NURSE_NORTH, path, blank);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("href=\"#reason\"", "id=\"reason-error\"", "Enter why the entry was entered in error");
        MvcResult forged = perform(form(NURSE_NORTH, path, Map.of("reason", "Wrong person")));
        assertThat(forged.getResponse().getStatus()).isIn(302, 403);
        assertThat(eventsOn(person)).isEqualTo(events);

        MvcResult marked = submit(NURSE_NORTH, path, Map.of("reason", "Recorded on the wrong person",
                "version", hidden(html(form), "version"), "idempotencyKey", hidden(html(form), "idempotencyKey")));
        assertThat(marked.getResponse().getStatus()).as(html(marked)).isEqualTo(303);
        assertThat(marked.getResponse().getRedirectedUrl()).isEqualTo(history + "?done=entry-marked");
        assertThat(eventsOn(person)).isEqualTo(events + 1);
        String after = eventually(NURSE_NORTH, history + "?done=entry-marked", html -> !html.contains("mark-in-error-" + sequenceNumber));
        assertThat(after).contains("Entry marked entered in error").doesNotContain("Dressing changed on the wrong leg record");

        // marked once: the same entry again is the record's refusal, in its own words
        MvcResult again = submit(NURSE_NORTH, path, Map.of("reason", "Again", "version", "" + (Long.parseLong(hidden(html(form), "version")) + 1),
                "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(again)).contains("There is a problem");
    }

    @Test
    void theLinkworkerMarksItsOwnReferralFromThePersonsRecordButNotThePractices() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Inerrorlink");
        status(send(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral()), 201);
        status(send(LINKWORKER_NORTH, records(person) + "/referrals", Bodies.referral()), 201);
        marksItsOwnEntryOnly(LINKWORKER_NORTH, "/linkworker/people/" + person, person, "/linkworker/people/" + person + "?done=entry-marked");
    }

    @Test
    void theGpPracticeMarksItsOwnReferralFromThePatientsPageButNotTheLinkworkers() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Inerrorgp");
        status(send(LINKWORKER_NORTH, records(person) + "/referrals", Bodies.referral()), 201);
        status(send(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral()), 201);
        marksItsOwnEntryOnly(GP_RIVERSIDE, "/gp-practice/people/" + person, person, "/gp-practice/people/" + person + "?done=entry-marked");
    }

    @Test
    void theHospitalTeamMarksItsOwnAdmissionButNotThePracticesReferralAndThePersonLeavesItsList() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Inerrorward");
        status(send(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral()), 201);
        status(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        long sequenceNumber = marksItsOwnEntryOnly(HOSPITAL_RD1, "/hospital/people/" + person, person, "/hospital?done=entry-marked");
        assertThat(html(page(HOSPITAL_RD1, "/hospital?done=entry-marked"))).contains("Admission marked entered in error");
        // the admission was the team's only reach to the person; the practice's history no longer holds it
        assertThat(page(HOSPITAL_RD1, "/hospital/people/" + person).getResponse().getStatus()).isEqualTo(404);
        eventually(GP_RIVERSIDE, "/gp-practice/people/" + person, html -> !html.contains("id=\"entry-" + sequenceNumber + "\""));
    }

    @Test
    void theFormDescribesAnEntryHoweverOldItIs() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Inerrorold");
        String visits = records(person) + "/nursing-visits";
        for (int i = 0; i < 106; i++) {
            status(send(NURSE_NORTH, visits, Bodies.map("visitedAt", clock.instant().toString(), "notes", "Visit number " + i)), 201);
        }
        // the first visit, read from the history endpoint once the view holds all of them (more than one page of 100 ago)
        com.fasterxml.jackson.databind.JsonNode history = readUntil(NURSE_NORTH, records(person) + "/history?page=0&size=100",
                page -> page.get("total").asLong() >= 107);
        long oldest = -1;
        for (com.fasterxml.jackson.databind.JsonNode entry : history.get("entries")) {
            if (entry.get("eventType").asText().equals("NursingVisitRecorded")) {
                oldest = entry.get("sequenceNumber").asLong();
                break;
            }
        }
        assertThat(oldest).isNotNegative();
        MvcResult form = page(NURSE_NORTH, "/district-nursing/people/" + person + "/entries/" + oldest + "/entered-in-error");
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(form)).contains("id=\"entry\"");
        // and an entry there is not: the form is shown without one, the record will refuse it
        MvcResult none = page(NURSE_NORTH, "/district-nursing/people/" + person + "/entries/100000/entered-in-error");
        assertThat(none.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(none)).doesNotContain("id=\"entry\"");
    }

    /**
     * On the role's page of the person only its own entry offers the marking; marking it (through the same form as the
     * nurse's) records one event, goes to {@code then}, and the entry leaves the history. Answers the entry's sequence number.
     */
    private long marksItsOwnEntryOnly(String user, String personPage, UUID person, String then) throws Exception {
        String before = eventually(user, personPage, html -> html.contains("mark-in-error-"));
        assertThat(Pattern.compile("id=\"mark-in-error-").matcher(before).results().count()).as("own entries only").isEqualTo(1);
        assertThat(Pattern.compile("id=\"entry-").matcher(before).results().count()).as("the others' entries are listed").isGreaterThan(1);
        long sequenceNumber = Long.parseLong(match(before, "id=\"mark-in-error-(\\d+)\""));
        String path = personPage + "/entries/" + sequenceNumber + "/entered-in-error";
        MvcResult form = page(user, path);
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(form)).contains("Mark as entered in error", "id=\"entry\"", "name=\"reason\"", "href=\"" + personPage + "\"");
        long events = eventsOn(person);
        MvcResult marked = submit(user, path, Map.of("reason", "Recorded on the wrong person",
                "version", hidden(html(form), "version"), "idempotencyKey", hidden(html(form), "idempotencyKey")));
        assertThat(marked.getResponse().getStatus()).as(html(marked)).isEqualTo(303);
        assertThat(marked.getResponse().getRedirectedUrl()).isEqualTo(then);
        assertThat(eventsOn(person)).isEqualTo(events + 1);
        if (then.startsWith(personPage)) {
            String after = eventually(user, then, html -> !html.contains("id=\"entry-" + sequenceNumber + "\""));
            assertThat(after).contains("Entry marked entered in error").doesNotContain("mark-in-error-" + sequenceNumber);
        }
        return sequenceNumber;
    }

    @Test
    void anotherProfessionGetsNotFound() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Inerrorguard");
        String path = "/district-nursing/people/" + person + "/entries/1/entered-in-error";
        MvcResult linkworker = page(LINKWORKER_NORTH, path);
        assertThat(linkworker.getResponse().getStatus()).isEqualTo(404);
        // the container renders it as the "Page not found" page (SignInPageTest)
        assertThat(submit(GP_RIVERSIDE, path, Map.of("reason", "x")).getResponse().getStatus()).isEqualTo(404);
        // a nurse of a team that does not reach the person
        assertThat(page(NURSE_SOUTH, path).getResponse().getStatus()).isEqualTo(404);
    }

    private static String match(String html, String regex) {
        Matcher found = Pattern.compile(regex).matcher(html);
        assertThat(found.find()).as(regex).isTrue();
        return found.group(1);
    }

    private String eventually(String user, String path, Predicate<String> ready) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            String html = html(page(user, path));
            if (ready.test(html)) {
                return html;
            }
            assertThat(Instant.now()).as(path + " never got ready").isBefore(giveUp);
            Thread.sleep(100);
        }
    }
}
