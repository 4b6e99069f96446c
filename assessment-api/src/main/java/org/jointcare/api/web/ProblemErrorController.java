package org.jointcare.api.web;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container answers when a failure escapes Spring MVC (in a filter, say): a
 * problem like every other, never Spring Boot's default error body.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:${error.path:/error}}",
            produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
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
