package org.jointcare.api.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jointcare.api.access.NoSuchList;
import org.jointcare.views.sharing.EmergencyAccessGrant;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.idempotency.IdempotentRequests;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.security.CareProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Emergency access ("break glass") as a page: a reason and how long, checked by the same rules as
 * the endpoint's body ({@link EmergencyAccessRequest}), granted by the same code
 * ({@link EmergencyAccessController#grant}), so it is recorded on the record, logged and alerted to
 * the privacy officer. Offered from the not-found page of a person, to the roles the endpoint
 * allows. While it lasts, the person's pages show {@code emergency-access/banner}.
 */
@PageController
public class EmergencyAccessPages {

    /** How long a professional may ask for, in minutes: the endpoint allows 1 to 720. */
    static final List<Integer> DURATIONS = List.of(15, 30, 60, 120, 240, 480, 720);

    private final CareRecordChanges changes;
    private final IdempotentRequests idempotent;
    private final Validator validator;

    public EmergencyAccessPages(CareRecordChanges changes, IdempotentRequests idempotent, Validator validator) {
        this.changes = changes;
        this.idempotent = idempotent;
        this.validator = validator;
    }

    /** The grant of the professional's that is open now on this person, for the banner on the person's pages. */
    public static Optional<EmergencyAccessGrant> openGrant(CareProfessional who, SharingFacts person, Instant now) {
        return person.emergencyAccessGrants().stream()
                .filter(grant -> grant.userId().equals(who.userId()) && grant.activeAt(now))
                .findFirst();
    }

    @GetMapping("/people/{careRecordId}/emergency-access")
    public String form(@PathVariable UUID careRecordId, Model model) {
        return show(model, careRecordId, "", 60, UUID.randomUUID().toString(), Map.of());
    }

    @PostMapping("/people/{careRecordId}/emergency-access")
    public String grant(@PathVariable UUID careRecordId, @AuthenticationPrincipal CareProfessional who,
                        @RequestParam(defaultValue = "") String reason,
                        @RequestParam(required = false) Integer minutes,
                        @RequestParam(defaultValue = "") String idempotencyKey, Model model) {
        String key = checkedKey(idempotencyKey);
        String result = "redirect:/people/" + careRecordId + "/own-record";
        if (idempotent.find(who.userId(), key).isPresent()) {
            // pressed twice, or sent again after going back: granted once
            return result;
        }
        EmergencyAccessRequest request = new EmergencyAccessRequest(reason.strip(), minutes);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<EmergencyAccessRequest> wrong : validator.validate(request)) {
            String field = wrong.getPropertyPath().toString();
            errors.putIfAbsent(field, field.equals("reason")
                    ? (reason.isBlank() ? "Enter why you need emergency access to this record"
                        : "Enter a reason of up to 1000 characters, in words (no control characters)")
                    : "Choose how long you need emergency access for, up to 12 hours");
        }
        if (!errors.isEmpty()) {
            return show(model, careRecordId, reason, minutes, key, errors);
        }
        if (!idempotent.claim(who.userId(), key, "page emergency access " + careRecordId, changes.now())) {
            return result;
        }
        try {
            EmergencyAccessController.grant(changes, who, careRecordId, request);
        } catch (RuntimeException failed) {
            idempotent.release(who.userId(), key);
            throw failed;
        }
        idempotent.complete(who.userId(), key, 303, "", "");
        return result;
    }

    private String show(Model model, UUID careRecordId, String reason, Integer minutes, String key, Map<String, String> errors) {
        model.addAttribute("careRecordId", careRecordId);
        model.addAttribute("reason", reason);
        model.addAttribute("minutes", minutes);
        model.addAttribute("durations", DURATIONS);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("errors", errors);
        return "emergency-access/form";
    }

    private static String checkedKey(String key) {
        try {
            return UUID.fromString(key).toString();
        } catch (IllegalArgumentException notOurs) {
            // a form this server did not render
            throw new NoSuchList();
        }
    }
}
