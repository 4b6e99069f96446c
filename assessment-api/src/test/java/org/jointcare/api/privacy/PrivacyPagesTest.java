package org.jointcare.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jointcare.api.pages.PageTest;
import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The privacy officer's access log search, with paging and the error pattern, and the emergency access alerts. */
class PrivacyPagesTest extends PageTest {

    @Test
    void searchingByPersonPagesThroughTheLogNewestFirst() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Logged");
        for (int i = 0; i < PrivacyPages.PAGE_SIZE + 2; i++) {
            assertThat(read(GP_RIVERSIDE, records(person)).getResponse().getStatus()).isEqualTo(200);
        }
        long rows = accessLogFor(person).size();
        assertThat(rows).isGreaterThan(PrivacyPages.PAGE_SIZE);

        MvcResult first = page(PRIVACY_OFFICER, "/privacy?person=" + person);
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        String page = html(first);
        assertThat(page).contains("<h1", "Search the access log", "value=\"" + person + "\"", "Page 1", "id=\"next-page\"");
        assertThat(count(page, "<td class=\"govuk-table__cell govuk-!-font-size-16\">" + person)).isEqualTo(PrivacyPages.PAGE_SIZE);
        // a person's name is never in the log
        assertThat(page).doesNotContain("Logged");

        String second = html(page(PRIVACY_OFFICER, "/privacy?person=" + person + "&page=1"));
        assertThat(second).contains("Page 2", "rel=\"prev\"").doesNotContain("id=\"next-page\"");
        assertThat(count(second, "<td class=\"govuk-table__cell govuk-!-font-size-16\">" + person))
                .isEqualTo(rows - PrivacyPages.PAGE_SIZE);
    }

    @Test
    void searchingByUserAndOutcomeFindsTheRefusals() throws Exception {
        UUID north = registerAt(RIVERSIDE);
        assertThat(read(NURSE_SOUTH, records(north)).getResponse().getStatus()).isEqualTo(404);
        String today = clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().toString();
        String page = html(page(PRIVACY_OFFICER, "/privacy?user=" + NURSE_SOUTH + "&outcome=REFUSED&from=" + today + "&to=" + today));
        assertThat(page).contains(north.toString(), "Refused").doesNotContain(">Allowed</strong>");
        String allowedOnly = html(page(PRIVACY_OFFICER, "/privacy?person=" + north + "&user=" + NURSE_SOUTH + "&outcome=ALLOWED"));
        assertThat(allowedOnly).contains("No entries match.");
    }

    @Test
    void aSearchThatIsNotUnderstoodComesBackWithTheAnswersKeptAndTheMessageByTheField() throws Exception {
        MvcResult wrong = page(PRIVACY_OFFICER, "/privacy?person=not-an-id&from=yesterday&user=lw.north");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        String page = html(wrong);
        assertThat(page).contains("govuk-error-summary", "href=\"#person\"", "href=\"#from\"", "id=\"person-error\"",
                "id=\"from-error\"", "value=\"not-an-id\"", "value=\"yesterday\"", "value=\"lw.north\"")
                .doesNotContain("No entries match.");
    }

    @Test
    void theAlertsListEmergencyAccessWithItsReason() throws Exception {
        UUID person = registerAt(SOUTHGATE);
        assertThat(send(HOSPITAL_RX9, records(person) + "/emergency-access", Bodies.emergencyAccess(30))
                .getResponse().getStatus()).isEqualTo(201);
        String page = html(page(PRIVACY_OFFICER, "/privacy/alerts"));
        assertThat(page).contains("<h1", "Emergency access alerts", person.toString(), HOSPITAL_RX9);
    }

    @Test
    void theOfficerLandsOnTheSearchAndNoOtherRoleMayOpenIt() throws Exception {
        assertThat(page(PRIVACY_OFFICER, "/").getResponse().getRedirectedUrl()).isEqualTo("/privacy");
        for (String user : List.of(LINKWORKER_NORTH, NURSE_NORTH, GP_RIVERSIDE, HOSPITAL_RD1, COMMISSIONER)) {
            for (String path : List.of("/privacy", "/privacy/alerts")) {
                MvcResult refused = page(user, path);
                assertThat(refused.getResponse().getStatus()).as(user + " " + path).isEqualTo(404);
                // the security chain's 404, which the container answers with the not-found page (as for any page
                // of another profession); MockMvc has no container, so the body is empty here
                assertThat(html(refused)).doesNotContain("Search the access log", "Emergency access alerts");
            }
        }
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
