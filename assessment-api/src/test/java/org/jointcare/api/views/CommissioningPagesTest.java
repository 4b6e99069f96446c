package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.PageTest;
import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The commissioner's dashboard and its CSV downloads, from the commissioning view: figures by
 * practice and month, a suppressed figure shown as suppressed (never zero), no person anywhere,
 * and no one else may open it.
 */
class CommissioningPagesTest extends PageTest {

    /** A month of its own, so the shared context's other referrals do not count here. */
    private static final String MONTH = "2031-02";
    private static final String PAGE = "/commissioning?practice=" + SOUTHGATE + "&month=" + MONTH;

    private static final List<UUID> people = new ArrayList<>();

    @BeforeEach
    void fiveGpReferralsAndOneSignpostedInTheMonth() throws Exception {
        if (!people.isEmpty()) {
            return;
        }
        Instant before = clock.instant();
        try {
            clock.set(Instant.parse(MONTH + "-10T10:00:00Z"));
            for (int i = 0; i < 5; i++) {
                UUID person = registerAt(SOUTHGATE, "Commissioned");
                MvcResult referred = send(GP_SOUTHGATE, records(person) + "/referrals", Bodies.referral(SOUTHGATE));
                assertThat(referred.getResponse().getStatus()).isEqualTo(201);
                people.add(person);
                if (i == 0) {
                    UUID referral = UUID.fromString(body(referred).get("id").asText());
                    assertThat(send(LINKWORKER_SOUTH, records(person) + "/referrals/" + referral + "/closure",
                            Bodies.referralClosure()).getResponse().getStatus()).isEqualTo(200);
                }
            }
        } finally {
            clock.set(before);
        }
        // the view is eventually consistent: wait for the last referral (the fifth), not just the first closure
        Instant giveUp = Instant.now().plusSeconds(20);
        while (!caughtUp(html(page(COMMISSIONER, PAGE)))) {
            assertThat(Instant.now()).as("the commissioning view caught up").isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private static boolean caughtUp(String page) {
        return page.contains(">Signposted<") && page.contains(">GP<") && rowOf(page, ">GP<").contains(">5</span>");
    }

    @Test
    void theDashboardShowsTheMonthsFiguresAsBarsWithTheFigureWrittenAndSuppressionSaid() throws Exception {
        MvcResult result = page(COMMISSIONER, PAGE);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = html(result);
        assertThat(page).contains("<h1", "Commissioning figures", "February 2031", "practice " + SOUTHGATE,
                "Referrals by source", "Referrals by outcome", "Response times against target",
                "Needs met and unmet by domain", "Weekly spend by funding stream", "Discharge delays by reason",
                "Admissions and readmissions");
        // five GP referrals: shown, with a full-length bar
        assertThat(rowOf(page, ">GP<")).contains(">5</span>", "width=\"100%\"");
        // one signposted: hidden, not zero, and no bar of any length
        assertThat(rowOf(page, ">Signposted<")).contains("fewer than 5 (hidden)").doesNotContain(">0<", "fill=\"#1d70b8\"");
        assertNoPerson(page);
    }

    @Test
    void eachTableDownloadsAsCsvWithHeadingsAndSuppressedCellsEmptyAndMarked() throws Exception {
        MvcResult sources = page(COMMISSIONER, "/commissioning/referrals-by-source.csv?practice=" + SOUTHGATE + "&month=" + MONTH);
        assertThat(sources.getResponse().getStatus()).isEqualTo(200);
        assertThat(sources.getResponse().getContentType()).startsWith("text/csv");
        assertThat(sources.getResponse().getHeader("Content-Disposition")).contains("attachment", "referrals-by-source-2031-02.csv");
        List<String> lines = sources.getResponse().getContentAsString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Month,Practice,Locality,Category,Count,Total,Total unit,Note");
        assertThat(lines).contains("\"2031-02\",\"" + SOUTHGATE + "\",\"All\",\"GP\",5,,\"\",\"\"");

        String outcomes = page(COMMISSIONER, "/commissioning/referrals-by-outcome.csv?practice=" + SOUTHGATE + "&month=" + MONTH)
                .getResponse().getContentAsString();
        assertThat(outcomes.lines()).contains("\"2031-02\",\"" + SOUTHGATE + "\",\"All\",\"Signposted\",,,\"\",\"fewer than 5 (hidden)\"");
        assertNoPerson(outcomes);
        assertThat(page(COMMISSIONER, "/commissioning/no-such-table.csv").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void noOtherRoleMayOpenTheDashboardOrItsDownloads() throws Exception {
        for (String user : List.of(LINKWORKER_SOUTH, NURSE_SOUTH, GP_SOUTHGATE, HOSPITAL_RD1, PRIVACY_OFFICER)) {
            for (String path : List.of(PAGE, "/commissioning/referrals-by-source.csv?month=" + MONTH)) {
                MvcResult refused = page(user, path);
                assertThat(refused.getResponse().getStatus()).as(user + " " + path).isEqualTo(404);
                assertThat(refused.getResponse().getContentAsString()).doesNotContain("Referrals by source", ">GP<");
            }
        }
    }

    @Test
    void theCommissionerLandsOnTheDashboard() throws Exception {
        assertThat(page(COMMISSIONER, "/").getResponse().getRedirectedUrl()).isEqualTo("/commissioning");
        assertThat(page(COMMISSIONER, "/commissioning?month=not-a-month").getResponse().getStatus()).isEqualTo(404);
    }

    private void assertNoPerson(String text) {
        assertThat(text).doesNotContain("Commissioned", "Edith");
        people.forEach(person -> assertThat(text).doesNotContain(person.toString()));
    }

    /** The table row holding the text. */
    private static String rowOf(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as(text + " on the page").isGreaterThan(0);
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }
}
