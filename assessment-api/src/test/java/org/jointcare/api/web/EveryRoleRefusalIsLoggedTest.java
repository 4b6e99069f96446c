package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A request the role table refuses (403) never reaches the sharing gate, yet when its path names a
 * person it is an attempt on their record: every endpoint with a care record in its path, asked by
 * every role the table refuses, leaves exactly one access-log row about that person, REFUSED,
 * saying the role may not use the endpoint (whether or not the id exists: the role table answers
 * before anyone looks).
 */
class EveryRoleRefusalIsLoggedTest extends ApiTest {

    @TestFactory
    Stream<DynamicTest> everyRoleRefusedOnAPersonsRecordIsLoggedOnce() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            if (!endpoint.path().contains("{careRecordId}")) {
                continue;
            }
            for (Role role : Role.values()) {
                if (endpoint.allows(role)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(endpoint + " refused to " + role + " is logged", () -> {
                    UUID person = UUID.randomUUID();
                    String user = NORTH_USER_BY_ROLE.get(role);
                    MvcResult result = perform(call(endpoint.method(), path(endpoint, person), user));
                    assertThat(result.getResponse().getStatus()).isEqualTo(403);
                    assertRefusalLoggedOnce(person, user, role, endpoint.name(), result);
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return tests.stream();
    }

    @Test
    void aMethodTheTableDoesNotListOnAPersonsRecordIsLoggedToo() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        MvcResult result = perform(call(HttpMethod.DELETE, records(person), GP_RIVERSIDE));
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertRefusalLoggedOnce(person, GP_RIVERSIDE, Role.GP_PRACTICE, "ENDPOINT_NOT_IN_TABLE", result);
    }

    @Test
    void aRefusalNamingNoPersonWritesNoRowAboutAnyone() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class);
        assertThat(perform(call(HttpMethod.GET, "/api/v1/access-log", GP_RIVERSIDE)).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(call(HttpMethod.GET, "/api/v1/care-records/not-a-uuid/history", COMMISSIONER))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class)).isEqualTo(before);
    }

    private void assertRefusalLoggedOnce(UUID person, String user, Role role, String action, MvcResult result) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT action, outcome, basis, user_role, correlation_id FROM access_log WHERE care_record_id = ? AND user_id = ?"
                        + " AND action <> 'REGISTER_PERSON'",
                person.toString(), user);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("ACTION", action).containsEntry("OUTCOME", "REFUSED")
                .containsEntry("USER_ROLE", role.name())
                .containsEntry("CORRELATION_ID", result.getResponse().getHeader(CorrelationId.HEADER));
        assertThat((String) rows.get(0).get("BASIS")).contains("may not use this endpoint");
    }

    private MockHttpServletRequestBuilder call(HttpMethod method, String path, String user) {
        MockHttpServletRequestBuilder call = request(method, path).with(httpBasic(user, PASSWORD));
        if (method == HttpMethod.POST) {
            call.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return call;
    }

    private static String path(ApiEndpoint endpoint, UUID person) {
        return endpoint.path()
                .replace("{careRecordId}", person.toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
