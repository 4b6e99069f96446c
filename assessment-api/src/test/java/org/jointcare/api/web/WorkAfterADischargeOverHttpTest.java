package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may finish the work a discharge asks for, correct the discharge summary and change a refusal
 * to share, over HTTP: the district nurse records a visit, the linkworker the follow-up, the trust
 * that recorded the discharge corrects it for 7 days and then no longer reaches the person, and
 * after a refusal the registered practice records the person's later agreement.
 */
class WorkAfterADischargeOverHttpTest extends ApiTest {

    private UUID person;
    private String record;
    private UUID admission;
    private Map<String, Object> discharge;

    /** Registered at Riverside, admitted to RD1 and discharged home an hour later. */
    @BeforeEach
    void dischargedHome() throws Exception {
        person = registerAt(RIVERSIDE);
        record = records(person);
        admission = id(expect(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())), 201));
        clock.advance(Duration.ofHours(1));
        discharge = Bodies.discharge(clock.instant());
        expect(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge", discharge), 200);
    }

    private Map<String, Object> correction(String reason) {
        Map<String, Object> corrected = new LinkedHashMap<>(discharge);
        corrected.put("medicationChanges", java.util.List.of(Bodies.map("medication", "Codeine", "kind", "STARTED",
                "detail", "15mg qds for 5 days")));
        corrected.put("reason", reason);
        return corrected;
    }

    @Test
    void theTrustThatRecordedTheDischargeCorrectsItAndThePracticeSeesTheAmendedNotice() throws Exception {
        clock.advance(Duration.ofHours(2));
        expect(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge-summary/corrections",
                correction("Codeine dose was 15mg, not 30mg")), 200);

        JsonNode notice = eventually(GP_RIVERSIDE, "/api/v1/gp-practice/inbox?size=100", page -> amendedNotice(page, admission) != null);
        JsonNode amended = amendedNotice(notice, admission);
        assertThat(amended.path("acknowledged").asBoolean()).isFalse();
        assertThat(amended.path("amended").path("reason").asText()).isEqualTo("Codeine dose was 15mg, not 30mg");
        assertThat(amended.toString()).contains("15mg qds for 5 days").doesNotContain("30mg qds");
        // the practice acknowledges the amended notice
        expect(send(GP_RIVERSIDE, record + "/admissions/" + admission + "/discharge-notice/acknowledgement", Map.of()), 200);
    }

    @Test
    void anotherTrustOrATrustAfterTheWindowCannotCorrectItAndHearsNotFound() throws Exception {
        long before = eventsOn(person);
        expect(send(HOSPITAL_RX9, record + "/admissions/" + admission + "/discharge-summary/corrections",
                correction("Not ours")), 404);
        clock.advance(Duration.ofDays(7));
        MvcResult late = expect(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge-summary/corrections",
                correction("Too late")), 404);
        assertThat(body(late).get("type").asText()).isEqualTo(ApiProblem.BASE + "not-found");
        expect(read(HOSPITAL_RD1, record), 404);
        assertThat(eventsOn(person)).as("nothing was changed").isEqualTo(before);
    }

    @Test
    void aCorrectionMustKeepTheDischargeMomentAndSayWhy() throws Exception {
        Map<String, Object> moved = correction("Moved");
        moved.put("dischargedAt", clock.instant().minusSeconds(60).toString());
        MvcResult refused = expect(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge-summary/corrections",
                moved), 422);
        assertThat(body(refused).get("code").asText()).isEqualTo("discharge-correction-incomplete");
        Map<String, Object> noReason = correction(null);
        expect(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge-summary/corrections", noReason), 422);
    }

    @Test
    void theNurseRecordsAVisitAndTheLinkworkerTheFollowUpOnce() throws Exception {
        clock.advance(Duration.ofHours(20));
        Map<String, Object> visit = Bodies.map("admissionId", admission.toString(), "visitedAt", clock.instant().toString(),
                "notes", "Wound dressed");
        MvcResult visited = expect(send(NURSE_NORTH, record + "/nursing-visits", visit), 201);
        assertThat(body(visited).get("resource").asText()).startsWith(record + "/nursing-visits/");
        // a linkworker does not record nursing visits, nor a nurse the social care follow-up: their roles may not
        expect(send(LINKWORKER_NORTH, record + "/nursing-visits", visit), 403);
        Map<String, Object> followUp = Bodies.map("followedUpAt", clock.instant().toString(), "outcome", "Home care restarted");
        expect(send(NURSE_NORTH, record + "/admissions/" + admission + "/social-care-follow-up", followUp), 403);

        expect(send(LINKWORKER_NORTH, record + "/admissions/" + admission + "/social-care-follow-up", followUp), 200);
        MvcResult twice = expect(send(LINKWORKER_NORTH, record + "/admissions/" + admission + "/social-care-follow-up",
                followUp), 409);
        assertThat(body(twice).get("code").asText()).isEqualTo("follow-up-already-recorded");
        // a linkworker of another area has no relationship: not found
        expect(send(LINKWORKER_SOUTH, record + "/admissions/" + admission + "/social-care-follow-up", followUp), 404);
        // the future is refused by the request's own checks
        Map<String, Object> future = Bodies.map("admissionId", admission.toString(),
                "visitedAt", clock.instant().plus(Duration.ofDays(1)).toString(), "notes", "Not yet");
        expect(send(NURSE_NORTH, record + "/nursing-visits", future), 422);
    }

    @Test
    void afterARefusalTheRegisteredPracticeRecordsTheLaterAgreementAndNoOneElseCan() throws Exception {
        expect(send(LINKWORKER_NORTH, record + "/consent", Bodies.consent("REFUSED")), 200);
        expect(read(GP_RIVERSIDE, record), 404);
        expect(read(NURSE_NORTH, record), 404);
        // the nurse, outside the refusing organisation, neither reaches nor changes it; nor does another practice
        expect(send(NURSE_NORTH, record + "/consent", Bodies.consent("AGREED")), 404);
        expect(send(GP_MARKET_STREET, record + "/consent", Bodies.consent("AGREED")), 404);

        expect(send(GP_RIVERSIDE, record + "/consent", Bodies.consent("AGREED")), 200);
        expect(read(GP_RIVERSIDE, record), 200);
        expect(read(NURSE_NORTH, record), 200);
    }

    /** This test's amended notice: other tests in the same application leave notices at the same practice. */
    private static JsonNode amendedNotice(JsonNode page, UUID admission) {
        for (JsonNode item : page.path("items")) {
            if ("DISCHARGE".equals(item.path("kind").asText()) && item.hasNonNull("amended")
                    && admission.toString().equals(item.path("admissionId").asText())) {
                return item;
            }
        }
        return null;
    }

    private JsonNode eventually(String user, String path, Predicate<JsonNode> ready) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            JsonNode page = body(expect(read(user, path), 200));
            if (ready.test(page)) {
                return page;
            }
            assertThat(Instant.now()).as(path + " never got ready: " + page).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private MvcResult expect(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    private UUID id(MvcResult result) throws Exception {
        return UUID.fromString(body(result).get("id").asText());
    }
}
