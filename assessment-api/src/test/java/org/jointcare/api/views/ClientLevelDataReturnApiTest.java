package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The commissioner downloads the quarter's Client Level Data return as CSV; nobody else may; producing
 * it is written to the access log for every person it names; a return that breaks the specification's
 * rules is answered as the list of what to correct instead.
 */
class ClientLevelDataReturnApiTest extends ApiTest {

    private static final String COUNCIL = "E06000054";

    private static String quarterOf(Instant at) {
        LocalDate day = CareCalendar.dateOf(at);
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static String path(String quarter) {
        return "/api/v1/commissioning/client-level-data?localAuthority=" + COUNCIL + "&quarter=" + quarter;
    }

    @Test
    void theCommissionerGetsTheReturnAsCsvAndEachPersonInItIsLogged() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        MvcResult referred = send(GP_RIVERSIDE, record + "/referrals", Bodies.referral());
        UUID referral = UUID.fromString(body(answered(referred, 201)).get("id").asText());
        answered(send(LINKWORKER_NORTH, record + "/referrals/" + referral + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH)), 200);
        String quarter = quarterOf(clock.instant());

        String csv = null;
        Instant giveUp = Instant.now().plusSeconds(30);
        while (csv == null || !csv.contains("REQ-" + referral)) {
            assertThat(Instant.now()).as("the return never showed the referral: " + csv).isBefore(giveUp);
            MvcResult result = answered(read(COMMISSIONER, path(quarter)), 200);
            assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.parseMediaType("text/csv")))
                    .isTrue();
            assertThat(result.getResponse().getHeader("Content-Disposition"))
                    .contains("attachment", "client-level-data-" + COUNCIL + "-" + quarter + ".csv");
            csv = result.getResponse().getContentAsString();
            Thread.sleep(100);
        }

        assertThat(csv).startsWith("LA_Code,Reporting_Period_End_Date,Reporting_Period_Start_Date,NHS_Number,LA_Person_Unique_Identifier,");
        String row = csv.lines().filter(line -> line.contains("REQ-" + referral)).findFirst().orElseThrow();
        assertThat(row).startsWith(COUNCIL + ",").contains(person.toString(), RIVERSIDE, "1936-04-12", "Request",
                "\"Progress to assessment, review or reassessment\"", "Community or other route");
        assertThat(row).doesNotContain("Edith", "Smith");
        List<Map<String, Object>> logged = accessLogFor(person).stream()
                .filter(entry -> "PRODUCE_CLIENT_LEVEL_DATA_RETURN".equals(entry.get("ACTION"))).toList();
        assertThat(logged).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.get("USER_ID")).isEqualTo(COMMISSIONER);
            assertThat(entry.get("OUTCOME")).isEqualTo("ALLOWED");
            assertThat((String) entry.get("BASIS")).startsWith("statutory Adult Social Care Client Level Data return " + quarter);
        });
    }

    @Test
    void noOtherRoleMayProduceIt() throws Exception {
        for (String user : List.of(GP_RIVERSIDE, LINKWORKER_NORTH, NURSE_NORTH, HOSPITAL_RD1, PRIVACY_OFFICER)) {
            MvcResult result = answered(read(user, path("2026-Q1")), 403);
            assertThat(body(result).get("type").asText()).isEqualTo(ApiProblem.BASE + "role-not-permitted");
        }
    }

    @Test
    void aQuarterOrCouncilCodeNotWrittenAsTheReturnNeedsIsRefused() throws Exception {
        answered(read(COMMISSIONER, "/api/v1/commissioning/client-level-data?localAuthority=" + COUNCIL + "&quarter=2026-07"), 400);
        answered(read(COMMISSIONER, "/api/v1/commissioning/client-level-data?localAuthority=e06;&quarter=2026-Q3"), 400);
        answered(read(COMMISSIONER, "/api/v1/commissioning/client-level-data?quarter=2026-Q3"), 400);
    }

    /** A row the checks refuse is planted in the view, in a quarter of its own: no record today can make one. */
    @Test
    void aReturnThatBreaksTheRulesAnswersWhatToCorrectNotTheFile() throws Exception {
        UUID person = UUID.randomUUID();
        String reference = "REQ-" + UUID.randomUUID();
        jdbc.update("INSERT INTO cld_row (event_reference, care_record_id, locality, event_type, start_date, end_date, row_values)"
                        + " VALUES (?, ?, 'North', 'Request', DATE '2031-01-05', DATE '2031-01-06', ?)", reference, person.toString(),
                "{\"LA_PERSON_UNIQUE_IDENTIFIER\":\"" + person + "\",\"GP_PRACTICE_CODE\":\"J82034\",\"GENDER\":\"Unknown\","
                        + "\"ETHNICITY\":\"No data: Undeclared or not known\",\"DATE_OF_BIRTH\":\"1936-04-12\","
                        + "\"CLIENT_TYPE\":\"Service user\",\"EVENT_TYPE\":\"Request\",\"EVENT_REFERENCE\":\"" + reference + "\","
                        + "\"EVENT_START_DATE\":\"2031-01-05\",\"EVENT_END_DATE\":\"2031-01-06\",\"EVENT_OUTCOME\":\"Accepted\"}");
        try {
            MvcResult result = answered(read(COMMISSIONER, path("2031-Q1")), 422);

            assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            JsonNode problem = body(result);
            assertThat(problem.get("type").asText()).isEqualTo(ApiProblem.BASE + "client-level-data-not-valid");
            assertThat(problem.get("errors")).hasSize(2);
            assertThat(problem.get("errors").findValuesAsText("rule"))
                    .containsExactlyInAnyOrder("value-not-in-code-list", "mandatory-field-missing");
            assertThat(problem.get("errors").findValuesAsText("careRecordId")).containsOnly(person.toString());
            assertThat(problem.get("errors").findValuesAsText("eventReference")).containsOnly(reference);
            assertThat(accessLogFor(person)).extracting(entry -> entry.get("ACTION")).containsExactly("PRODUCE_CLIENT_LEVEL_DATA_RETURN");
        } finally {
            jdbc.update("DELETE FROM cld_row WHERE event_reference = ?", reference);
        }
    }
}
