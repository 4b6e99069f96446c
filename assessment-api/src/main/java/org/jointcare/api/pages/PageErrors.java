package org.jointcare.api.pages;

import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.access.NoSuchList;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a page controller's failures are answered: as pages, in plain English, with the request's
 * correlation id to quote and never a stack trace. A person who does not exist and one the
 * professional may not reach get the very same not-found page.
 */
// before the API's handler, which answers problem+json for everything else
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = PageController.class)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({NoSuchCareRecord.class, NoSuchList.class, NoResourceFoundException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ModelAndView notFound(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("not-found");
        // on a person's page, offer emergency access to the roles its endpoint allows; offered alike
        // for a person who does not exist, so the page says nothing about who does
        java.util.regex.Matcher person = PERSON_PAGE.matcher(request.getRequestURI());
        org.springframework.security.core.Authentication who =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (person.matches() && who != null && who.getPrincipal() instanceof CareProfessional professional
                && ApiEndpoint.RECORD_EMERGENCY_ACCESS.roles().contains(professional.role())) {
            page.addObject("emergencyAccessPath", "/people/" + person.group(1) + "/emergency-access");
        }
        return page;
    }

    private static final java.util.regex.Pattern PERSON_PAGE =
            java.util.regex.Pattern.compile("/people/([0-9a-fA-F-]{36})/.*");

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    public ModelAndView failed(Exception failure, HttpServletRequest request) {
        String correlationId = CorrelationId.of(request);
        log.error("page {} failed (correlation id {})", request.getRequestURI(), correlationId, failure);
        ModelAndView page = new ModelAndView("error");
        page.addObject("correlationId", correlationId);
        return page;
    }
}
