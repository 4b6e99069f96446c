package org.jointcare.api.security;

import java.io.IOException;

import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.CorrelationId;
import org.jointcare.api.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request Spring Security's firewall refuses (an encoded dot, slash, percent or NUL in the
 * address, a semicolon, a header it does not trust) is answered 400 with a problem like every other
 * answer, rather than through the container's error page.
 */
@Component
public class FirewallRejectionsAsProblems implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejectionsAsProblems.class);

    private final ProblemResponses problems;

    public FirewallRejectionsAsProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.info("Request refused by the firewall (correlation id {}): {}", CorrelationId.of(request), rejected.getMessage());
        problems.write(request, response, ApiProblem.MALFORMED_REQUEST.detail(
                "The request could not be read: its address or its headers are not allowed here."));
    }
}
