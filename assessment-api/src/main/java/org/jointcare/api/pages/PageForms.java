package org.jointcare.api.pages;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.idempotency.IdempotentRequests;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ApiProblemException;
import org.jointcare.carerecord.CareRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * What every form of the clinical pages shares (docs/pages.md, "Forms"): the idempotency key that
 * makes a second press record nothing, claimed in the same table as the API's
 * {@code Idempotency-Key}; the endpoint's own Bean Validation of the request it builds; a care
 * rule's or the API's refusal turned into messages by field; and post/redirect/get with 303.
 */
@Component
public class PageForms {

    /** The field a form's error summary links to when the whole record, not one field, is at fault. */
    public static final String WHOLE_FORM = "form-problem";

    private final IdempotentRequests requests;
    private final Validator validator;
    private final Clock clock;

    public PageForms(IdempotentRequests requests, Validator validator, Clock clock) {
        this.requests = requests;
        this.validator = validator;
        this.clock = clock;
    }

    /** A fresh key for a form being rendered. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Claims the form's key for this user. False when the same form was sent before (a double
     * press, or back and send again): the caller records nothing and shows the result page.
     */
    public boolean firstTime(CareProfessional who, String key) {
        String checked;
        try {
            checked = UUID.fromString(key == null ? "" : key.trim()).toString();
        } catch (IllegalArgumentException notOurs) {
            // a form we did not render: claim nothing, let the command's own rules decide
            return true;
        }
        return requests.claim(who.userId(), "page:" + checked, "page form", clock.instant());
    }

    /** The form's command was recorded: the key stays claimed for a day. */
    public void done(CareProfessional who, String key, String resultPath) {
        requests.complete(who.userId(), "page:" + key, 303, null, resultPath);
    }

    /** Nothing was recorded (a refusal): the same form may be sent again once corrected. */
    public void release(CareProfessional who, String key) {
        if (key != null) {
            requests.release(who.userId(), "page:" + key.trim());
        }
    }

    /** Post/redirect/get: 303 to the page that shows the result. */
    public static ModelAndView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(view);
    }

    /** The endpoint's own validation of its request: messages by the form field named in {@code fieldIds}. */
    public Map<String, String> check(Object request, Map<String, String> fieldIds, Map<String, String> messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        for (ConstraintViolation<Object> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = fieldIds.entrySet().stream().filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "."))
                    .map(Map.Entry::getValue).findFirst().orElse(WHOLE_FORM);
            errors.putIfAbsent(field, messages.getOrDefault(field, "Check this answer: it " + violation.getMessage()));
        }
        return errors;
    }

    /**
     * A refusal as messages by field: a care rule names its field (or the whole form), the API's
     * problems carry their field errors, a stale version says the record changed meanwhile.
     */
    public static Map<String, String> refusal(RuntimeException refused, Map<String, String> fieldIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused instanceof CareRuleViolation rule) {
            errors.put(rule.field() == null ? WHOLE_FORM : fieldIds.getOrDefault(rule.field(), WHOLE_FORM), rule.getMessage());
            return errors;
        }
        if (refused instanceof ApiProblemException problem) {
            Object code = problem.problem().getProperties() == null ? null : problem.problem().getProperties().get("code");
            if (ApiProblem.STALE_VERSION.code().equals(code) || ApiProblem.CONCURRENT_CHANGE.code().equals(code)) {
                errors.put(WHOLE_FORM, "Someone changed this record after you opened the form. The page now shows the record"
                        + " as it is: check it, then send your answers again.");
                return errors;
            }
            Object fieldErrors = problem.problem().getProperties() == null ? null : problem.problem().getProperties().get("errors");
            if (fieldErrors instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof ApiProblem.FieldProblem field) {
                        errors.putIfAbsent(fieldIds.getOrDefault(field.field(), WHOLE_FORM), field.message());
                    }
                }
            }
            if (errors.isEmpty()) {
                errors.put(WHOLE_FORM, problem.problem().getDetail());
            }
            return errors;
        }
        throw refused;
    }

    /** Whether the exception is a refusal a form answers with messages (anything else is a failure). */
    public static boolean isRefusal(RuntimeException failure) {
        return failure instanceof CareRuleViolation || failure instanceof ApiProblemException;
    }
}
