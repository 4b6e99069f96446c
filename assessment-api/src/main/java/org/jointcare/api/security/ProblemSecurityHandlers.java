package org.jointcare.api.security;

import java.io.IOException;

import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ProblemResponses;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Spring Security's 401 and 403 as problem+json, like every other answer of the API. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;
    private final String challenge;

    ProblemSecurityHandlers(ProblemResponses problems, String challenge) {
        this.problems = problems;
        this.challenge = challenge;
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
        problems.write(request, response, ApiProblem.ROLE_NOT_PERMITTED.detail(
                "Your role may not use this endpoint (" + request.getMethod() + ")."));
    }
}
