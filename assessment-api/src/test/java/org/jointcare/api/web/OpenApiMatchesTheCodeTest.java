package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.jointcare.api.security.ApiEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI description the application serves lists exactly the endpoints the role table declares. */
class OpenApiMatchesTheCodeTest extends ApiTest {

    @Test
    void everyDeclaredEndpointIsDescribedAndNothingElseUnderTheApi() throws Exception {
        MvcResult docs = perform(get("/v3/api-docs"));
        assertThat(docs.getResponse().getStatus()).isEqualTo(200);
        JsonNode paths = body(docs).get("paths");

        Set<String> described = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> each = paths.fields();
        while (each.hasNext()) {
            Map.Entry<String, JsonNode> path = each.next();
            path.getValue().fieldNames().forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey()));
        }
        Set<String> declared = new HashSet<>();
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            declared.add(endpoint.method().name() + " " + endpoint.path());
        }
        assertThat(described.stream().filter(d -> d.contains(" /api/") || d.contains(" /fhir/")).toList()).containsExactlyInAnyOrderElementsOf(declared);
        // the signed-in professional is never a parameter a client sends, nor are who and when in any body
        assertThat(paths.findValuesAsText("name")).doesNotContain("who", "by");
        JsonNode register = body(docs).at("/components/schemas/RegisterPersonRequest/properties");
        assertThat(register.has("by")).isFalse();
        assertThat(register.has("at")).isFalse();
    }

    @Test
    void theBrowsableUiIsServed() throws Exception {
        MvcResult ui = perform(get("/swagger-ui/index.html"));
        assertThat(ui.getResponse().getStatus()).isEqualTo(200);
    }
}
