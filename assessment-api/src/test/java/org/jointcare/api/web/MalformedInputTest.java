package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every write endpoint, sent every kind of bad input, by a professional who may use it on a real
 * person: none answers 5xx, each answers problem+json with a stable type and without a stack
 * trace, SQL or class name. Then the field at fault, case by case.
 */
class MalformedInputTest extends ApiTest {

    private static final Map<Role, String> USER = Map.of(
            Role.LINKWORKER, LINKWORKER_NORTH, Role.DISTRICT_NURSE, NURSE_NORTH, Role.GP_PRACTICE, GP_RIVERSIDE,
            Role.HOSPITAL_DISCHARGE_TEAM, HOSPITAL_RD1, Role.PRIVACY_OFFICER, PRIVACY_OFFICER, Role.COMMISSIONER, COMMISSIONER);

    /** Query parameters written wrong: paging out of its range, and words where a number belongs. */
    private static final List<String> BAD_PARAMETERS = List.of("page=-1", "size=0", "size=100000", "page=lots", "size=",
            "page=99999999999");

    private static final Map<String, String> BAD_BODIES = Bodies.map(
            "truncated JSON", "{\"reason\": ",
            "not JSON at all", "reason=because",
            "an array", "[]",
            "a string", "\"text\"",
            "a number", "42",
            "null", "null",
            "an unknown field", "{\"unexpected\": true}",
            "every field the wrong type", "{\"reason\": {}, \"minutes\": \"lots\", \"decision\": 7, \"person\": [],"
                    + " \"source\": {}, \"referralId\": \"not-a-uuid\", \"startDate\": \"tomorrow\", \"dueBy\": 12}",
            "a huge number", "{\"minutes\": 1e400}",
            "an empty object", "{}",
            "trailing garbage", "{} {}",
            "a duplicated key", "{\"reason\": \"a\", \"reason\": \"b\"}",
            "deep nesting", "[".repeat(5000) + "]".repeat(5000),
            "control characters", "{\"reason\": \"\u0000\u0001\"}") .entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue(),
                    (a, b) -> a, java.util.LinkedHashMap::new));

    private UUID person;

    @BeforeEach
    void aPersonEveryoneHereMayReach() throws Exception {
        person = registerAt(RIVERSIDE);
    }

    @TestFactory
    Stream<DynamicTest> noWriteEndpointAnswers5xxToBadInput() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiEndpoint endpoint : writeEndpoints()) {
            String user = USER.get(endpoint.roles().stream().filter(USER::containsKey).findFirst().orElseThrow());
            BAD_BODIES.forEach((name, body) -> tests.add(DynamicTest.dynamicTest(endpoint + " with " + name, () ->
                    assertProblem(perform(post(path(endpoint)).with(httpBasic(user, PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))))));
            tests.add(DynamicTest.dynamicTest(endpoint + " sent as text/plain", () -> {
                MvcResult result = perform(post(path(endpoint)).with(httpBasic(user, PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN).content("{}"));
                assertProblem(result);
                assertThat(result.getResponse().getStatus()).isEqualTo(415);
            }));
            tests.add(DynamicTest.dynamicTest(endpoint + " sent as a form with a broken %-escape", () ->
                    assertProblem(perform(post(path(endpoint)).with(httpBasic(user, PASSWORD))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("s%&reason=%zz")))));
            tests.add(DynamicTest.dynamicTest(endpoint + " sent an oversized body", () -> {
                String huge = "{\"reason\": \"" + "x".repeat(70_000) + "\"}";
                MvcResult result = perform(post(path(endpoint)).with(httpBasic(user, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(huge));
                assertProblem(result);
                assertThat(result.getResponse().getStatus()).isEqualTo(413);
            }));
            tests.add(DynamicTest.dynamicTest(endpoint + " with a malformed If-Match", () -> {
                MvcResult result = perform(post(path(endpoint)).with(httpBasic(user, PASSWORD))
                        .header("If-Match", "\"not-a-version").contentType(MediaType.APPLICATION_JSON).content("{}"));
                assertProblem(result);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noReadAnswers5xxToParametersWrittenWrong() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            if (endpoint.method() != HttpMethod.GET || !endpoint.path().startsWith("/api/")) {
                continue;
            }
            String user = endpoint.roles().stream().map(USER::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (user == null) {
                continue;
            }
            String path = endpoint.path().replace("{list}", "OPEN_REFERRALS").replace("{careRecordId}", person.toString())
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            BAD_PARAMETERS.forEach(parameter -> tests.add(DynamicTest.dynamicTest(endpoint + " with " + parameter, () -> {
                MvcResult result = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get(path + "?" + parameter).with(httpBasic(user, PASSWORD)));
                int status = result.getResponse().getStatus();
                assertThat(status).as(result.getResponse().getContentAsString()).isLessThan(500);
                if (status >= 400) {
                    assertProblem(result);
                }
            })));
        }
        return tests.stream();
    }

    @Test
    void aPageSizeOutOfRangeIsNamed() throws Exception {
        JsonNode problem = problem(read(LINKWORKER_NORTH, "/api/v1/caseload/OPEN_REFERRALS?size=0"), 400);
        assertThat(problem.get("code").asText()).isEqualTo("invalid-parameter");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("size");
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        JsonNode problem = problem(send(GP_RIVERSIDE, records(person) + "/consent",
                "{\"decision\": \"AGREED\", \"agreedBy\": \"someone\"}"), 400);
        assertThat(problem.get("type").asText()).isEqualTo(ApiProblem.BASE + "unknown-field");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("agreedBy");
    }

    @Test
    void aWrongTypeDeepInTheBodyIsNamedByItsPath() throws Exception {
        Map<String, Object> body = Bodies.map("person", Bodies.map("givenName", "Edith", "familyName", "Smith",
                "dateOfBirth", "12/04/1936", "registeredPracticeCode", RIVERSIDE, "locality", "North"));
        JsonNode problem = problem(send(GP_RIVERSIDE, "/api/v1/care-records", body), 400);
        assertThat(problem.get("type").asText()).isEqualTo(ApiProblem.BASE + "wrong-type");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("person.dateOfBirth");
    }

    @Test
    void aCharacteristicThatIsNotOneOfItsValuesIsNamedByItsPath() throws Exception {
        Map<String, Object> body = Bodies.map("person", Bodies.map("givenName", "Edith", "familyName", "Smith",
                "dateOfBirth", "1936-04-12", "registeredPracticeCode", RIVERSIDE, "locality", "North",
                "characteristics", Bodies.map("gender", "FEMALE", "ethnicity", "WHITE_SCOTTISH")));
        JsonNode problem = problem(send(GP_RIVERSIDE, "/api/v1/care-records", body), 400);
        assertThat(problem.get("type").asText()).isEqualTo(ApiProblem.BASE + "wrong-type");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("person.characteristics.ethnicity");
        assertThat(problem.get("detail").asText()).contains("WHITE_BRITISH", "PREFERS_NOT_TO_SAY");
    }

    @Test
    void anEnumValueThatDoesNotExistListsTheOnesThatDo() throws Exception {
        JsonNode problem = problem(send(GP_RIVERSIDE, records(person) + "/consent", "{\"decision\": \"MAYBE\"}"), 400);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("decision");
        assertThat(problem.get("detail").asText()).contains("AGREED", "AGREED_WITH_LIMITS", "REFUSED");
    }

    @Test
    void missingFieldsAreEachNamed() throws Exception {
        JsonNode problem = problem(send(GP_RIVERSIDE, records(person) + "/referrals", "{\"urgency\": \"SOON\"}"), 422);
        assertThat(problem.get("type").asText()).isEqualTo(ApiProblem.BASE + "invalid-fields");
        assertThat(problem.get("errors").findValuesAsText("field")).contains("source", "requester", "reason");
    }

    @Test
    void aValueOutOfRangeIsNamed() throws Exception {
        JsonNode problem = problem(send(GP_RIVERSIDE, records(person) + "/emergency-access", Bodies.emergencyAccess(721)), 422);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("minutes");
    }

    @Test
    void aDomainRuleRefusalCarriesTheRuleCode() throws Exception {
        JsonNode problem = problem(send(GP_RIVERSIDE, records(person) + "/consent",
                Bodies.map("decision", "AGREED_WITH_LIMITS", "limits", " ")), 422);
        assertThat(problem.get("type").asText()).isEqualTo(ApiProblem.BASE + "consent-limits-required");
        assertThat(problem.get("code").asText()).isEqualTo("consent-limits-required");
    }

    @Test
    void anInvalidNhsNumberIsTheCareRecordsOwnRule() throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>(registration(RIVERSIDE, "Jones"));
        body.put("nhsNumber", "9434765918");
        JsonNode problem = problem(send(GP_RIVERSIDE, "/api/v1/care-records", body), 422);
        assertThat(problem.get("code").asText()).isEqualTo("nhs-number-invalid");
    }

    @Test
    void askingForSomethingOtherThanJsonIsRefusedWithoutAFailure() throws Exception {
        MvcResult result = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(records(person))
                .with(httpBasic(GP_RIVERSIDE, PASSWORD)).accept(MediaType.APPLICATION_XML));
        assertThat(result.getResponse().getStatus()).isEqualTo(406);
    }

    @Test
    void anIdThatIsNotAUuidIsJustNotFound() throws Exception {
        problem(read(GP_RIVERSIDE, "/api/v1/care-records/not-a-uuid"), 404);
    }

    private JsonNode problem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertProblem(result);
        return body(result);
    }

    private void assertProblem(MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        assertThat(status).as(body).isBetween(400, 499);
        assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = body(result);
        assertThat(problem.get("type").asText()).startsWith(ApiProblem.BASE);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.hasNonNull("correlationId")).isTrue();
        assertThat(body).doesNotContain("Exception", "org.", "java.", "com.fasterxml", "SQL", "\tat ");
    }

    private List<ApiEndpoint> writeEndpoints() {
        EnumSet<ApiEndpoint> writes = EnumSet.noneOf(ApiEndpoint.class);
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            if (endpoint.method() == HttpMethod.POST) {
                writes.add(endpoint);
            }
        }
        return List.copyOf(writes);
    }

    private String path(ApiEndpoint endpoint) {
        return endpoint.path().replace("{careRecordId}", person.toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

}
