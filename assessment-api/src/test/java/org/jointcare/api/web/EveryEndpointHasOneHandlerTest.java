package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.Handles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@link ApiEndpoint} is the one declaration of every endpoint: each row has exactly one handler,
 * and every handler under the API is there because it names its row, so neither can exist without
 * the other.
 */
class EveryEndpointHasOneHandlerTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRowHasExactlyOneHandlerAndEveryHandlerUnderTheApiHasARow() {
        Map<ApiEndpoint, List<String>> handlersByRow = new EnumMap<>(ApiEndpoint.class);
        List<String> withoutARow = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/") && !path.startsWith("/fhir/")) {
                    continue;
                }
                var methods = mapping.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    withoutARow.add("every method of " + path + " (" + mapping.getValue() + ")");
                }
                for (RequestMethod method : methods) {
                    Optional<ApiEndpoint> row = row(method, path);
                    if (row.isPresent()) {
                        handlersByRow.computeIfAbsent(row.get(), r -> new ArrayList<>()).add(mapping.getValue().toString());
                    } else {
                        withoutARow.add(method + " " + path + " (" + mapping.getValue() + ")");
                    }
                }
            }
        }
        assertThat(withoutARow).as("handlers whose endpoint is not in ApiEndpoint").isEmpty();
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            assertThat(handlersByRow.getOrDefault(endpoint, List.of())).as("handlers of " + endpoint).hasSize(1);
        }
    }

    /** Under /api the path is never written at the handler: it names its row, and the mapping comes from there. */
    @Test
    void everyApiHandlerNamesItsRow() {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                Handles handles = mapping.getValue().getMethodAnnotation(Handles.class);
                assertThat(handles).as(mapping.getValue() + " names its ApiEndpoint").isNotNull();
                assertThat(handles.value().path()).isEqualTo(path);
                assertThat(mapping.getKey().getMethodsCondition().getMethods())
                        .containsExactly(RequestMethod.valueOf(handles.value().method().name()));
            }
        }
    }

    private static Optional<ApiEndpoint> row(RequestMethod method, String path) {
        return Arrays.stream(ApiEndpoint.values())
                .filter(endpoint -> endpoint.method().name().equals(method.name()) && endpoint.path().equals(path))
                .findFirst();
    }
}
