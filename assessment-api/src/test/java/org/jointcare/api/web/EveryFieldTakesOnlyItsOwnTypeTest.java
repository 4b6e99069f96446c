package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every field of every request body, found from the controllers themselves (so a new endpoint or
 * field is covered without editing this test), takes only its own JSON type: a number or a
 * boolean is not text, text is not a number, a number is not a date. And no text field takes a
 * control character: NUL and the like never, a line break or a tab only in free text. Each refusal
 * names the field by its path.
 */
class EveryFieldTakesOnlyItsOwnTypeTest extends ApiTest {

    private static final Map<Role, String> USER = Map.of(
            Role.LINKWORKER, LINKWORKER_NORTH, Role.DISTRICT_NURSE, NURSE_NORTH, Role.GP_PRACTICE, GP_RIVERSIDE,
            Role.HOSPITAL_DISCHARGE_TEAM, HOSPITAL_RD1);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private UUID person;

    @BeforeEach
    void aPersonEveryoneHereMayReach() throws Exception {
        person = registerAt(RIVERSIDE);
    }

    /** One leaf field of a body: its path as problems name it, its Java type, and the JSON that puts a value there. */
    record Leaf(String path, Class<?> type, boolean freeText, java.util.function.Function<Object, Object> body) {
    }

    @TestFactory
    Stream<DynamicTest> everyTextFieldRefusesNumbersBooleansAndControlCharacters() {
        List<DynamicTest> tests = new ArrayList<>();
        forEveryLeaf((endpoint, leaf) -> {
            if (leaf.type() != String.class) {
                return;
            }
            tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " = 12345", () ->
                    assertRefused(endpoint, leaf.body().apply(12345), 400, "wrong-type", leaf.path())));
            tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " = 1e400", () ->
                    assertRefused(endpoint, leaf.body().apply(new java.math.BigDecimal("1e400")), 400, "wrong-type", leaf.path())));
            tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " = true", () ->
                    assertRefused(endpoint, leaf.body().apply(true), 400, "wrong-type", leaf.path())));
            tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " with a NUL", () ->
                    assertRefused(endpoint, leaf.body().apply("Edith\u0000Clarke"), 422, "invalid-fields", leaf.path())));
            tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " with an escape character", () ->
                    assertRefused(endpoint, leaf.body().apply("Edith\u001b[31m"), 422, "invalid-fields", leaf.path())));
            if (!leaf.freeText()) {
                tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " with a line break", () ->
                        assertRefused(endpoint, leaf.body().apply("Edith\nClarke"), 422, "invalid-fields", leaf.path())));
            }
        });
        assertThat(tests).hasSizeGreaterThan(200);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyNumberDateAndYesNoFieldRefusesOtherTypes() {
        List<DynamicTest> tests = new ArrayList<>();
        forEveryLeaf((endpoint, leaf) -> {
            Object wrong = switch (leaf.type().getSimpleName()) {
                case "Integer", "Long" -> "7";
                case "Boolean" -> "true";
                case "LocalDate", "Instant" -> 20_000;
                default -> null;
            };
            if (wrong != null) {
                tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " = " + json(wrong), () ->
                        assertRefused(endpoint, leaf.body().apply(wrong), 400, "wrong-type", leaf.path())));
            }
            if (leaf.type() == Integer.class || leaf.type() == Long.class) {
                tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " = 1e400", () ->
                        assertRefused(endpoint, leaf.body().apply(new java.math.BigDecimal("1e400")), 400, "wrong-type", leaf.path())));
                tests.add(DynamicTest.dynamicTest(endpoint + " " + leaf.path() + " = false", () ->
                        assertRefused(endpoint, leaf.body().apply(false), 400, "wrong-type", leaf.path())));
            }
        });
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    @Test
    void lineBreaksAndTabsStayWelcomeInFreeText() throws Exception {
        Map<String, Object> referral = new java.util.LinkedHashMap<>(Bodies.referral());
        referral.put("reason", "Falls at home:\n\t- twice this month\r\n\t- afraid of the stairs");
        MvcResult result = send(GP_RIVERSIDE, records(person) + "/referrals", referral);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
    }

    @Test
    void registeringWithANulInTheNameIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        Map<String, Object> body = Bodies.map("person", Bodies.map("givenName", "Ed\u0000ith", "familyName", "Clarke",
                "dateOfBirth", "1936-04-12", "registeredPracticeCode", RIVERSIDE, "locality", "North"));
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        MvcResult result = send(GP_RIVERSIDE, "/api/v1/care-records", body);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(422);
        JsonNode problem = body(result);
        assertThat(problem.get("detail").asText()).contains("person.givenName", "control character");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("person.givenName");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class)).isEqualTo(before);
    }

    // ------------------------------------------------------------------ the bodies, from the controllers

    private void forEveryLeaf(java.util.function.BiConsumer<String, Leaf> each) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class) && parameter.getParameterType().isRecord()) {
                    for (String pattern : mapping.getKey().getPatternValues()) {
                        leaves(parameter.getParameterType(), "", false, value -> value)
                                .forEach(leaf -> each.accept(pattern, leaf));
                    }
                }
            }
        }
    }

    private static List<Leaf> leaves(Type type, String path, boolean freeText, java.util.function.Function<Object, Object> wrap) {
        Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
        List<Leaf> leaves = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = component.getName();
                boolean free = component.isAnnotationPresent(FreeText.class);
                leaves.addAll(leaves(component.getGenericType(), path.isEmpty() ? name : path + "." + name, free,
                        value -> wrap.apply(Bodies.map(name, value))));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            leaves.addAll(leaves(element, path + "[0]", freeText, value -> wrap.apply(List.of(value))));
        } else if (!raw.isEnum() && raw != UUID.class) {
            leaves.add(new Leaf(path, raw, freeText, wrap));
        }
        return leaves;
    }

    private void assertRefused(String pattern, Object body, int status, String type, String field) throws Exception {
        ApiEndpoint endpoint = java.util.Arrays.stream(ApiEndpoint.values())
                .filter(e -> e.path().equals(pattern) && e.method().name().equals("POST")).findFirst().orElseThrow();
        String user = USER.get(endpoint.roles().stream().filter(USER::containsKey).findFirst().orElseThrow());
        String path = pattern.replace("{careRecordId}", person.toString()).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        MvcResult result = perform(post(path).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(json(body) + " -> " + answer).isEqualTo(status);
        JsonNode problem = body(result);
        assertThat(problem.get("type").asText()).as(answer).isEqualTo(ApiProblem.BASE + type);
        assertThat(problem.at("/errors/0/field").asText()).as(answer).isEqualTo(field);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
