package org.jointcare.api.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jointcare.api.command.CommandResult;
import org.jointcare.api.idempotency.IdempotentRequests;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.ApiExceptionHandler;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.RecordVersions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Sends a form's command the way the API sends it, and answers what the page should do next.
 * <ul>
 * <li>The request body the endpoint takes is checked with the same Bean Validation constraints
 *     the endpoint's {@code @Valid} applies; each failure becomes an error beside its field.</li>
 * <li>The command goes through the endpoint's own controller method (and so through
 *     {@code CareRecordChanges}: sharing policy, access log, the server's clock), with the form's
 *     {@code version} as its If-Match: a record changed meanwhile is refused, never overwritten.</li>
 * <li>The form's {@code idempotencyKey} is claimed in the API's {@code idempotent_request} table
 *     for the user: a second submit of the same form records nothing and goes where the first went.</li>
 * <li>A care rule's refusal comes back in the API's words, beside its field when it names one.</li>
 * <li>The version the command produced is remembered for the session ({@link ReadYourWrites}), so the
 *     next page that reads a view shows the change or says it is still updating.</li>
 * </ul>
 */
@Component
public class CommandForms {

    /**
     * What happened to a submitted form: go on to {@code next}, or show the form again with {@code errors}.
     * {@code code} is the API problem's stable code when the API refused (e.g. a care rule's), else null.
     */
    public record Outcome(String next, Map<String, String> errors, String problem, boolean stale, String code) {

        public boolean done() {
            return next != null;
        }

        /** Post/redirect/get: page controllers' {@code redirect:} views answer 303 See Other ({@link PageRedirects}). */
        public String redirect() {
            return seeOther(next);
        }
    }

    /** A redirect after a POST: 303 See Other to {@code path} ({@link PageRedirects}). */
    public static String seeOther(String path) {
        return "redirect:" + path;
    }

    private static final String PREFIX = "page:";

    private final Validator validator;
    private final IdempotentRequests keys;
    private final Clock clock;
    private final ReadYourWrites readYourWrites;

    public CommandForms(Validator validator, IdempotentRequests keys, Clock clock, ReadYourWrites readYourWrites) {
        this.validator = validator;
        this.keys = keys;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    /** A fresh key for a form being rendered. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * A fresh key for a one-click form rendered without a model of its own (a button in a list):
     * {@code templates/forms.html :: oneClickFields} calls it for each button, so each is claimed like a full form's key.
     */
    public String oneClickKey() {
        return newKey();
    }

    /** The model of a form shown for the first time: read at {@code version}, with a new idempotency key. */
    public static void blank(org.springframework.ui.Model model, long version, Map<String, String> defaults) {
        model.addAttribute("form", new LinkedHashMap<>(defaults));
        model.addAttribute("errors", Map.of());
        model.addAttribute("version", version);
        model.addAttribute("idempotencyKey", newKey());
    }

    /**
     * The model of a form shown again after {@code outcome}, answered 422: the answers as typed, the errors, and the
     * same key (nothing was recorded, so sending it again is still the first time). A stale form
     * says so and carries the record's version now, so the professional can look and decide again.
     */
    public static void again(org.springframework.ui.Model model, FormFields fields, Outcome outcome, long versionNow) {
        // 422: the form shown again was not accepted (nothing recorded); a browser shows it like any page
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes servlet && servlet.getResponse() != null) {
            servlet.getResponse().setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        model.addAttribute("form", fields.answers());
        model.addAttribute("errors", outcome.errors());
        model.addAttribute("problem", outcome.stale()
                ? "Someone else changed this record after you opened this form, so nothing was saved. "
                  + "Check the record as it is now (shown on this page), then send the form again if it is still right."
                : outcome.problem());
        model.addAttribute("stale", outcome.stale());
        model.addAttribute("version", outcome.stale() ? Long.valueOf(versionNow) : fields.version());
        model.addAttribute("idempotencyKey", outcome.stale() ? newKey() : fields.text("idempotencyKey"));
    }

    /**
     * @param fields  the form's answers (errors found reading them are shown with any others)
     * @param body    the endpoint's request body built from them, or a supplier that fails if they could not be read
     * @param fieldOf the form field a body's property path is shown beside (identity when they match)
     * @param send    calls the endpoint's controller method with the body and the If-Match
     * @param next    where to go after the command, from its result (post/redirect/get)
     */
    public <B, R> Outcome submit(CareProfessional who, String path, FormFields fields, Supplier<B> body,
                                 Function<String, String> fieldOf,
                                 java.util.function.BiFunction<B, String, ResponseEntity<R>> send,
                                 Function<R, String> next) {
        B request = fields.hasErrors() ? null : body.get();
        if (request != null) {
            for (ConstraintViolation<B> violation : validator.validate(request)) {
                String field = fieldOf.apply(violation.getPropertyPath().toString());
                fields.error(field, fields.plainOr(field, sentence(violation.getMessage())));
            }
        }
        if (fields.hasErrors() || request == null) {
            return new Outcome(null, fields.errors(), null, false, null);
        }
        String key = fields.text("idempotencyKey");
        String fingerprint = fingerprint(path, fields.answers());
        if (key != null) {
            Optional<String> earlier = claim(who, PREFIX + key, fingerprint);
            if (earlier.isPresent()) {
                return new Outcome(earlier.get(), Map.of(), null, false, null);
            }
        }
        boolean stored = false;
        try {
            Long version = fields.version();
            ResponseEntity<R> answer = send.apply(request, version == null ? null : RecordVersions.etag(version));
            if (answer.getBody() instanceof CommandResult result) {
                // the page after this one waits for the views to show it
                readYourWrites.remember(result.careRecordId(), result.version());
            }
            String then = next.apply(answer.getBody());
            if (key != null) {
                keys.complete(who.userId(), PREFIX + key, HttpStatus.SEE_OTHER.value(), "{}", then);
                stored = true;
            }
            return new Outcome(then, Map.of(), null, false, null);
        } catch (RuntimeException refused) {
            ProblemDetail problem = ApiExceptionHandler.knownProblem(refused).orElseThrow(() -> refused);
            if (problem.getStatus() == HttpStatus.NOT_FOUND.value()) {
                throw refused;
            }
            boolean stale = problem.getStatus() == ApiProblem.STALE_VERSION.status().value();
            Map<String, String> errors = new LinkedHashMap<>();
            if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> listed) {
                for (Object item : listed) {
                    if (item instanceof ApiProblem.FieldProblem field) {
                        String name = fieldOf.apply(field.field());
                        errors.putIfAbsent(name, sentence(field.message()));
                    }
                }
            }
            Object code = problem.getProperties() == null ? null : problem.getProperties().get("code");
            return new Outcome(null, errors, problem.getDetail(), stale, code == null ? null : code.toString());
        } finally {
            if (key != null && !stored) {
                // refused or failed: nothing recorded, the same form may be sent again
                keys.release(who.userId(), PREFIX + key);
            }
        }
    }

    /** Empty when this request now holds the key; the earlier submit's next page when it was sent before. */
    private Optional<String> claim(CareProfessional who, String key, String fingerprint) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!keys.claim(who.userId(), key, fingerprint, clock.instant())) {
            Optional<IdempotentRequests.Stored> earlier = keys.find(who.userId(), key);
            if (earlier.isPresent() && earlier.get().state() == IdempotentRequests.State.COMPLETED) {
                return Optional.of(earlier.get().body());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the first submit of this form is still running");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    private static final Set<String> NOT_ANSWERS = Set.of("_csrf");

    private static String fingerprint(String path, Map<String, String> answers) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            new TreeMap<>(answers).forEach((name, value) -> {
                if (!NOT_ANSWERS.contains(name)) {
                    digest.update(("\n" + name + "=" + value).getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "Check this answer";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
