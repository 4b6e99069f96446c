package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.api.pages.GpPracticePagesTest.hidden;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Carers' assessments on the pages (CarersPages): asked for, carried out and the carer supported. */
class CarersPagesTest extends PageTest {

    @Test
    void theLinkworkerAsksCarriesOutAndSupportsAndTheCaseloadShowsItWaiting() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Carerpages");
        String record = "/linkworker/people/" + person;
        assertThat(html(page(LINKWORKER_NORTH, record))).contains("Carers’ assessments", record + "/carers-assessments/new");

        // asked for: the carer is named; what is missing is said beside its field
        MvcResult form = page(LINKWORKER_NORTH, record + "/carers-assessments/new");
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        MvcResult refused = submit(LINKWORKER_NORTH, record + "/carers-assessments/new", with(form, "carerName", " ", "carerRelationship", ""));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("href=\"#carerName\"", "id=\"carerName-error\"", "Enter the carer&#39;s name",
                "id=\"carerRelationship-error\"");
        long before = eventsOn(person);
        MvcResult asked = submit(LINKWORKER_NORTH, record + "/carers-assessments/new",
                with(form, "carerName", "Tom Carerpages", "carerRelationship", "husband", "carerContact", "07700 900461"));
        assertThat(asked.getResponse().getStatus()).as(html(asked)).isEqualTo(303);
        assertThat(asked.getResponse().getRedirectedUrl()).startsWith(record + "?done=carers-assessment-requested");
        assertThat(eventsOn(person)).isEqualTo(before + 1);
        String asRecorded = html(page(LINKWORKER_NORTH, asked.getResponse().getRedirectedUrl()));
        assertThat(asRecorded).contains("Carer’s assessment asked for", "Tom Carerpages (husband)", "Waiting");
        UUID assessment = UUID.fromString(match(asRecorded, "id=\"carry-out-([0-9a-f-]{36})\""));

        // the caseload's list of carers' assessments waiting, on the linkworker's home
        String waiting = eventually(LINKWORKER_NORTH, "/linkworker/caseload/carers-assessments", html -> html.contains("carry-out-" + assessment));
        assertThat(waiting).contains("Carers’ assessments waiting", "Tom Carerpages (husband)");
        assertThat(html(page(LINKWORKER_NORTH, "/linkworker"))).contains("Carers’ assessments waiting");

        // carried out: the findings against the carers' eligibility criteria; eligibility is the record's to explain
        String outcome = record + "/carers-assessments/" + assessment + "/outcome";
        MvcResult outcomeForm = page(LINKWORKER_NORTH, outcome);
        assertThat(html(outcomeForm)).contains("Carry out the carer’s assessment", "Recreational activities", "Not achieved: cannot without assistance");
        MvcResult incomplete = submit(LINKWORKER_NORTH, outcome, with(outcomeForm, "carerViews", ""));
        assertThat(incomplete.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(incomplete)).contains("href=\"#carriedOutOn\"", "id=\"carriedOutOn-error\"", "id=\"carerViews-error\"",
                "id=\"needsArisingFromProvidingNecessaryCare-error\"");
        LocalDate today = CareCalendar.dateOf(clock.instant());
        MvcResult carriedOut = submit(LINKWORKER_NORTH, outcome, with(outcomeForm, "carriedOutOn-day", "" + today.getDayOfMonth(),
                "carriedOutOn-month", "" + today.getMonthValue(), "carriedOutOn-year", "" + today.getYear(),
                "needsArisingFromProvidingNecessaryCare", "yes", "healthAtRiskOfDeteriorating", "yes",
                "outcome-RECREATIONAL_ACTIVITIES", "CANNOT_WITHOUT_ASSISTANCE", "outcome-MAINTAINING_A_HABITABLE_HOME", "ACHIEVED",
                "significantImpactOnWellbeing", "yes", "ableAndWillingToContinueCaring", "yes", "carerViews", "I need a night's sleep"));
        assertThat(carriedOut.getResponse().getStatus()).as(html(carriedOut)).isEqualTo(303);
        String assessed = html(page(LINKWORKER_NORTH, carriedOut.getResponse().getRedirectedUrl()));
        assertThat(assessed).contains("Carer’s assessment recorded", "Eligible for support", "support-" + assessment)
                .doesNotContain("carry-out-" + assessment);
        eventually(LINKWORKER_NORTH, "/linkworker/caseload/carers-assessments", html -> !html.contains("carry-out-" + assessment));

        // the carer's support: a plan of their own needs the plan in words
        String support = record + "/carers-assessments/" + assessment + "/support";
        MvcResult supportForm = page(LINKWORKER_NORTH, support);
        assertThat(html(supportForm)).contains("Arrange support for the carer", "A support plan of the carer’s own");
        MvcResult noPlan = submit(LINKWORKER_NORTH, support, with(supportForm, "kind", "OWN_SUPPORT_PLAN", "startDate-day", "" + today.getDayOfMonth(),
                "startDate-month", "" + today.getMonthValue(), "startDate-year", "" + today.getYear()));
        assertThat(noPlan.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noPlan)).contains("href=\"#plan\"", "id=\"plan-error\"", "Enter the carer&#39;s support plan");
        MvcResult noPackage = submit(LINKWORKER_NORTH, support, with(supportForm, "kind", "SERVICE_IN_PACKAGE", "service", "RESPITE",
                "startDate-day", "" + today.getDayOfMonth(), "startDate-month", "" + today.getMonthValue(), "startDate-year", "" + today.getYear()));
        assertThat(noPackage.getResponse().getStatus()).isEqualTo(422);
        MvcResult supported = submit(LINKWORKER_NORTH, support, with(supportForm, "kind", "OWN_SUPPORT_PLAN", "plan", "A carers' centre break each week",
                "startDate-day", "" + today.getDayOfMonth(), "startDate-month", "" + today.getMonthValue(), "startDate-year", "" + today.getYear()));
        assertThat(supported.getResponse().getStatus()).as(html(supported)).isEqualTo(303);
        assertThat(html(page(LINKWORKER_NORTH, supported.getResponse().getRedirectedUrl())))
                .contains("Support for the carer arranged", "A support plan of their own").doesNotContain("id=\"support-" + assessment + "\"");
    }

    @Test
    void thePracticeAndTheNurseAskToo() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Carersasked");
        String gp = "/gp-practice/people/" + person + "/carers-assessments/new";
        MvcResult gpForm = page(GP_RIVERSIDE, gp);
        assertThat(gpForm.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(gpForm)).contains("Ask for a carer’s assessment", "Caring for Edith Carersasked");
        MvcResult byGp = submit(GP_RIVERSIDE, gp, with(gpForm, "carerName", "Ann Carersasked", "carerRelationship", "daughter"));
        assertThat(byGp.getResponse().getStatus()).as(html(byGp)).isEqualTo(303);
        assertThat(html(page(GP_RIVERSIDE, byGp.getResponse().getRedirectedUrl()))).contains("Carer’s assessment asked for");

        String dn = "/district-nursing/people/" + person + "/carers-assessments/new";
        assertThat(html(page(NURSE_NORTH, "/district-nursing/people/" + person))).contains(dn);
        MvcResult dnForm = page(NURSE_NORTH, dn);
        // one waits at a time for each carer: the rule's own words, nothing recorded
        MvcResult twice = submit(NURSE_NORTH, dn, with(dnForm, "carerName", "Ann Carersasked", "carerRelationship", "daughter"));
        assertThat(twice.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(twice)).contains("There is a problem", "value=\"Ann Carersasked\"");
        MvcResult byNurse = submit(NURSE_NORTH, dn, with(dnForm, "carerName", "Bob Carersasked", "carerRelationship", "neighbour"));
        assertThat(byNurse.getResponse().getStatus()).as(html(byNurse)).isEqualTo(303);
        assertThat(html(page(NURSE_NORTH, byNurse.getResponse().getRedirectedUrl()))).contains("Carer’s assessment asked for");
    }

    @Test
    void anotherProfessionGetsNotFoundAndAFormWithoutItsTokenRecordsNothing() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Carersguarded");
        String assessment = "/linkworker/people/" + person + "/carers-assessments/" + UUID.randomUUID();
        MvcResult gp = page(GP_RIVERSIDE, assessment + "/outcome");
        assertThat(gp.getResponse().getStatus()).isEqualTo(404);
        // the container renders it as the "Page not found" page (SignInPageTest)
        assertThat(page(NURSE_NORTH, assessment + "/support").getResponse().getStatus()).isEqualTo(404);
        assertThat(page(HOSPITAL_RD1, "/hospital/people/" + person + "/carers-assessments/new").getResponse().getStatus()).isEqualTo(404);
        // the linkworker, an assessment not on the record
        assertThat(page(LINKWORKER_NORTH, assessment + "/outcome").getResponse().getStatus()).isEqualTo(404);

        long before = eventsOn(person);
        MvcResult forged = perform(form(LINKWORKER_NORTH, "/linkworker/people/" + person + "/carers-assessments/new",
                Map.of("carerName", "Forged", "carerRelationship", "none")));
        assertThat(forged.getResponse().getStatus()).isIn(302, 403);
        assertThat(eventsOn(person)).isEqualTo(before);
    }

    private static Map<String, String> with(MvcResult form, String... answers) throws Exception {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", hidden(html(form), "version"));
        fields.put("idempotencyKey", hidden(html(form), "idempotencyKey"));
        for (int i = 0; i < answers.length; i += 2) {
            fields.put(answers[i], answers[i + 1]);
        }
        return fields;
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
