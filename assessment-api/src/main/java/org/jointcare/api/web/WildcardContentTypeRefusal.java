package org.jointcare.api.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a body declared as a wildcard type ({@code *}{@code /*}, {@code *}{@code /json}) with 415. A
 * wildcard can be asked for in Accept, but it does not say what a body is, and Spring MVC meets
 * it with an IllegalArgumentException deep in argument resolution, which would otherwise be
 * answered as an unexpected 500 (found by the bad-input fault test).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
public class WildcardContentTypeRefusal extends OncePerRequestFilter {

    private final ProblemResponses problems;

    public WildcardContentTypeRefusal(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String declared = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (declared != null && isWildcard(declared)) {
            response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
            problems.write(request, response, ApiProblem.UNSUPPORTED_MEDIA_TYPE.detail(
                    "This endpoint takes application/json; a body cannot be sent as the wildcard " + declared + "."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isWildcard(String declared) {
        try {
            return MediaType.parseMediaType(declared).isWildcardType();
        } catch (InvalidMediaTypeException unparsable) {
            return false; // Spring MVC answers an unparsable type with 415 itself
        }
    }
}
