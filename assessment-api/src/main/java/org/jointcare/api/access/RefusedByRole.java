package org.jointcare.api.access;

import java.time.Clock;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.CorrelationId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request refused by the role table never reaches a controller, so {@link PersonAccess} never
 * sees it; yet it is an attempt on a person's record when its path names one. Spring Security's
 * access-denied path calls this for every such refusal, so each leaves exactly one access-log row.
 */
@Component
public class RefusedByRole {

    private final AccessLog log;
    private final Clock clock;

    public RefusedByRole(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Logs the refusal when the request names a person; a request naming no one is not about a record. */
    public void logRefusal(HttpServletRequest request, Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CareProfessional who)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ApiEndpoint.personNamedBy(request.getMethod(), path).ifPresent(named -> log.append(clock.instant(),
                who.userId(), who.role().name(), who.organisationCode(), named.careRecordId(), named.endpoint(),
                "role " + who.role().name() + " may not use this endpoint", AccessLog.Outcome.REFUSED,
                CorrelationId.of(request)));
    }
}
