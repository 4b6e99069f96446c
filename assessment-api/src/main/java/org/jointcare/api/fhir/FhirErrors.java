package org.jointcare.api.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.web.CorrelationId;
import org.jointcare.interop.fhir.TransferOfCare;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The FHIR endpoint's failures as FHIR OperationOutcomes, as a FHIR client expects, ahead of the
 * API's problem+json handler. A person out of reach is answered exactly as an unknown id, and
 * no stack trace ever leaves: an unexpected failure is logged with the correlation id.
 */
@RestControllerAdvice(assignableTypes = FhirController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

    @ExceptionHandler(NoSuchCareRecord.class)
    ResponseEntity<String> noSuchRecord(NoSuchCareRecord e) {
        return answer(HttpStatus.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, e.getMessage());
    }

    @ExceptionHandler(FhirProblem.class)
    ResponseEntity<String> refused(FhirProblem e) {
        return answer(e.status(), e.issue(), e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return answer(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.INVALID, "The parameter '" + name + "' is missing or malformed.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e) {
        log.error("Unexpected failure on the FHIR endpoint (correlation id {})", CorrelationId.current(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, OperationOutcome.IssueType.EXCEPTION,
                "The request could not be completed. Quote the correlation id if you report it.");
    }

    static ResponseEntity<String> answer(HttpStatus status, OperationOutcome.IssueType type, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                .setDiagnostics(message + " (correlation id " + CorrelationId.current() + ")");
        return ResponseEntity.status(status).contentType(FhirController.FHIR_JSON).body(TransferOfCare.json(outcome));
    }
}
