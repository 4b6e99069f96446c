package org.jointcare.api.referral;

import static org.jointcare.api.security.ApiEndpoint.RECEIVE_REFERRAL;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageForms;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.CareRecordReadController.CareRecordSummary;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A GP practice refers one of its patients to the linkworkers: the API's {@code ReceiveReferralRequest},
 * validated as the endpoint validates it and sent through {@link CareRecordChanges} with the
 * endpoint's {@code RECEIVE_REFERRAL}, so only a person the practice reaches can be referred.
 */
@PageController
public class GpReferralPages {

    /** The request's fields as the form names them. */
    private static final Map<String, String> FIELDS = Map.of("reason", "reason", "urgency", "urgency",
            "requester", "requesterName", "requester.name", "requesterName");
    private static final Map<String, String> MESSAGES = Map.of(
            "reason", "Enter why you are referring the patient",
            "urgency", "Choose how soon the patient needs a response",
            "requesterName", "Enter the name of the person making the referral");

    private final CareRecordReadController records;
    private final CareRecordChanges changes;
    private final PageForms forms;

    public GpReferralPages(CareRecordReadController records, CareRecordChanges changes, PageForms forms) {
        this.records = records;
        this.changes = changes;
        this.forms = forms;
    }

    /** What the professional typed, kept when the form comes back. */
    public record ReferralForm(String reason, String urgency, String requesterName) {
    }

    @GetMapping("/gp-practice/people/{careRecordId}/referral")
    public String form(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId, Model model) {
        show(who, careRecordId, new ReferralForm("", "", who.displayName()), Map.of(), model);
        return "gp-practice/referral";
    }

    @PostMapping("/gp-practice/people/{careRecordId}/referral")
    public ModelAndView refer(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                              @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String urgency,
                              @RequestParam(defaultValue = "") String requesterName,
                              @RequestParam(required = false) String version,
                              @RequestParam(required = false) String idempotencyKey, Model model) {
        String result = "/gp-practice/referrals?made=1";
        ReferralForm answers = new ReferralForm(reason, urgency, requesterName);
        Urgency chosen = java.util.Arrays.stream(Urgency.values()).filter(u -> u.name().equals(urgency)).findFirst().orElse(null);
        ReceiveReferralRequest request = new ReceiveReferralRequest(ReferralSource.GP,
                new RequesterRequest(requesterName.isBlank() ? null : requesterName.trim(), who.organisationCode()),
                reason.isBlank() ? null : reason.trim(), chosen);
        Map<String, String> errors = forms.check(request, FIELDS, MESSAGES);
        if (!errors.isEmpty()) {
            return again(who, careRecordId, answers, errors, model);
        }
        if (!forms.firstTime(who, idempotencyKey)) {
            return PageForms.seeOther(result);
        }
        UUID referralId = UUID.randomUUID();
        try {
            changes.change(who, careRecordId, RECEIVE_REFERRAL, ifMatch(version), "referrals", referralId,
                    at -> request.toCommand(careRecordId, referralId, who.actor(), at));
        } catch (RuntimeException refused) {
            forms.release(who, idempotencyKey);
            if (!PageForms.isRefusal(refused)) {
                throw refused;
            }
            return again(who, careRecordId, answers, PageForms.refusal(refused, FIELDS), model);
        }
        forms.done(who, idempotencyKey, result);
        return PageForms.seeOther(result);
    }

    private ModelAndView again(CareProfessional who, UUID careRecordId, ReferralForm answers, Map<String, String> errors, Model model) {
        show(who, careRecordId, answers, errors, model);
        ModelAndView page = new ModelAndView("gp-practice/referral", model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private void show(CareProfessional who, UUID careRecordId, ReferralForm answers, Map<String, String> errors, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        model.addAttribute("person", person);
        model.addAttribute("form", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("version", person.version());
        model.addAttribute("idempotencyKey", PageForms.newKey());
    }

    static String ifMatch(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return RecordVersions.etag(Long.parseLong(version.trim()));
        } catch (NumberFormatException notANumber) {
            return "not a version";
        }
    }
}
