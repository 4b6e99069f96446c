package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
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
 * Walks the whole of {@link ApiEndpoint}: every endpoint, every role. A role the table allows
 * gets past the role check (it may still hear 400, 404 or 422 about what it sent); every other
 * role is refused with 403 and the role-not-permitted problem.
 */
class RoleMatrixTest extends ApiTest {

    private static final String ROLE_NOT_PERMITTED = ApiProblem.BASE + "role-not-permitted";

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            for (Role role : Role.values()) {
                boolean allowed = endpoint.allows(role);
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role + (allowed ? " is allowed" : " is refused"), () -> {
                    MvcResult result = perform(call(endpoint, NORTH_USER_BY_ROLE.get(role)));
                    int status = result.getResponse().getStatus();
                    String body = result.getResponse().getContentAsString();
                    if (allowed) {
                        assertThat(status).as(body).isNotIn(401, 403);
                        assertThat(status).as(body).isLessThan(500);
                    } else {
                        assertThat(status).as(body).isEqualTo(403);
                        assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
                        assertThat(body(result).get("type").asText()).isEqualTo(ROLE_NOT_PERMITTED);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRoleHasSomethingItMayDoAndNoEndpointIsOpenToAll() {
        for (Role role : Role.values()) {
            assertThat(Stream.of(ApiEndpoint.values()).anyMatch(e -> e.allows(role))).as(role.name()).isTrue();
        }
        assertThat(Stream.of(ApiEndpoint.values()).filter(e -> e.roles().size() == Role.values().length)).isEmpty();
    }

    @Test
    void withoutCredentialsEveryEndpointAnswers401AsAProblem() throws Exception {
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            MockHttpServletRequestBuilder call = request(endpoint.method(), path(endpoint))
                    .contentType(MediaType.APPLICATION_JSON).content("{}");
            MvcResult result = perform(call);
            assertThat(result.getResponse().getStatus()).as(endpoint.name()).isEqualTo(401);
            assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
        }
    }

    @Test
    void aWrongPasswordIs401AndNeverEchoesThePassword() throws Exception {
        MvcResult result = perform(request(HttpMethod.GET, "/api/v1/access-log").with(httpBasic(PRIVACY_OFFICER, "guess-123")));
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("guess-123").contains("not-authenticated");
    }

    @Test
    void anApiPathMissingFromTheTableIsRefusedToEveryone() throws Exception {
        for (Role role : Role.values()) {
            MvcResult result = perform(request(HttpMethod.DELETE, "/api/v1/access-log")
                    .with(httpBasic(NORTH_USER_BY_ROLE.get(role), PASSWORD)));
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
        }
    }

    private MockHttpServletRequestBuilder call(ApiEndpoint endpoint, String user) {
        MockHttpServletRequestBuilder call = request(endpoint.method(), path(endpoint)).with(httpBasic(user, PASSWORD));
        if (endpoint.method() == HttpMethod.POST) {
            call.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return call;
    }

    private static String path(ApiEndpoint endpoint) {
        return endpoint.path()
                .replace("{practiceCode}", RIVERSIDE)
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
