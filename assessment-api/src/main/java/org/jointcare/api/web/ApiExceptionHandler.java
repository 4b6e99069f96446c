package org.jointcare.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.access.NoSuchList;
import org.jointcare.api.directory.KnownOrganisations;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every failure into an RFC 9457 problem with a stable {@code type}, the field at fault
 * where there is one, and the request's correlation id. Never a stack trace, SQL or class name:
 * unexpected failures are logged here with the correlation id and answered with a plain 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NoSuchCareRecord.class)
    ResponseEntity<Object> noSuchRecord(NoSuchCareRecord e, WebRequest request) {
        return answer(ApiProblem.NOT_FOUND.detail(e.getMessage()), request);
    }

    @ExceptionHandler(NoSuchList.class)
    ResponseEntity<Object> noSuchList(NoSuchList e, WebRequest request) {
        return answer(ApiProblem.NOT_FOUND.detail(e.getMessage()), request);
    }

    @ExceptionHandler(CareRuleViolation.class)
    ResponseEntity<Object> ruleBroken(CareRuleViolation e, WebRequest request) {
        return answer(forRule(e), request);
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Object> apiProblem(ApiProblemException e, WebRequest request) {
        return answer(e.problem(), request);
    }

    /**
     * A parameter outside its constraints, refused by the method validation of a {@code @Validated}
     * controller (which its pages call directly too): the request's fault, answered as Spring MVC's own
     * parameter validation is ({@link #handleHandlerMethodValidationException}), each parameter named.
     */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<Object> parameterOutOfRange(jakarta.validation.ConstraintViolationException e, WebRequest request) {
        List<ApiProblem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> new ApiProblem.FieldProblem(lastNode(violation.getPropertyPath()), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiProblem.FieldProblem::field))
                .toList();
        return answer(ApiProblem.INVALID_PARAMETER.withFieldErrors("Check the request's parameters.", errors), request);
    }

    private static String lastNode(jakarta.validation.Path path) {
        String name = "parameter";
        for (jakarta.validation.Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }

    /** A body Jackson could not map for a reason of its own: still the client's body, still their 400. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageConversionException.class)
    ResponseEntity<Object> unconvertible(org.springframework.http.converter.HttpMessageConversionException e,
                                         WebRequest request) {
        log.warn("Request body could not be mapped answering {} (correlation id {}): {}", describe(request),
                CorrelationId.of(request), e.getMessage());
        return answer(ApiProblem.MALFORMED_BODY.detail("The body could not be read as this request."), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        Optional<ProblemDetail> known = fromCauses(e);
        if (known.isPresent()) {
            return answer(known.get(), request);
        }
        log.error("Unexpected failure answering {} (correlation id {})", describe(request),
                CorrelationId.of(request), e);
        return answer(ApiProblem.INTERNAL_ERROR.detail(
                "The request could not be completed. Quote the correlation id if you report it."), request);
    }

    /**
     * The problem the API answers for this failure, if it is one the API knows (a care rule, a
     * problem raised by a controller, a version conflict); empty for an unexpected failure. The
     * pages answer a form with the same words.
     */
    public static Optional<ProblemDetail> knownProblem(Throwable failure) {
        if (failure instanceof ApiProblemException problem) {
            return Optional.of(problem.problem());
        }
        return fromCauses(failure);
    }

    /** Axon may hand back a domain refusal or a version conflict wrapped in its own exceptions. */
    static Optional<ProblemDetail> fromCauses(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CareRuleViolation violation) {
                return Optional.of(forRule(violation));
            }
            if (cause instanceof NoSuchCareRecord noSuch) {
                return Optional.of(ApiProblem.NOT_FOUND.detail(noSuch.getMessage()));
            }
            if (cause instanceof ConflictingAggregateVersionException) {
                return Optional.of(ApiProblem.STALE_VERSION.detail(
                        "The care record has changed since the version in If-Match. Read it again (GET) to see "
                                + "what changed and its new ETag, then decide whether to send your change again."));
            }
            if (cause instanceof ConcurrencyException
                    || cause instanceof org.axonframework.modelling.command.AggregateStreamCreationException
                    || cause instanceof org.axonframework.modelling.command.ConflictingModificationException) {
                return Optional.of(ApiProblem.CONCURRENT_CHANGE.detail(
                        "Another change to this care record was saved at the same moment. Nothing of yours was "
                                + "saved: read the record again and retry."));
            }
        }
        return Optional.empty();
    }

    static ProblemDetail forRule(CareRuleViolation violation) {
        CareRule rule = violation.rule();
        HttpStatus status = switch (rule.kind()) {
            case INVALID_DETAILS -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = ApiProblem.problem(rule.code(), status, rule.description(), violation.getMessage());
        if (violation.field() != null) {
            problem.setProperty("errors", List.of(new ApiProblem.FieldProblem(violation.field(), violation.getMessage())));
        }
        return problem;
    }

    // ------------------------------------------------------------------ Spring MVC's own failures

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return answer(unreadable(e), request);
    }

    static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return ApiProblem.UNKNOWN_FIELD.withFieldErrors("'" + field + "' is not a field of this request.",
                    List.of(new ApiProblem.FieldProblem(field, "not a known field")));
        }
        if (cause instanceof TextOnlyDeserializer.ControlCharacter control) {
            String field = path(control);
            return ApiProblem.INVALID_FIELDS.withFieldErrors("'" + field + "' contains a " + control.getOriginalMessage()
                    + ": it " + control.rule() + ".", List.of(new ApiProblem.FieldProblem(field, control.rule())));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String expected = expectedType(invalid.getTargetType());
            return ApiProblem.WRONG_TYPE.withFieldErrors("'" + field + "' must be " + expected + ".",
                    List.of(new ApiProblem.FieldProblem(field, "must be " + expected)));
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            String field = path(instantiation);
            return ApiProblem.INVALID_FIELDS.withFieldErrors("'" + field + "' is not valid.",
                    List.of(new ApiProblem.FieldProblem(field, "not valid")));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            String expected = expectedType(mismatched.getTargetType());
            return ApiProblem.WRONG_TYPE.withFieldErrors("'" + field + "' must be " + expected + ".",
                    List.of(new ApiProblem.FieldProblem(field, "must be " + expected)));
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            return ApiProblem.MALFORMED_BODY.detail("The body is not valid JSON (line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr() + ").");
        }
        return ApiProblem.MALFORMED_BODY.detail("A JSON request body is required.");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String expectedType(@Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", values);
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant" -> "a date and time in UTC (e.g. 2026-03-01T10:15:30Z)";
            case "Duration" -> "a duration (e.g. PT4H)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "text";
            case "List", "Set", "Collection" -> "a list";
            default -> "an object";
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .sorted(java.util.Comparator.comparing(FieldError::getField))
                .map(error -> new ApiProblem.FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        String fields = String.join(", ", errors.stream().map(ApiProblem.FieldProblem::field).distinct().toList());
        boolean onlyUnknownCodes = e.getBindingResult().getFieldErrors().stream()
                .allMatch(error -> KnownOrganisations.class.getSimpleName().equals(error.getCode()))
                && e.getBindingResult().getGlobalErrors().isEmpty();
        if (onlyUnknownCodes && !errors.isEmpty()) {
            return answer(ApiProblem.UNKNOWN_ORGANISATION_CODE.withFieldErrors(
                    "The directory has no organisation with the code in: " + fields + ".", errors), request);
        }
        return answer(ApiProblem.INVALID_FIELDS.withFieldErrors("Check these fields: " + fields + ".", errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<ApiProblem.FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new ApiProblem.FieldProblem(
                        Optional.ofNullable(result.getMethodParameter().getParameterName()).orElse("parameter"),
                        error.getDefaultMessage()))));
        return answer(ApiProblem.INVALID_PARAMETER.withFieldErrors("Check the request's parameters.", errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // an id that cannot exist is answered like any other unknown id
            return answer(ApiProblem.NOT_FOUND.detail(new NoSuchCareRecord().getMessage()), request);
        }
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String expected = expectedType(e.getRequiredType());
        return answer(ApiProblem.INVALID_PARAMETER.withFieldErrors("'" + name + "' must be " + expected + ".",
                List.of(new ApiProblem.FieldProblem(name, "must be " + expected))), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return answer(ApiProblem.INVALID_PARAMETER.withFieldErrors("The parameter '" + e.getParameterName() + "' is required.",
                List.of(new ApiProblem.FieldProblem(e.getParameterName(), "required"))), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        ResponseEntity<Object> answer = answer(ApiProblem.UNSUPPORTED_MEDIA_TYPE.detail(
                "This endpoint takes application/json; the request was sent as "
                        + (e.getContentType() == null ? "no content type" : e.getContentType()) + "."), request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.ACCEPT, "application/json").body(answer.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        return answer(ApiProblem.NOT_ACCEPTABLE.detail("Ask for application/json or application/problem+json."), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        return answer(ApiProblem.METHOD_NOT_ALLOWED.detail(e.getMethod() + " is not allowed here."), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return answer(ApiProblem.NOT_FOUND.detail("There is nothing at this address."), request);
    }

    /** Whatever else Spring MVC raises keeps its status but gets our type, and no internal wording. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return answer(ApiProblem.INVALID_PARAMETER.withFieldErrors("The header '" + missing.getHeaderName() + "' is required.",
                    List.of(new ApiProblem.FieldProblem(missing.getHeaderName(), "required"))), request);
        }
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null || status.is5xxServerError()) {
            log.error("Failure answering {} (correlation id {})", describe(request), CorrelationId.of(request), e);
            return answer(ApiProblem.INTERNAL_ERROR.detail(
                    "The request could not be completed. Quote the correlation id if you report it."), request);
        }
        String code = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return answer(ApiProblem.problem(code, status, status.getReasonPhrase(), status.getReasonPhrase() + "."), request);
    }

    private ResponseEntity<Object> answer(ProblemDetail problem, WebRequest request) {
        problem.setProperty("correlationId", CorrelationId.of(request));
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(java.net.URI.create(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }
}
