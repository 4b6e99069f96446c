package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.jointcare.api.idempotency.IdempotencyKeys;
import org.jointcare.api.security.ApiEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI description the application serves lists exactly the endpoints the role table declares,
 * with the request headers each write honours.
 */
class OpenApiMatchesTheCodeTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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

    /**
     * The headers every write honours are part of its description: Idempotency-Key on every POST
     * (the idempotency filter takes it on all of them), If-Match on every write whose handler reads
     * it. Found from the handlers themselves, so a new write cannot miss them.
     */
    @Test
    void everyWriteDescribesTheIdempotencyKeyAndIfMatchHeadersItHonours() throws Exception {
        JsonNode paths = body(perform(get("/v3/api-docs"))).get("paths");
        int writes = 0;
        int withIfMatch = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                JsonNode operation = paths.path(path).path("post");
                assertThat(operation.isMissingNode()).as("POST " + path + " described").isFalse();
                assertThat(header(operation, IdempotencyKeys.HEADER)).as("Idempotency-Key on POST " + path).isNotNull();
                writes++;
                boolean readsIfMatch = java.util.Arrays.stream(mapping.getValue().getMethodParameters())
                        .map(p -> p.getParameterAnnotation(RequestHeader.class))
                        .anyMatch(h -> h != null && (HttpHeaders.IF_MATCH.equalsIgnoreCase(h.value())
                                || HttpHeaders.IF_MATCH.equalsIgnoreCase(h.name())));
                JsonNode ifMatch = header(operation, HttpHeaders.IF_MATCH);
                if (readsIfMatch) {
                    assertThat(ifMatch).as("If-Match on POST " + path).isNotNull();
                    withIfMatch++;
                } else {
                    assertThat(ifMatch).as("no If-Match on POST " + path + ", which does not read it").isNull();
                }
            }
        }
        assertThat(writes).isEqualTo((int) java.util.Arrays.stream(ApiEndpoint.values())
                .filter(e -> e.method().name().equals("POST")).count());
        assertThat(withIfMatch).isPositive();
    }

    private static JsonNode header(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText()) && name.equalsIgnoreCase(parameter.path("name").asText())) {
                assertThat(parameter.path("description").asText()).as(name + " explained").isNotBlank();
                assertThat(parameter.path("required").asBoolean(false)).as(name + " optional").isFalse();
                return parameter;
            }
        }
        return null;
    }

    /** Every answer is described by its type: no endpoint answers an untyped tree. */
    @Test
    void everyEndpointDescribesWhatItAnswers() throws Exception {
        JsonNode docs = body(perform(get("/v3/api-docs")));
        assertThat(docs.at("/components/schemas").has("JsonNode")).as("an untyped answer").isFalse();
        docs.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            boolean described = false;
            for (Iterator<Map.Entry<String, JsonNode>> responses = operation.getValue().path("responses").fields(); responses.hasNext(); ) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (response.getKey().startsWith("2")) {
                    for (JsonNode content : response.getValue().path("content")) {
                        described |= content.has("schema");
                    }
                }
            }
            assertThat(described).as(operation.getKey().toUpperCase() + " " + path.getKey() + " has a response schema").isTrue();
        }));
    }

    /**
     * The GP inbox's notices carry what happened to their delivery as a field of their type, so the
     * description says so, with the delivery's own schema (not a field added to the answer after
     * the fact, which the description would not know).
     */
    @Test
    void theGpInboxDescribesEachNoticesDelivery() throws Exception {
        JsonNode docs = body(perform(get("/v3/api-docs")));
        JsonNode answer = docs.at("/paths/~1api~1v1~1gp-practice~1inbox/get/responses/200/content/application~1json/schema");
        JsonNode page = null;
        for (JsonNode part : answer.path("allOf")) {
            if (part.has("$ref")) {
                page = schema(docs, part);
            }
        }
        assertThat(page).as("the inbox page's schema").isNotNull();
        JsonNode notice = schema(docs, page.at("/properties/items/items"));
        assertThat(notice.path("properties").has("kind")).as("the notice's own fields").isTrue();
        assertThat(notice.path("properties").has("admissionId")).isTrue();
        JsonNode delivery = schema(docs, notice.at("/properties/delivery"));
        assertThat(delivery.path("properties").has("status")).as("the delivery's own schema").isTrue();
        assertThat(delivery.path("properties").has("timeToAcknowledgement")).isTrue();
    }

    /** The schema a {@code $ref} names, or the node itself. */
    private static JsonNode schema(JsonNode docs, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? docs.at(ref.substring(1)) : node;
    }

    @Test
    void theBrowsableUiIsServed() throws Exception {
        MvcResult ui = perform(get("/swagger-ui/index.html"));
        assertThat(ui.getResponse().getStatus()).isEqualTo(200);
    }
}
