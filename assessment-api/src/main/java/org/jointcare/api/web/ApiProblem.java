package org.jointcare.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problems the API answers with (RFC 9457), each with a stable {@code type} URI a client can
 * switch on. Domain refusals use the care rule's own code under the same base.
 */
public enum ApiProblem {
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request itself could not be read"),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "The request body is not valid JSON"),
    UNKNOWN_FIELD("unknown-field", HttpStatus.BAD_REQUEST, "The request body has a field this endpoint does not know"),
    WRONG_TYPE("wrong-type", HttpStatus.BAD_REQUEST, "A value in the request has the wrong type"),
    INVALID_FIELDS("invalid-fields", HttpStatus.UNPROCESSABLE_ENTITY, "Some fields are missing or out of range"),
    UNKNOWN_ORGANISATION_CODE("unknown-organisation-code", HttpStatus.UNPROCESSABLE_ENTITY,
            "A practice, team or organisation code is not in the directory"),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "A parameter of the request is missing or not valid"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "This resource is only available as JSON"),
    BODY_TOO_LARGE("body-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "The request body is too large"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "This method is not allowed here"),
    STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED, "The care record has changed since you read it"),
    INVALID_IF_MATCH("invalid-if-match", HttpStatus.BAD_REQUEST, "If-Match must be an ETag this API gave out"),
    CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT, "Someone else changed the care record at the same time"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY,
            "This Idempotency-Key was already used for a different request"),
    IDEMPOTENT_REQUEST_IN_PROGRESS("idempotent-request-in-progress", HttpStatus.CONFLICT,
            "A request with this Idempotency-Key is still being processed"),
    INVALID_IDEMPOTENCY_KEY("invalid-idempotency-key", HttpStatus.BAD_REQUEST, "The Idempotency-Key header is not valid"),
    NOT_AUTHENTICATED("not-authenticated", HttpStatus.UNAUTHORIZED, "Sign in to use the JointCare API"),
    NOTICE_SUPERSEDED("notice-superseded", HttpStatus.CONFLICT,
            "A newer version of this notice was sent: acknowledge that one"),
    ROLE_NOT_PERMITTED("role-not-permitted", HttpStatus.FORBIDDEN, "Your role may not use this endpoint"),
    CLIENT_LEVEL_DATA_NOT_VALID("client-level-data-not-valid", HttpStatus.UNPROCESSABLE_ENTITY,
            "The Client Level Data return does not pass the specification's checks"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");

    public static final String BASE = "https://jointcare.example/problems/";

    private final String code;
    private final HttpStatus status;
    private final String title;

    ApiProblem(String code, HttpStatus status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail detail(String detail) {
        return problem(code, status, title, detail);
    }

    public ProblemDetail withFieldErrors(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = detail(detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail problem(String code, HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    /** One field at fault: its JSON path (e.g. {@code person.dateOfBirth}) and what is wrong with it. */
    public record FieldProblem(String field, String message) {
        public Map<String, String> asMap() {
            return Map.of("field", field, "message", message);
        }
    }
}
