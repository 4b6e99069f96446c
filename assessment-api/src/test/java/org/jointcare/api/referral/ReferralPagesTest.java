package org.jointcare.api.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The linkworker's referral pages: record, screen (accept or close), through the API's own rules. */
class ReferralPagesTest extends PageTest {

    private static Map<String, String> referral(long version, String key) {
        Map<String, String> form = new HashMap<>(Map.of("source", "GP", "requesterName", "Dr Priya Shah",
                "requesterOrganisationCode", RIVERSIDE, "reason", "Falls at home", "urgency", "SOON",
                "version", String.valueOf(version), "idempotencyKey", key));
        return form;
    }

    @Test
    void aReferralRecordedOnThePageIsOnTheRecordAtOnceAndCanBeAccepted() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String page = html(page(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new"));
        assertThat(page).contains("Record a referral", "name=\"idempotencyKey\"", "name=\"_csrf\"");

        MvcResult saved = submit(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new",
                referral(eventsOn(person) - 1, UUID.randomUUID().toString()));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/linkworker/people/" + person + "?done=referral-recorded");
        String record = html(page(LINKWORKER_NORTH, saved.getResponse().getRedirectedUrl()));
        assertThat(record).contains("Referral recorded", "Falls at home", "Received");

        // the screening link on the record page names the referral (read from the record itself, not a view)
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"screen-([0-9a-f-]{36})\"").matcher(record);
        assertThat(link.find()).isTrue();
        String referralId = link.group(1);
        MvcResult accepted = submit(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/" + referralId + "/screening",
                Map.of("decision", "ACCEPT", "linkworkerUserId", LINKWORKER_NORTH,
                        "version", String.valueOf(eventsOn(person) - 1), "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(accepted.getResponse().getRedirectedUrl()).endsWith("?done=referral-accepted");
        assertThat(html(page(LINKWORKER_NORTH, "/linkworker/people/" + person))).contains("Accepted (allocated to " + LINKWORKER_NORTH + ")");
    }

    @Test
    void aFormWithMissingAnswersComesBackWithTheAnswersKeptAndEachMessageBesideItsField() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        Map<String, String> form = referral(eventsOn(person) - 1, UUID.randomUUID().toString());
        form.remove("urgency");
        form.put("reason", "");
        form.put("requesterName", "Dr Kept Name");
        MvcResult again = submit(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new", form);
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(again)).contains("govuk-error-summary", "href=\"#urgency\"", "href=\"#reason\"",
                "id=\"reason-error\"", "value=\"Dr Kept Name\"");
        assertThat(eventsOn(person)).isEqualTo(1);
    }

    @Test
    void aStaleFormIsRefusedAndSaysSoInsteadOfOverwriting() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        long readAt = eventsOn(person) - 1;
        // someone else records a referral meanwhile
        assertThat(submit(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new",
                referral(readAt, UUID.randomUUID().toString())).getResponse().getStatus()).isEqualTo(303);
        MvcResult stale = submit(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new",
                referral(readAt, UUID.randomUUID().toString()));
        assertThat(stale.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(stale)).contains("Someone else changed this record", "value=\"" + (readAt + 1) + "\"");
        assertThat(eventsOn(person)).isEqualTo(2);
    }

    @Test
    void submittingTheSameFormTwiceRecordsOnce() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        Map<String, String> form = referral(eventsOn(person) - 1, UUID.randomUUID().toString());
        MvcResult first = submit(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new", form);
        MvcResult second = submit(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new", form);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(eventsOn(person)).isEqualTo(2);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        // in the session the form was rendered in (without one it is answered as a session that ended)
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/linkworker/people/" + person + "/referrals/new").with(signedIn(LINKWORKER_NORTH)).session(session));
        MvcResult refused = perform(form(LINKWORKER_NORTH, "/linkworker/people/" + person + "/referrals/new",
                referral(eventsOn(person) - 1, UUID.randomUUID().toString())).session(session));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(eventsOn(person)).isEqualTo(1);
    }

    @Test
    void anotherPracticesPersonIsTheSameNotFoundAsNobody() throws Exception {
        UUID southgate = registerAt(SOUTHGATE);
        MvcResult theirs = page(LINKWORKER_NORTH, "/linkworker/people/" + southgate + "/referrals/new");
        MvcResult nobody = page(LINKWORKER_NORTH, "/linkworker/people/" + UUID.randomUUID() + "/referrals/new");
        assertThat(theirs.getResponse().getStatus()).isEqualTo(404);
        assertThat(withoutCsrfToken(html(theirs))).isEqualTo(withoutCsrfToken(html(nobody))).contains("Page not found");
        MvcResult post = submit(LINKWORKER_NORTH, "/linkworker/people/" + southgate + "/referrals/new",
                referral(0, UUID.randomUUID().toString()));
        assertThat(post.getResponse().getStatus()).isEqualTo(404);
        assertThat(eventsOn(southgate)).isEqualTo(1);
    }
}
