package org.jointcare.api.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a query parameter holding a control character (a NUL, say) with 400 before any handler
 * runs. Search terms reach the database, and PostgreSQL refuses a NUL in text outright, so such a
 * search would otherwise fail there as an internal error; no parameter of ours has a use for one.
 * Bodies are held to the same rule by the request body reader.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
public class ControlCharactersInQueryRefusal extends OncePerRequestFilter {

    private final ProblemResponses problems;

    public ControlCharactersInQueryRefusal(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
                if (hasControlCharacter(name) || hasControlCharacter(value)) {
                    problems.write(request, response, ApiProblem.INVALID_PARAMETER.withFieldErrors(
                            "A parameter holds a control character, which no search or list takes.",
                            List.of(new ApiProblem.FieldProblem(hasControlCharacter(name) ? "(parameter name)" : name,
                                    "must not contain control characters"))));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part; // a malformed escape is the container's or the handler's to refuse
        }
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
