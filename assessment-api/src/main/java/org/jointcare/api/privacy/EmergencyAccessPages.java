package org.jointcare.api.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jointcare.views.sharing.EmergencyAccessGrant;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.security.CareProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    private final EmergencyAccessController emergencyAccess;
    private final CommandForms forms;

    public EmergencyAccessPages(EmergencyAccessController emergencyAccess, CommandForms forms) {
        this.emergencyAccess = emergencyAccess;
        this.forms = forms;
    }

    /** The grant of the professional's that is open now on this person, for the banner on the person's pages. */
    public static Optional<EmergencyAccessGrant> openGrant(CareProfessional who, SharingFacts person, Instant now) {
        return person.emergencyAccessGrants().stream()
                .filter(grant -> grant.userId().equals(who.userId()) && grant.activeAt(now))
                .findFirst();
    }

    @GetMapping("/people/{careRecordId}/emergency-access")
    public String form(@PathVariable UUID careRecordId, Model model) {
        show(model, careRecordId);
        CommandForms.blank(model, 0, Map.of("reason", "", "minutes", "60"));
        return "emergency-access/form";
    }

    @PostMapping("/people/{careRecordId}/emergency-access")
    public String grant(@PathVariable UUID careRecordId, @AuthenticationPrincipal CareProfessional who,
                        @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        fields.explain("reason", fields.text("reason") == null ? "Enter why you need emergency access to this record"
                        : "Enter a reason of up to 1000 characters, in words (no control characters)")
                .explain("minutes", "Choose how long you need emergency access for, up to 12 hours");
        Integer minutes = fields.number("minutes");
        // granted by the endpoint's own method: its reach for emergencies, the command, the privacy officer's alert
        CommandForms.Outcome outcome = forms.submit(who, "/people/" + careRecordId + "/emergency-access", fields,
                () -> new EmergencyAccessRequest(fields.text("reason"), minutes), field -> field,
                (body, ifMatch) -> emergencyAccess.recordEmergencyAccess(careRecordId, body, who),
                granted -> "/people/" + careRecordId + "/own-record");
        if (outcome.done()) {
            return outcome.redirect();
        }
        show(model, careRecordId);
        CommandForms.again(model, fields, outcome, 0);
        return "emergency-access/form";
    }

    private static void show(Model model, UUID careRecordId) {
        model.addAttribute("careRecordId", careRecordId);
        model.addAttribute("durations", DURATIONS);
    }
}
