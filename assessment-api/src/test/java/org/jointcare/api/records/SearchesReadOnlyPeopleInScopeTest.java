package org.jointcare.api.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Searches and lists read only the people the caller's work relates them to, and cut their pages
 * from those people in the database: a common family name elsewhere never shortens a page, and
 * no one outside the caller's scope is read, answered or written to the access log.
 */
class SearchesReadOnlyPeopleInScopeTest extends ApiTest {

    private static final Random RANDOM = new Random();

    /** A family name only this test run uses, so other tests' people cannot join the search. */
    private static String familyNameOfThisRun(String stem) {
        return stem + (char) ('a' + RANDOM.nextInt(26)) + (char) ('a' + RANDOM.nextInt(26)) + (char) ('a' + RANDOM.nextInt(26))
                + (char) ('a' + RANDOM.nextInt(26));
    }

    @Test
    void aLinkworkerSearchingACommonFamilyNameGetsFullPagesOfTheirOwnPeopleHoweverManyElsewhereShareIt() throws Exception {
        String family = familyNameOfThisRun("Jones");
        // twelve Joneses in the south, who sort before everyone in the north
        List<UUID> south = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            south.add(register(GP_SOUTHGATE, SOUTHGATE, "Aaron", family));
        }
        List<UUID> north = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            north.add(register(GP_RIVERSIDE, RIVERSIDE, "Edith", family));
            north.add(register(GP_MARKET_STREET, MARKET_STREET, "Enid", family));
        }

        JsonNode first = body(expect(read(LINKWORKER_NORTH, "/api/v1/care-records?familyName=" + family + "&size=5"), 200));
        JsonNode second = body(expect(read(LINKWORKER_NORTH, "/api/v1/care-records?familyName=" + family + "&size=5&page=1"), 200));

        assertThat(first.get("items")).hasSize(5);
        assertThat(second.get("items")).hasSize(1);
        List<String> answered = new ArrayList<>(first.get("items").findValuesAsText("careRecordId"));
        answered.addAll(second.get("items").findValuesAsText("careRecordId"));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(north.stream().map(UUID::toString).toList());
        for (UUID person : north) {
            assertThat(accessLogFor(person)).filteredOn(row -> LINKWORKER_NORTH.equals(row.get("USER_ID")))
                    .singleElement().satisfies(row -> {
                        assertThat(row).containsEntry("ACTION", "FIND_CARE_RECORDS").containsEntry("OUTCOME", "ALLOWED");
                        assertThat((String) row.get("BASIS")).startsWith("attached to practice");
                    });
        }
        for (UUID person : south) {
            assertThat(accessLogFor(person)).as("a person outside the linkworker's scope is never read")
                    .noneMatch(row -> LINKWORKER_NORTH.equals(row.get("USER_ID")));
        }
    }

    @Test
    void aDistrictNurseFindsPeopleOnTheirTeamsCaseloadWhereverTheyAreRegisteredAndNoOneElseThere() throws Exception {
        String family = familyNameOfThisRun("Price");
        UUID onNorthCaseload = register(GP_SOUTHGATE, SOUTHGATE, "Beryl", family);
        UUID notOnIt = register(GP_SOUTHGATE, SOUTHGATE, "Alma", family);
        expect(send(GP_SOUTHGATE, records(onNorthCaseload) + "/nursing-team", Bodies.nursingTeam("DN-NORTH")), 200);

        JsonNode found = body(expect(read(NURSE_NORTH, "/api/v1/care-records?familyName=" + family), 200));

        assertThat(found.get("items").findValuesAsText("careRecordId")).containsExactly(onNorthCaseload.toString());
        assertThat((String) lastRowAbout(NURSE_NORTH, onNorthCaseload).get("BASIS")).startsWith("on nursing team DN-NORTH");
        assertThat(accessLogFor(notOnIt)).noneMatch(row -> NURSE_NORTH.equals(row.get("USER_ID")));
    }

    @Test
    void aPracticeListWritesOneLogRowForEachPersonItAnswersAndOneRefusalForEachPersonConsentHides() throws Exception {
        // family names that sort first, so both are on the list's first page whoever else is registered there
        UUID shared = register(GP_RIVERSIDE, RIVERSIDE, "Ada", familyNameOfThisRun("Aaaab"));
        UUID refused = register(GP_RIVERSIDE, RIVERSIDE, "Ada", familyNameOfThisRun("Aaaaa"));
        expect(send(GP_RIVERSIDE, records(refused) + "/consent", Bodies.consent("REFUSED")), 200);
        String correlation = "practice-list-" + UUID.randomUUID();

        MvcResult result = perform(get("/api/v1/practices/" + RIVERSIDE + "/people?size=20")
                .header("X-Correlation-Id", correlation).with(httpBasic(LINKWORKER_NORTH, PASSWORD)));

        List<String> answered = body(expect(result, 200)).get("items").findValuesAsText("careRecordId");
        assertThat(answered).contains(shared.toString()).doesNotContain(refused.toString());
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT care_record_id, outcome, action FROM access_log"
                + " WHERE correlation_id = ? AND care_record_id IS NOT NULL ORDER BY id", correlation);
        assertThat(rows).filteredOn(row -> "ALLOWED".equals(row.get("OUTCOME")))
                .extracting(row -> (String) row.get("CARE_RECORD_ID")).containsExactlyInAnyOrderElementsOf(answered);
        assertThat(rows).filteredOn(row -> "REFUSED".equals(row.get("OUTCOME")))
                .extracting(row -> (String) row.get("CARE_RECORD_ID")).contains(refused.toString())
                .doesNotContainAnyElementsOf(answered);
        assertThat(rows).hasSize(rows.stream().map(row -> row.get("CARE_RECORD_ID")).distinct().toList().size());
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("ACTION", "LIST_PRACTICE_PEOPLE"));
    }

    private UUID register(String gp, String practice, String givenName, String familyName) throws Exception {
        Map<String, Object> body = Map.of("person", Map.of(
                "givenName", givenName,
                "familyName", familyName,
                "dateOfBirth", LocalDate.of(1940, 2, 3).toString(),
                "registeredPracticeCode", practice,
                "locality", "North",
                "livingSituation", "LIVES_ALONE"));
        return UUID.fromString(body(expect(send(gp, "/api/v1/care-records", body), 201)).get("careRecordId").asText());
    }

    private Map<String, Object> lastRowAbout(String user, UUID person) {
        return jdbc.queryForMap("SELECT * FROM access_log WHERE user_id = ? AND care_record_id = ? ORDER BY id DESC LIMIT 1",
                user, person.toString());
    }

    private MvcResult expect(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }
}
