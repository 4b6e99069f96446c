package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * After a form's command, the page it leads to shows the change although that page reads a view
 * built asynchronously: the session remembers the version the command produced and the page waits
 * for the view; when the view does not get there in time, the page says it is still updating.
 */
class ReadYourWritesPagesTest extends PageTest {

    @Test
    void theReferralsListAfterAReferralShowsIt() throws Exception {
        UUID person = registerAt(MARKET_STREET, "Readsownwrite");
        MockHttpSession session = new MockHttpSession();
        String path = "/gp-practice/people/" + person + "/referral";
        MvcResult form = perform(get(path).session(session).with(signedIn(GP_MARKET_STREET)).accept(MediaType.TEXT_HTML));
        MvcResult made = perform(form(GP_MARKET_STREET, path, Map.of("reason", "Cannot manage the stairs", "urgency", "SOON",
                "requesterName", "Dr Patel", "version", GpPracticePagesTest.hidden(html(form), "version"),
                "idempotencyKey", GpPracticePagesTest.hidden(html(form), "idempotencyKey"))).session(session).with(csrf()));
        assertThat(made.getResponse().getStatus()).isEqualTo(303);

        // the very next page, straight away: it reads the practice's view, which shows the referral
        MvcResult list = perform(get(made.getResponse().getRedirectedUrl()).session(session).with(signedIn(GP_MARKET_STREET))
                .accept(MediaType.TEXT_HTML));
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(list)).contains("Your referral was sent", "Readsownwrite", "Cannot manage the stairs")
                .doesNotContain("Still updating");
    }

    @Test
    void aPageWhoseViewHasNotCaughtUpSaysItIsStillUpdating() throws Exception {
        // a write the views can never reach (no event has this version): the page waits its longest, then says so
        MockHttpSession session = new MockHttpSession();
        Map<UUID, ReadYourWrites.Write> writes = new LinkedHashMap<>();
        UUID person = registerAt(MARKET_STREET, "Stillupdating");
        writes.put(person, new ReadYourWrites.Write(person, 1_000_000, null));
        session.setAttribute(ReadYourWrites.SESSION_ATTRIBUTE, writes);
        long started = System.nanoTime();
        MvcResult list = perform(get("/gp-practice/referrals").session(session).with(signedIn(GP_MARKET_STREET))
                .accept(MediaType.TEXT_HTML));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(list)).contains("govuk-notification-banner", "id=\"still-updating\"",
                "Still updating: this page may not show your last change yet");
        // another session, with nothing written, is not held up and sees no banner
        assertThat(html(page(GP_MARKET_STREET, "/gp-practice/referrals"))).doesNotContain("Still updating");
    }
}
