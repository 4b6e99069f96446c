package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The GP practice's pages: inbox, discharge summary, acknowledgement once, referrals, patients with packages. */
class GpPracticePagesTest extends PageTest {

    @Test
    void theHomePageListsTheInboxReferralsAndPackages() throws Exception {
        MvcResult home = page(GP_MARKET_STREET, "/gp-practice");
        assertThat(home.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(home)).contains("<h1 class=\"govuk-heading-l\">Your practice</h1>", "Admission and discharge notices",
                "Referrals the practice made", "Patients with care packages");
        for (String list : new String[] {"inbox", "referrals", "patients-with-packages"}) {
            assertThat(page(GP_MARKET_STREET, "/gp-practice/" + list).getResponse().getStatus()).as(list).isEqualTo(200);
        }
        assertThat(page(GP_MARKET_STREET, "/gp-practice/no-such-list").getResponse().getStatus()).isEqualTo(404);
        assertThat(page(NURSE_NORTH, "/gp-practice").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aDischargeNoticeShowsTheSummaryUnderThePrsbHeadingsAndIsAcknowledgedOnce() throws Exception {
        UUID person = registerAt(MARKET_STREET, "Dischargedwell");
        UUID admission = admitAndDischarge(person);
        String path = "/gp-practice/notices/" + person + "/" + admission + "/discharge";

        MvcResult notice = page(GP_MARKET_STREET, path);
        assertThat(notice.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(notice)).contains("Discharge summary", "Patient demographics", "Admission details", "Discharge details",
                "Clinical summary", "Fractured wrist, plastered", "Medications and medical devices", "Codeine",
                "Plan and requested actions", "Review pain relief in a week", "Information and advice given",
                "Leaflet on falls prevention", "id=\"acknowledge\"");

        Map<String, String> fields = Map.of("version", hidden(html(notice), "version"),
                "idempotencyKey", hidden(html(notice), "idempotencyKey"));
        long before = eventsOn(person);
        MvcResult first = submit(GP_MARKET_STREET, path, fields);
        assertThat(first.getResponse().getStatus()).isEqualTo(303);
        assertThat(first.getResponse().getRedirectedUrl()).endsWith(path + "?acknowledged=1");
        assertThat(eventsOn(person)).isEqualTo(before + 1);

        // the second press of the same form records nothing and lands on the same notice
        MvcResult second = submit(GP_MARKET_STREET, path, fields);
        assertThat(second.getResponse().getStatus()).isEqualTo(303);
        assertThat(second.getResponse().getRedirectedUrl()).endsWith(path + "?acknowledged=1"); // where the first went
        // an older copy of the page, sent again with a new key: already acknowledged, nothing recorded
        MvcResult older = submit(GP_MARKET_STREET, path, Map.of("idempotencyKey", UUID.randomUUID().toString()));
        assertThat(older.getResponse().getStatus()).isEqualTo(303);
        assertThat(eventsOn(person)).isEqualTo(before + 1);

        MvcResult after = page(GP_MARKET_STREET, path + "?acknowledged=1");
        assertThat(html(after)).contains("Notice acknowledged", "Acknowledged ").doesNotContain("id=\"acknowledge\"");
    }

    @Test
    void aStaleNoticeFormIsRefusedAndSaysTheRecordChanged() throws Exception {
        UUID person = registerAt(MARKET_STREET, "Stalewell");
        UUID admission = admitAndDischarge(person);
        String path = "/gp-practice/notices/" + person + "/" + admission + "/admission";
        MvcResult notice = page(GP_MARKET_STREET, path);
        String version = hidden(html(notice), "version");
        status(send(GP_MARKET_STREET, records(person) + "/consent", Bodies.consent("AGREED")), 200);
        long before = eventsOn(person);
        MvcResult stale = submit(GP_MARKET_STREET, path, Map.of("version", version, "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(stale.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(stale)).contains("govuk-error-summary", "Someone else changed this record after you opened this form");
        assertThat(eventsOn(person)).isEqualTo(before);
    }

    @Test
    void anotherPracticesPatientIsNotFoundLikeAnUnknownOne() throws Exception {
        UUID elsewhere = registerAt(SOUTHGATE, "Elsewhere");
        UUID admission = admitAndDischarge(elsewhere);
        MvcResult theirs = page(GP_MARKET_STREET, "/gp-practice/notices/" + elsewhere + "/" + admission + "/discharge");
        MvcResult unknown = page(GP_MARKET_STREET, "/gp-practice/notices/" + UUID.randomUUID() + "/" + admission + "/discharge");
        assertThat(theirs.getResponse().getStatus()).isEqualTo(404);
        assertThat(main(html(theirs))).isEqualTo(main(html(unknown))).contains("Page not found");
        assertThat(page(GP_MARKET_STREET, "/gp-practice/people/" + elsewhere + "/referral").getResponse().getStatus()).isEqualTo(404);
        long before = eventsOn(elsewhere);
        MvcResult refer = submit(GP_MARKET_STREET, "/gp-practice/people/" + elsewhere + "/referral",
                Map.of("reason", "Help at home", "urgency", "SOON", "requesterName", "Dr Who", "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(refer.getResponse().getStatus()).isEqualTo(404);
        assertThat(eventsOn(elsewhere)).isEqualTo(before);
    }

    @Test
    void aReferralIsMadeOnceAndARefusedOneKeepsItsAnswers() throws Exception {
        UUID person = registerAt(MARKET_STREET, "Referredwell");
        String path = "/gp-practice/people/" + person + "/referral";
        MvcResult form = page(GP_MARKET_STREET, path);
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        String key = hidden(html(form), "idempotencyKey");

        MvcResult refused = submit(GP_MARKET_STREET, path, Map.of("reason", "Struggling with stairs", "urgency", "",
                "requesterName", "Dr Patel", "version", hidden(html(form), "version"), "idempotencyKey", key));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("govuk-error-summary", "href=\"#urgency\"", "id=\"urgency-error\"",
                "Choose how soon the patient needs a response", "Struggling with stairs", "value=\"Dr Patel\"");

        long before = eventsOn(person);
        Map<String, String> fields = Map.of("reason", "Struggling with stairs", "urgency", "SOON", "requesterName", "Dr Patel",
                "version", hidden(html(form), "version"), "idempotencyKey", key);
        MvcResult made = submit(GP_MARKET_STREET, path, fields);
        assertThat(made.getResponse().getRedirectedUrl()).endsWith("/gp-practice/referrals?made=1");
        // pressed again: nothing recorded, and the same page as the first
        assertThat(submit(GP_MARKET_STREET, path, fields).getResponse().getRedirectedUrl()).endsWith("/gp-practice/referrals?made=1");
        assertThat(eventsOn(person)).isEqualTo(before + 1);
        assertThat(html(page(GP_MARKET_STREET, "/gp-practice/referrals?made=1"))).contains("Your referral was sent");

        // without the CSRF token nothing is recorded (the security chain turns the post away before the page sees it)
        assertThat(perform(form(GP_MARKET_STREET, path, Map.of("reason", "Again", "urgency", "SOON", "requesterName", "Dr Patel",
                "idempotencyKey", UUID.randomUUID().toString()))).getResponse().getRedirectedUrl()).isEqualTo("/sign-in?timed-out");
        assertThat(eventsOn(person)).isEqualTo(before + 1);
    }

    private UUID admitAndDischarge(UUID person) throws Exception {
        Instant admitted = clock.instant();
        MvcResult admission = status(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", admitted)), 201);
        UUID admissionId = UUID.fromString(body(admission).get("id").asText());
        status(send(HOSPITAL_RD1, records(person) + "/admissions/" + admissionId + "/discharge", Bodies.discharge(admitted)), 200);
        return admissionId;
    }

    static MvcResult status(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result;
    }

    /** The page's main content (the header's sign-out form carries a token of its own each time). */
    static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    static String hidden(String html, String name) {
        Matcher found = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(found.find()).as("hidden " + name).isTrue();
        return found.group(1);
    }
}
