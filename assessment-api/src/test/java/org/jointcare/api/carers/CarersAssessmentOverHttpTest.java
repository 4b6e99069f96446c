package org.jointcare.api.carers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A carer's assessment over HTTP, from the request to the carer's support: the practice asks for
 * it, it waits on the linkworker's caseload, the linkworker carries it out (the record decides
 * eligibility) and arranges the carer's own support plan; who may do which, and what is refused.
 */
class CarersAssessmentOverHttpTest extends ApiTest {

    @Test
    void thePracticeAsksTheLinkworkerAssessesAndSupportsTheCarer() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        Map<String, Object> tom = Bodies.map("carer", Bodies.map("name", "Tom Hill", "relationship", "husband",
                "contact", "07700 900461"));

        MvcResult requested = expect(send(GP_RIVERSIDE, record + "/carers-assessments", tom), 201);
        UUID assessment = UUID.fromString(body(requested).get("id").asText());
        assertThat(body(requested).get("resource").asText()).isEqualTo(record + "/carers-assessments/" + assessment);
        MvcResult twice = expect(send(LINKWORKER_NORTH, record + "/carers-assessments", tom), 409);
        assertThat(body(twice).get("code").asText()).isEqualTo("carers-assessment-already-requested");
        assertThat(body(twice).get("type").asText()).endsWith("/carers-assessment-already-requested");
        expect(send(GP_RIVERSIDE, record + "/carers-assessments", Bodies.map("carer", Bodies.map("name", "Tom Hill"))), 422);

        JsonNode waiting = eventually(LINKWORKER_NORTH, "/api/v1/caseload/CARERS_ASSESSMENTS?size=100&practice=" + RIVERSIDE,
                page -> item(page, assessment) != null);
        assertThat(item(waiting, assessment).path("carerName").asText()).isEqualTo("Tom Hill");

        String today = CareCalendar.dateOf(clock.instant()).toString();
        Map<String, Object> findings = Bodies.map("carriedOutOn", today,
                "needsArisingFromProvidingNecessaryCare", true, "healthAtRiskOfDeteriorating", true,
                "outcomes", List.of(Bodies.map("outcome", "RECREATIONAL_ACTIVITIES", "achieved", false,
                        "unableReason", "CANNOT_WITHOUT_ASSISTANCE")),
                "significantImpactOnWellbeing", true, "ableAndWillingToContinueCaring", true,
                "carerViews", "I need a night's sleep");
        // the practice asks for it, but social care carries it out
        expect(send(GP_RIVERSIDE, record + "/carers-assessments/" + assessment + "/outcome", findings), 403);
        expect(send(LINKWORKER_SOUTH, record + "/carers-assessments/" + assessment + "/outcome", findings), 404);
        expect(send(LINKWORKER_NORTH, record + "/carers-assessments/" + assessment + "/outcome", findings), 200);
        MvcResult again = expect(send(LINKWORKER_NORTH, record + "/carers-assessments/" + assessment + "/outcome", findings), 409);
        assertThat(body(again).get("code").asText()).isEqualTo("carers-assessment-not-awaited");

        Map<String, Object> notInPackage = Bodies.map("kind", "SERVICE_IN_PACKAGE", "packageId", UUID.randomUUID().toString(),
                "service", "RESPITE", "startDate", today);
        MvcResult noPackage = expect(send(LINKWORKER_NORTH, record + "/carers-assessments/" + assessment + "/support",
                notInPackage), 409);
        assertThat(body(noPackage).get("code").asText()).isEqualTo("carer-support-service-not-in-package");
        Map<String, Object> ownPlan = Bodies.map("kind", "OWN_SUPPORT_PLAN", "plan", "A carers' centre break each week",
                "startDate", LocalDate.parse(today).plusDays(3).toString());
        expect(send(LINKWORKER_NORTH, record + "/carers-assessments/" + assessment + "/support", ownPlan), 200);
        MvcResult supportedTwice = expect(send(LINKWORKER_NORTH, record + "/carers-assessments/" + assessment + "/support",
                ownPlan), 409);
        assertThat(body(supportedTwice).get("code").asText()).isEqualTo("carer-support-already-arranged");

        eventually(LINKWORKER_NORTH, "/api/v1/caseload/CARERS_ASSESSMENTS?size=100&practice=" + RIVERSIDE,
                page -> item(page, assessment) == null);
        JsonNode history = eventually(GP_RIVERSIDE, record + "/history?size=100",
                page -> page.toString().contains("Support for the carer"));
        assertThat(history.toString()).contains("Carer's assessment carried out").contains("Eligible:");
    }

    private static JsonNode item(JsonNode page, UUID carersAssessmentId) {
        for (JsonNode item : page.path("items")) {
            if (carersAssessmentId.toString().equals(item.path("carersAssessmentId").asText())) {
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
}
