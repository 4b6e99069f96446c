package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The person's details corrected or updated over HTTP: the summary and searches show them from the
 * next request, the history names who changed which details, and a change that changes nothing, or
 * comes from someone with no relationship, is refused.
 */
class ChangingPersonDetailsOverHttpTest extends ApiTest {

    private UUID person;
    private String record;

    @BeforeEach
    void registered() throws Exception {
        person = registerAt(RIVERSIDE, "Smyth");
        record = records(person);
    }

    private static Map<String, Object> details(String familyName, String reason) {
        return Bodies.map("givenName", "Edith", "familyName", familyName, "dateOfBirth", "1936-04-12",
                "locality", "North", "preferredLanguage", "Welsh", "interpreterNeeded", true,
                "livingSituation", "LIVES_WITH_CARER",
                "carers", List.of(Bodies.map("name", "Owen Smith", "relationship", "son", "contact", "07700 900 123",
                        "ownNeeds", "Works nights")),
                "reason", reason);
    }

    @Test
    void theRegisteredPracticeCorrectsTheNameAndEveryoneSeesItWithWhoChangedWhat() throws Exception {
        expect(send(GP_RIVERSIDE, record + "/person-details", details("Smith", "Surname misspelt at registration")), 200);

        JsonNode summary = body(expect(read(LINKWORKER_NORTH, record), 200));
        assertThat(summary.path("familyName").asText()).isEqualTo("Smith");
        assertThat(summary.path("registeredPracticeCode").asText()).isEqualTo(RIVERSIDE);

        JsonNode history = eventually(LINKWORKER_NORTH, record + "/history?size=100",
                page -> page.get("entries").toString().contains("Details changed"));
        assertThat(history.get("entries").toString())
                .contains("Details changed (family name, preferred language, interpreter, living situation, carers) by "
                        + GP_RIVERSIDE + ": Surname misspelt at registration");
    }

    @Test
    void theLinkworkerRecordsHerCharacteristicsAndTheRecordHoldsThemWithWhatWasLeftNotKnown() throws Exception {
        Map<String, Object> details = new java.util.HashMap<>(details("Smyth", "Asked at the first visit"));
        details.put("characteristics", Bodies.map("gender", "FEMALE", "ethnicity", "WHITE_IRISH",
                "accommodationStatus", "OWNER_OCCUPIER"));
        expect(send(LINKWORKER_NORTH, record + "/person-details", details), 200);

        JsonNode characteristics = body(expect(read(LINKWORKER_NORTH, record + "/current"), 200))
                .at("/person/characteristics");
        assertThat(characteristics.path("gender").asText()).isEqualTo("FEMALE");
        assertThat(characteristics.path("ethnicity").asText()).isEqualTo("WHITE_IRISH");
        assertThat(characteristics.path("accommodationStatus").asText()).isEqualTo("OWNER_OCCUPIER");
        assertThat(characteristics.path("primarySupportReason").isNull()).isTrue();
        assertThat(characteristics.path("employmentStatus").isNull()).isTrue();
        JsonNode history = eventually(LINKWORKER_NORTH, record + "/history?size=100",
                page -> page.get("entries").toString().contains("Details changed"));
        assertThat(history.get("entries").toString()).contains("gender, ethnic group, accommodation) by " + LINKWORKER_NORTH);
    }

    @Test
    void theSameDetailsAgainAreRefusedWithTheRulesCode() throws Exception {
        expect(send(LINKWORKER_NORTH, record + "/person-details", details("Smith", "Her son moved in")), 200);
        MvcResult again = send(LINKWORKER_NORTH, record + "/person-details", details("Smith", "Checked again"));
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(again.getResponse().getContentAsString()).contains("person-details-unchanged");
    }

    @Test
    void aChangeWithoutAReasonIsRefused() throws Exception {
        assertThat(send(GP_RIVERSIDE, record + "/person-details", details("Smith", " ")).getResponse().getStatus())
                .isIn(400, 422);
        assertThat(eventsOn(person)).isEqualTo(1);
    }

    @Test
    void anotherPracticeCannotReachThePersonToChangeTheirDetails() throws Exception {
        expect(send(GP_SOUTHGATE, record + "/person-details", details("Smith", "Wrong person")), 404);
        assertThat(eventsOn(person)).isEqualTo(1);
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
