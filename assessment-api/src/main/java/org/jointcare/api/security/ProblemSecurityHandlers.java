package org.jointcare.api.security;

import java.io.IOException;

import org.jointcare.api.access.RefusedByRole;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ProblemResponses;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring Security's 401 and 403 as problem+json, like every other answer of the API. A 403 about a
 * named person is written to the access log first, as every attempt on a record is.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;
    private final String challenge;
    private final RefusedByRole refusals;

    ProblemSecurityHandlers(ProblemResponses problems, String challenge, RefusedByRole refusals) {
        this.problems = problems;
        this.challenge = challenge;
        this.refusals = refusals;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        problems.write(request, response, ApiProblem.NOT_AUTHENTICATED.detail(
                "The request has no valid credentials."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        refusals.logRefusal(request, SecurityContextHolder.getContext().getAuthentication());
        problems.write(request, response, ApiProblem.ROLE_NOT_PERMITTED.detail(
                "Your role may not use this endpoint (" + request.getMethod() + ")."));
    }
}
