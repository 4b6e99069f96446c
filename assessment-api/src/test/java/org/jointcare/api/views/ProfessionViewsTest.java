package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each profession's own view over HTTP answers only its own team's or practice's people: a
 * person registered in the south never appears in a northern worklist, inbox or caseload, and
 * their case history and own record are not found from the north.
 */
class ProfessionViewsTest extends ApiTest {

    @Test
    void southernPeopleNeverAppearInNorthernViewsAndAreNotFoundFromThere() throws Exception {
        UUID south = registerAt(SOUTHGATE);
        // Market Street: a quiet practice in this suite, so each list fits on one page
        UUID north = registerAt(MARKET_STREET);
        for (UUID person : new UUID[] {south, north}) {
            String gp = person == south ? GP_SOUTHGATE : GP_MARKET_STREET;
            String nurse = person == south ? NURSE_SOUTH : NURSE_NORTH;
            status(send(nurse, records(person) + "/nursing-team", Bodies.nursingTeam(person == south ? "DN-SOUTH" : "DN-NORTH")), 200);
            status(send(gp, records(person) + "/referrals", Bodies.referral(person == south ? SOUTHGATE : MARKET_STREET)), 201);
            status(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        }

        // the GP inbox: each practice sees its own admission notice, never the other's
        JsonNode southInbox = eventually(GP_SOUTHGATE, "/api/v1/gp-practice/inbox?size=100", page -> mentions(page, south));
        assertThat(mentions(southInbox, north)).isFalse();
        JsonNode northInbox = eventually(GP_MARKET_STREET, "/api/v1/gp-practice/inbox?size=100", page -> mentions(page, north));
        assertThat(mentions(northInbox, south)).isFalse();
        assertThat(mentions(body(status(read(GP_MARKET_STREET, "/api/v1/gp-practice/referrals?size=100"), 200)), south)).isFalse();
        status(read(GP_MARKET_STREET, "/api/v1/gp-practice/patients-with-packages"), 200);

        // the linkworker's caseload
        JsonNode northReferrals = eventually(LINKWORKER_NORTH, "/api/v1/caseload/OPEN_REFERRALS?size=100&practice=" + MARKET_STREET,
                page -> mentions(page, north));
        assertThat(mentions(northReferrals, south)).isFalse();
        assertThat(body(status(read(LINKWORKER_NORTH, "/api/v1/caseload"), 200)).get("view").asText()).isEqualTo("Linkworker caseload");

        // the district nursing worklist and shared case history
        for (String list : new String[] {"ASSESSMENTS_AWAITING_NURSING", "NURSING_PACKAGES", "DISCHARGES_NEEDING_VISIT"}) {
            assertThat(mentions(body(status(read(NURSE_NORTH, "/api/v1/district-nursing/worklist/" + list), 200)), south)).isFalse();
        }
        eventually(NURSE_SOUTH, records(south) + "/case-history", page -> page.get("items").size() > 0);
        status(read(NURSE_NORTH, records(south) + "/case-history"), 404);

        // the person's own record
        JsonNode own = eventually(LINKWORKER_SOUTH, records(south) + "/own-record", page -> true);
        assertThat(own.get("view").asText()).startsWith("The person's own record");
        status(read(LINKWORKER_NORTH, records(south) + "/own-record"), 404);
        status(read(GP_RIVERSIDE, records(south) + "/history"), 404);
        status(read(NURSE_NORTH, records(south) + "/as-at?at=" + clock.instant()), 404);
    }

    @Test
    void aPersonWhoRefusedConsentLeavesTheLinkworkersListsAndTheirTotals() throws Exception {
        UUID person = registerAt(MARKET_STREET);
        status(send(GP_MARKET_STREET, records(person) + "/referrals", Bodies.referral(MARKET_STREET)), 201);
        String list = "/api/v1/caseload/OPEN_REFERRALS?practice=" + MARKET_STREET + "&size=100";
        eventually(LINKWORKER_NORTH, list, page -> mentions(page, person));
        assertThat(listReadsOf(person)).as("a list that shows the person logs that it read them").contains("ALLOWED");

        status(send(GP_MARKET_STREET, records(person) + "/consent", Bodies.consent("REFUSED")), 200);
        int readsBefore = listReadsOf(person).size();
        JsonNode page = body(status(read(LINKWORKER_NORTH, list), 200));
        assertThat(mentions(page, person)).isFalse();
        assertThat(page.get("totalItems").asLong()).isEqualTo(page.get("items").size());
        // left out by the list itself, page and total alike: nothing of them is read, so nothing is logged as read
        assertThat(listReadsOf(person)).as("no read of the hidden person").hasSize(readsBefore);
        // the practice that recorded the refusal still sees its own referral
        eventually(GP_MARKET_STREET, "/api/v1/gp-practice/referrals?size=100", referrals -> mentions(referrals, person));
    }

    /**
     * An inbox notice is the notice's own fields with its delivery beside them: null here, as no
     * practice in this suite has a delivery endpoint (the delivery tests cover the rest).
     */
    @Test
    void anInboxNoticeSaysWhatHappenedToItsDeliveryEvenWhenNoneWasDue() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        status(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        JsonNode inbox = eventually(GP_RIVERSIDE, "/api/v1/gp-practice/inbox?size=100", page -> mentions(page, person));
        JsonNode notice = null;
        for (JsonNode item : inbox.get("items")) {
            if (item.at("/patient/careRecordId").asText().equals(person.toString())) {
                notice = item;
            }
        }
        assertThat(notice).isNotNull();
        assertThat(notice.get("kind").asText()).isEqualTo("ADMISSION");
        assertThat(notice.has("notice")).as("the notice's fields are the item's own").isFalse();
        assertThat(notice.has("delivery")).isTrue();
        assertThat(notice.get("delivery").isNull()).isTrue();
    }

    @Test
    void commissionersSeeFiguresAndNeverAPerson() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        JsonNode figures = body(status(read(COMMISSIONER, "/api/v1/commissioning/figures?month=2026-03"), 200));
        assertThat(figures.toString()).doesNotContain(person.toString(), "Edith", "Smith");
        status(read(COMMISSIONER, "/api/v1/commissioning/areas"), 200);
        status(read(COMMISSIONER, records(person)), 403);
        status(read(COMMISSIONER, "/api/v1/care-records?familyName=Smith"), 403);
    }

    /** The outcomes of the linkworker's caseload-list reads about this person, in order. */
    private java.util.List<Object> listReadsOf(UUID person) {
        return accessLogFor(person).stream()
                .filter(row -> LINKWORKER_NORTH.equals(row.get("USER_ID")) && "READ_CASELOAD_LIST".equals(row.get("ACTION")))
                .map(row -> row.get("OUTCOME")).toList();
    }

    private JsonNode eventually(String user, String path, Predicate<JsonNode> until) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (true) {
            MvcResult result = read(user, path);
            if (result.getResponse().getStatus() == 200) {
                JsonNode page = body(result);
                if (until.test(page)) {
                    return page;
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(path + " as " + user + " never showed what was expected: "
                        + result.getResponse().getContentAsString());
            }
            Thread.sleep(100);
        }
    }

    private static boolean mentions(JsonNode page, UUID person) {
        return page.toString().contains(person.toString());
    }

    private MvcResult status(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI() + " answered " + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }
}
