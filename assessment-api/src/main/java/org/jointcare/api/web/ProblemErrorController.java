package org.jointcare.api.web;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import io.swagger.v3.oas.annotations.Hidden;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container answers when a failure escapes Spring MVC (in a filter, say): a
 * problem like every other, never Spring Boot's default error body. A browser asking for a page
 * (not the API) gets the pages' not-found or error page instead.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    private final ObjectMapper json;

    public ProblemErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping(path = "${server.error.path:${error.path:/error}}",
            produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        return problem(request);
    }

    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorPage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.startsWith("/api/") || path.startsWith("/fhir/")) {
            ResponseEntity<ProblemDetail> problem = problem(request);
            View asProblem = (model, req, response) -> {
                response.setStatus(problem.getStatusCode().value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem.getBody());
            };
            return new ModelAndView(asProblem);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ModelAndView page = new ModelAndView(status == HttpStatus.FORBIDDEN ? "form-expired"
                : status.is4xxClientError() ? "not-found" : "error", status);
        page.addObject("correlationId", CorrelationId.of(request));
        return page;
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = status.is5xxServerError()
                ? ApiProblem.INTERNAL_ERROR.detail("The request could not be completed. Quote the correlation id if you report it.")
                : status == HttpStatus.NOT_FOUND ? ApiProblem.NOT_FOUND.detail("There is nothing at this address.")
                : ApiProblem.problem(status.getReasonPhrase().toLowerCase().replace(' ', '-'), status,
                        status.getReasonPhrase(), status.getReasonPhrase() + ".");
        problem.setProperty("correlationId", CorrelationId.of(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
