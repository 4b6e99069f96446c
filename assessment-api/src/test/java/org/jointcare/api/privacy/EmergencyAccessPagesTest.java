package org.jointcare.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Break glass as a page: offered from the not-found page of a person only to roles the endpoint
 * allows, a reason required, granted once however often it is sent, and the warning banner on the
 * person's pages while it lasts and gone after (the tests' clock moves past it). And the person's
 * own record as a printable page, to the own-record endpoint's roles.
 */
class EmergencyAccessPagesTest extends PageTest {

    @Test
    void theNotFoundPageOfAPersonOffersEmergencyAccessOnlyToRolesThatMayAskForIt() throws Exception {
        UUID south = registerAt(SOUTHGATE);
        MvcResult refused = page(NURSE_NORTH, "/people/" + south + "/own-record");
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(refused)).contains("Page not found", "/people/" + south + "/emergency-access")
                .doesNotContain("Edith");
        // a person who does not exist: the same page, the same offer
        UUID nobody = UUID.randomUUID();
        assertThat(main(page(NURSE_NORTH, "/people/" + nobody + "/own-record")))
                .isEqualTo(main(page(NURSE_NORTH, "/people/" + south + "/own-record")).replace(south.toString(), nobody.toString()));
        // commissioners and privacy officers never reach a person, nor may they ask
        for (String user : java.util.List.of(COMMISSIONER, PRIVACY_OFFICER)) {
            assertThat(page(user, "/people/" + south + "/own-record").getResponse().getStatus()).isEqualTo(404);
            assertThat(page(user, "/people/" + south + "/emergency-access").getResponse().getStatus()).isEqualTo(404);
        }
    }

    private static String main(MvcResult result) throws Exception {
        String page = html(result);
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    @Test
    void aReasonIsRequiredAndTheAnswersAreKept() throws Exception {
        UUID south = registerAt(SOUTHGATE);
        long events = eventsOn(south);
        MvcResult wrong = submit(NURSE_NORTH, "/people/" + south + "/emergency-access",
                Map.of("reason", "  ", "minutes", "120", "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(wrong)).contains("govuk-error-summary", "href=\"#reason\"", "id=\"reason-error\"",
                "Enter why you need emergency access to this record", "<option value=\"120\" selected=\"selected\">");
        MvcResult tooLong = submit(NURSE_NORTH, "/people/" + south + "/emergency-access",
                Map.of("reason", "Fell at home", "minutes", "721", "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(html(tooLong)).contains("href=\"#minutes\"", "Fell at home");
        assertThat(eventsOn(south)).isEqualTo(events);
        // without the form's CSRF token nothing is recorded
        MvcResult noToken = perform(form(NURSE_NORTH, "/people/" + south + "/emergency-access",
                Map.of("reason", "Fell", "minutes", "30", "idempotencyKey", UUID.randomUUID().toString())));
        // no session here, so no token: treated as a session that has ended (403 "form expired" with one)
        assertThat(noToken.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?timed-out");
        assertThat(eventsOn(south)).isEqualTo(events);
    }

    @Test
    void theBannerShowsOnThePersonsPagesWhileTheAccessLastsAndIsGoneAfter() throws Exception {
        UUID south = registerAt(SOUTHGATE, "Glassbroken");
        String form = html(page(NURSE_NORTH, "/people/" + south + "/emergency-access"));
        assertThat(form).contains("<h1", "Emergency access to a record", "name=\"idempotencyKey\"");
        String key = UUID.randomUUID().toString();
        Map<String, String> fields = Map.of("reason", "Found on the floor at home; medication history needed",
                "minutes", "30", "idempotencyKey", key);
        long events = eventsOn(south);
        MvcResult granted = submit(NURSE_NORTH, "/people/" + south + "/emergency-access", fields);
        assertThat(granted.getResponse().getRedirectedUrl()).isEqualTo("/people/" + south + "/own-record");
        // pressed twice: granted once
        assertThat(submit(NURSE_NORTH, "/people/" + south + "/emergency-access", fields).getResponse().getRedirectedUrl())
                .isEqualTo("/people/" + south + "/own-record");
        assertThat(eventsOn(south)).isEqualTo(events + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM emergency_access_alert WHERE care_record_id = ?",
                Long.class, south.toString())).isEqualTo(1);

        // the own-record view is eventually consistent: a person registered a moment ago may not be in it yet
        MvcResult ownRecord = page(NURSE_NORTH, "/people/" + south + "/own-record");
        for (Instant giveUp = Instant.now().plusSeconds(20);
             ownRecord.getResponse().getStatus() == 404 && Instant.now().isBefore(giveUp); ) {
            Thread.sleep(100);
            ownRecord = page(NURSE_NORTH, "/people/" + south + "/own-record");
        }
        String during = html(ownRecord);
        assertThat(during).contains("id=\"emergency-access-banner\"", "govuk-warning-text", "Glassbroken",
                "Found on the floor at home; medication history needed");

        // and on the district nurse's own page about the person, the shared case history
        MvcResult history = page(NURSE_NORTH, "/district-nursing/people/" + south);
        assertThat(history.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(history)).contains("id=\"emergency-access-banner\"", "Found on the floor at home; medication history needed");

        Instant before = clock.instant();
        try {
            clock.advance(Duration.ofMinutes(31));
            MvcResult after = page(NURSE_NORTH, "/people/" + south + "/own-record");
            assertThat(after.getResponse().getStatus()).isEqualTo(404);
            assertThat(html(after)).doesNotContain("emergency-access-banner", "Glassbroken");
            assertThat(html(page(NURSE_NORTH, "/district-nursing/people/" + south))).doesNotContain("emergency-access-banner");
        } finally {
            clock.set(before);
        }
    }

    @Test
    void theOwnRecordIsAPrintablePlainEnglishPageForTheRolesOfItsEndpointWithNoBannerWithoutEmergencyAccess() throws Exception {
        UUID person = registerAt(RIVERSIDE, "Printable");
        // the own-record view is eventually consistent: it answers once it has the registration
        Instant giveUp = Instant.now().plusSeconds(20);
        MvcResult own = page(GP_RIVERSIDE, "/people/" + person + "/own-record");
        while (own.getResponse().getStatus() == 404 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            own = page(GP_RIVERSIDE, "/people/" + person + "/own-record");
        }
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(own)).contains("<h1", "Edith Printable", "Your care now", "What has happened", "govuk-frontend.min.css")
                .doesNotContain("emergency-access-banner");
    }
}
