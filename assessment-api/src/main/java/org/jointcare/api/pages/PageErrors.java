package org.jointcare.api.pages;

import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.access.NoSuchList;
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
    public ModelAndView notFound() {
        return new ModelAndView("not-found");
    }

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
