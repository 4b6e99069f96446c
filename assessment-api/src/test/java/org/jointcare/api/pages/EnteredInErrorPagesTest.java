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

/** A district nurse marks an entry of the shared case history entered in error (EnteredInErrorPages). */
class EnteredInErrorPagesTest extends PageTest {

    @Test
    void theNurseMarksTheTeamsOwnEntryAndItLeavesTheHistory() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Inerror");
        String history = "/district-nursing/people/" + person;
        status(send(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral()), 201);
        status(send(NURSE_NORTH, records(person) + "/nursing-visits", Bodies.map("visitedAt", clock.instant().toString(),
                "notes", "Dressing changed on the wrong leg record")), 201);

        String before = eventually(history, html -> html.contains("mark-in-error-"));
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
        String after = eventually(history + "?done=entry-marked", html -> !html.contains("mark-in-error-" + sequenceNumber));
        assertThat(after).contains("Entry marked entered in error").doesNotContain("Dressing changed on the wrong leg record");

        // marked once: the same entry again is the record's refusal, in its own words
        MvcResult again = submit(NURSE_NORTH, path, Map.of("reason", "Again", "version", "" + (Long.parseLong(hidden(html(form), "version")) + 1),
                "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(again)).contains("There is a problem");
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

    private String eventually(String path, Predicate<String> ready) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            String html = html(page(NURSE_NORTH, path));
            if (ready.test(html)) {
                return html;
            }
            assertThat(Instant.now()).as(path + " never got ready").isBefore(giveUp);
            Thread.sleep(100);
        }
    }
}
