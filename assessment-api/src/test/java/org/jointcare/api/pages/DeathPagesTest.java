package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.api.pages.GpPracticePagesTest.hidden;
import static org.jointcare.api.pages.GpPracticePagesTest.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jointcare.api.web.Bodies;
import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Recording a death from each role's own page of the person, and acknowledging its notice from the
 * GP practice's, the linkworker's and the nursing team's lists (DeathPages).
 */
class DeathPagesTest extends PageTest {

    @Test
    void everyRoleThatMayRecordADeathHasTheFormFromWhereItSeesThePerson() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Deathform");
        status(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant())), 201);

        assertThat(html(page(LINKWORKER_NORTH, "/linkworker/people/" + person))).contains("/linkworker/people/" + person + "/death");
        assertThat(html(page(NURSE_NORTH, "/district-nursing/people/" + person))).contains("/district-nursing/people/" + person + "/death");
        assertThat(html(page(HOSPITAL_RD1, "/hospital/people/" + person))).contains("/hospital/people/" + person + "/death");
        // the practice's find results open the patient's page, which offers it
        assertThat(html(page(GP_RIVERSIDE, "/gp-practice/people?search=1&familyName=Deathform&dateOfBirth-day=12&dateOfBirth-month=4&dateOfBirth-year=1936")))
                .contains("href=\"/gp-practice/people/" + person + "\"");
        assertThat(html(page(GP_RIVERSIDE, "/gp-practice/people/" + person))).contains("/gp-practice/people/" + person + "/death");
        Map<String, String> areas = Map.of(LINKWORKER_NORTH, "linkworker", NURSE_NORTH, "district-nursing",
                GP_RIVERSIDE, "gp-practice", HOSPITAL_RD1, "hospital");
        for (Map.Entry<String, String> role : areas.entrySet()) {
            MvcResult form = page(role.getKey(), "/" + role.getValue() + "/people/" + person + "/death");
            assertThat(form.getResponse().getStatus()).as(role.getValue()).isEqualTo(200);
            assertThat(html(form)).contains("Record a death", "Deathform", "name=\"dateOfDeath-day\"", "name=\"dateOfDeath-month\"",
                    "name=\"dateOfDeath-year\"", "name=\"_csrf\"");
        }

        // another profession's page, and a role that may not record a death at all: the same not-found page
        MvcResult others = page(NURSE_NORTH, "/linkworker/people/" + person + "/death");
        assertThat(others.getResponse().getStatus()).isEqualTo(404);
        // the container renders it as the "Page not found" page (SignInPageTest)
        assertThat(page(COMMISSIONER, "/gp-practice/people/" + person + "/death").getResponse().getStatus()).isEqualTo(404);
        // a person the professional does not reach
        assertThat(page(LINKWORKER_SOUTH, "/linkworker/people/" + person + "/death").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void onceADeathIsRecordedNoRoleIsOfferedToRecordItAgainAndEachPageSaysWhen() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Diedalready");
        status(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        Map<String, String> pages = Map.of(LINKWORKER_NORTH, "/linkworker/people/" + person,
                NURSE_NORTH, "/district-nursing/people/" + person, GP_RIVERSIDE, "/gp-practice/people/" + person,
                HOSPITAL_RD1, "/hospital/people/" + person);
        for (Map.Entry<String, String> role : pages.entrySet()) {
            assertThat(html(page(role.getKey(), role.getValue()))).as(role.getValue()).contains("id=\"record-death\"");
        }
        LocalDate died = today().minusDays(2);
        status(send(GP_RIVERSIDE, records(person) + "/death", Map.of("dateOfDeath", died.toString())), 200);

        String diedOn = "Died on " + new PageFormats(clock).date(died.toString());
        for (Map.Entry<String, String> role : pages.entrySet()) {
            MvcResult shown = page(role.getKey(), role.getValue());
            assertThat(shown.getResponse().getStatus()).as(role.getValue()).isEqualTo(200);
            assertThat(html(shown)).as(role.getValue()).contains(diedOn).doesNotContain("id=\"record-death\"")
                    .doesNotContain("/people/" + person + "/death\"");
        }
    }

    @Test
    void theDateOfDeathIsCheckedBesideTheFieldAndAFutureDateIsRefused() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Datecheck");
        String path = "/linkworker/people/" + person + "/death";
        MvcResult form = page(LINKWORKER_NORTH, path);
        long before = eventsOn(person);

        MvcResult empty = submit(LINKWORKER_NORTH, path, fields(form, null));
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(empty)).contains("href=\"#dateOfDeath\"", "id=\"dateOfDeath-error\"", "Enter the date of death");

        MvcResult notADate = submit(LINKWORKER_NORTH, path, fields(form, "31-2-2026"));
        assertThat(notADate.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(notADate)).contains("id=\"dateOfDeath-error\"", "Enter a real date");

        LocalDate tomorrow = today().plusDays(1);
        MvcResult future = submit(LINKWORKER_NORTH, path, fields(form, tomorrow.getDayOfMonth() + "-" + tomorrow.getMonthValue() + "-" + tomorrow.getYear()));
        assertThat(future.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(future)).contains("href=\"#dateOfDeath\"", "id=\"dateOfDeath-error\"", "value=\"" + tomorrow.getYear() + "\"");

        MvcResult beforeBirth = submit(LINKWORKER_NORTH, path, fields(form, "1-1-1930"));
        assertThat(beforeBirth.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(beforeBirth)).contains("id=\"dateOfDeath-error\"", "before the person was born");
        assertThat(eventsOn(person)).as("nothing recorded").isEqualTo(before);

        // without the form's CSRF token nothing is recorded either
        LocalDate yesterday = today().minusDays(1);
        MvcResult forged = perform(form(LINKWORKER_NORTH, path, fields(form, yesterday.getDayOfMonth() + "-" + yesterday.getMonthValue() + "-" + yesterday.getYear())));
        assertThat(forged.getResponse().getStatus()).isIn(302, 403);
        assertThat(eventsOn(person)).isEqualTo(before);
    }

    @Test
    void aDeathRecordedOnThePagesClosesTheRecordAndIsAcknowledgedFromEachList() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Acknowledged");
        String path = "/linkworker/people/" + person + "/death";
        MvcResult form = page(LINKWORKER_NORTH, path);
        LocalDate yesterday = today().minusDays(1);
        Map<String, String> answers = fields(form, yesterday.getDayOfMonth() + "-" + yesterday.getMonthValue() + "-" + yesterday.getYear());
        MvcResult recorded = submit(LINKWORKER_NORTH, path, answers);
        assertThat(recorded.getResponse().getStatus()).as(html(recorded)).isEqualTo(303);
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/linkworker/people/" + person + "?done=death-recorded");
        long after = eventsOn(person);
        assertThat(submit(LINKWORKER_NORTH, path, answers).getResponse().getStatus()).as("sent twice").isEqualTo(303);
        assertThat(eventsOn(person)).isEqualTo(after);
        assertThat(html(page(LINKWORKER_NORTH, recorded.getResponse().getRedirectedUrl())))
                .contains("Death recorded", "Died on " + new PageFormats(clock).date(yesterday.toString()) + ": record closed")
                .doesNotContain("id=\"record-death\"");

        // the practice's list: name, date of death and who recorded it, with the Acknowledge button; home links it
        String row = "id=\"death-" + person + "\"";
        String gpList = eventually(GP_RIVERSIDE, "/gp-practice/deaths", html -> html.contains(row));
        assertThat(gpList).contains("Acknowledged", "lw.north", "id=\"acknowledge-" + person + "\"");
        assertThat(gpList).contains(new PageFormats(clock).date(yesterday.toString()));
        assertThat(html(page(GP_RIVERSIDE, "/gp-practice"))).contains("Deaths of registered patients", "href=\"/gp-practice/deaths\"");
        MvcResult acknowledged = submit(GP_RIVERSIDE, "/gp-practice/deaths/" + person + "/acknowledgement", Map.of());
        assertThat(acknowledged.getResponse().getStatus()).isEqualTo(303);
        assertThat(acknowledged.getResponse().getRedirectedUrl()).isEqualTo("/gp-practice/deaths?acknowledged=1");
        // acknowledged already (a colleague, an old copy of the page): nothing more is recorded, the list is shown
        long acknowledgedOnce = eventsOn(person);
        assertThat(submit(GP_RIVERSIDE, "/gp-practice/deaths/" + person + "/acknowledgement", Map.of()).getResponse().getStatus()).isEqualTo(303);
        assertThat(eventsOn(person)).isEqualTo(acknowledgedOnce);
        eventually(GP_RIVERSIDE, "/gp-practice/deaths?acknowledged=1",
                html -> html.contains("Death notice acknowledged") && !html.contains("id=\"acknowledge-" + person + "\""));

        // the linkworker's and the nursing team's lists keep the notice until their organisation acknowledges it
        for (String[] list : new String[][] {{LINKWORKER_NORTH, "/linkworker"}, {NURSE_NORTH, "/district-nursing"}}) {
            String home = eventually(list[0], list[1], html -> html.contains(row));
            assertThat(home).contains("Deaths to acknowledge", "href=\"" + list[1] + "/deaths\"");
            assertThat(html(page(list[0], list[1] + "/deaths"))).contains(row, "Acknowledged", "lw.north");
            MvcResult done = submit(list[0], list[1] + "/deaths/" + person + "/acknowledgement", Map.of());
            assertThat(done.getResponse().getStatus()).isEqualTo(303);
            assertThat(html(page(list[0], done.getResponse().getRedirectedUrl()))).contains("Death notice acknowledged");
            eventually(list[0], list[1] + "/deaths", html -> !html.contains(row));
        }
    }

    @Test
    void theSameAcknowledgeButtonSentTwiceRecordsOneAcknowledgementAndBothLandOnTheList() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Doubleclick");
        status(send(GP_RIVERSIDE, records(person) + "/death", Map.of("dateOfDeath", today().minusDays(1).toString())), 200);
        String list = eventually(LINKWORKER_NORTH, "/linkworker/deaths", html -> html.contains("id=\"death-" + person + "\""));
        // the button's form carries a key of its own, as every full form does
        java.util.regex.Matcher button = java.util.regex.Pattern.compile("action=\"/linkworker/deaths/" + person
                + "/acknowledgement\"[^>]*>[^<]*(?:<input type=\"hidden\" name=\"_csrf\"[^>]*>\\s*)?<input type=\"hidden\" name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(list);
        assertThat(button.find()).as(list).isTrue();
        Map<String, String> form = Map.of("idempotencyKey", button.group(1));
        long before = eventsOn(person);

        MvcResult first = submit(LINKWORKER_NORTH, "/linkworker/deaths/" + person + "/acknowledgement", form);
        MvcResult second = submit(LINKWORKER_NORTH, "/linkworker/deaths/" + person + "/acknowledgement", form);
        assertThat(first.getResponse().getStatus()).isEqualTo(303);
        assertThat(second.getResponse().getStatus()).isEqualTo(303);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl())
                .isEqualTo("/linkworker/deaths?acknowledged=1");
        assertThat(eventsOn(person)).as("one acknowledgement").isEqualTo(before + 1);
        // the second never reached the endpoint: one command, one row of the access log
        assertThat(accessLogFor(person)).filteredOn(row -> "ACKNOWLEDGE_DEATH_NOTICE".equals(row.get("ACTION"))).hasSize(1);
    }

    @Test
    void anotherProfessionsListIsNotFoundAndAnAcknowledgementWithoutItsTokenRecordsNothing() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Unacknowledged");
        LocalDate yesterday = today().minusDays(1);
        status(send(GP_RIVERSIDE, records(person) + "/death", Map.of("dateOfDeath", yesterday.toString())), 200);
        long before = eventsOn(person);

        assertThat(page(HOSPITAL_RD1, "/gp-practice/deaths").getResponse().getStatus()).isEqualTo(404);
        assertThat(page(NURSE_NORTH, "/linkworker/deaths").getResponse().getStatus()).isEqualTo(404);
        MvcResult notTheirs = submit(LINKWORKER_NORTH, "/district-nursing/deaths/" + person + "/acknowledgement", Map.of());
        assertThat(notTheirs.getResponse().getStatus()).isEqualTo(404);
        // the container renders it as the "Page not found" page (SignInPageTest)
        MvcResult forged = perform(form(NURSE_NORTH, "/district-nursing/deaths/" + person + "/acknowledgement", Map.of()));
        assertThat(forged.getResponse().getStatus()).isIn(302, 403);
        // a practice the person is not registered with does not reach them
        assertThat(submit(GP_SOUTHGATE, "/gp-practice/deaths/" + person + "/acknowledgement", Map.of()).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(eventsOn(person)).isEqualTo(before);
    }

    private LocalDate today() {
        return CareCalendar.dateOf(clock.instant());
    }

    /** The form's hidden fields and a date of death typed as day-month-year (or left empty). */
    private static Map<String, String> fields(MvcResult form, String dayMonthYear) throws Exception {
        String[] parts = dayMonthYear == null ? new String[] {"", "", ""} : dayMonthYear.split("-");
        return Map.of("version", hidden(html(form), "version"), "idempotencyKey", hidden(html(form), "idempotencyKey"),
                "dateOfDeath-day", parts[0], "dateOfDeath-month", parts[1], "dateOfDeath-year", parts[2]);
    }

    /** The page once the view behind it shows what {@code ready} looks for (views follow the events a moment later). */
    String eventually(String user, String path, Predicate<String> ready) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            MvcResult result = page(user, path);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            String html = html(result);
            if (ready.test(html)) {
                return html;
            }
            assertThat(Instant.now()).as(path + " never got ready").isBefore(giveUp);
            Thread.sleep(100);
        }
    }
}
