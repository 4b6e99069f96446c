package org.jointcare.api.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpStatus;

/** A request the FHIR endpoint refuses, answered as an OperationOutcome with its FHIR issue type. */
class FhirProblem extends RuntimeException {

    private final HttpStatus status;
    private final OperationOutcome.IssueType issue;

    FhirProblem(HttpStatus status, OperationOutcome.IssueType issue, String message) {
        super(message, null, false, false);
        this.status = status;
        this.issue = issue;
    }

    static FhirProblem invalid(String message) {
        return new FhirProblem(HttpStatus.BAD_REQUEST, OperationOutcome.IssueType.INVALID, message);
    }

    static FhirProblem notFound(String message) {
        return new FhirProblem(HttpStatus.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND, message);
    }

    HttpStatus status() {
        return status;
    }

    OperationOutcome.IssueType issue() {
        return issue;
    }
}
