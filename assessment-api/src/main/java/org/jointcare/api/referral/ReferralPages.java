package org.jointcare.api.referral;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.CareRecordReadController.CareRecordSummary;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A linkworker records a referral and screens it: accept and allocate, or close it as signposted,
 * simple need met or declined; a GP practice refers one of its patients (source GP, the practice as
 * requester). Each form sends its command through {@link ReferralController}'s own
 * methods ({@link CommandForms}), with the record version it was read at and a key against double submits.
 */
@PageController
public class ReferralPages {

    private static final String PERSON = "/linkworker/people/";
    private static final String GP = "/gp-practice/people/";

    private final ReferralController referrals;
    private final CareRecordReadController records;
    private final CommandForms forms;
    private final PageModels models;

    public ReferralPages(ReferralController referrals, CareRecordReadController records, CommandForms forms,
                         PageModels models) {
        this.referrals = referrals;
        this.records = records;
        this.forms = forms;
        this.models = models;
    }

    @GetMapping(PERSON + "{careRecordId}/referrals/new")
    public String newReferral(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of("requesterName", who.displayName(),
                "requesterOrganisationCode", who.organisationCode(), "source", ReferralSource.SOCIAL_SERVICES.name()));
        return "linkworker/referral-new";
    }

    @PostMapping(PERSON + "{careRecordId}/referrals/new")
    public String recordReferral(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                 @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        ReferralSource source = fields.choice("source", ReferralSource.class);
        Urgency urgency = fields.choice("urgency", Urgency.class);
        CommandForms.Outcome outcome = forms.submit(who, PERSON + careRecordId + "/referrals/new", fields,
                () -> new ReceiveReferralRequest(source,
                        new RequesterRequest(fields.text("requesterName"), fields.text("requesterOrganisationCode")),
                        fields.text("reason"), urgency),
                path -> switch (path) {
                    case "requester.name" -> "requesterName";
                    case "requester.organisationCode" -> "requesterOrganisationCode";
                    default -> path;
                },
                (body, ifMatch) -> referrals.receiveReferral(careRecordId, body, ifMatch, who),
                result -> PERSON + careRecordId + "?done=referral-recorded");
        if (outcome.done()) {
            return "redirect:" + outcome.next();
        }
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.again(model, fields, outcome, PageModels.version(record));
        return "linkworker/referral-new";
    }

    @GetMapping(PERSON + "{careRecordId}/referrals/{referralId}/screening")
    public String screening(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                            @PathVariable UUID referralId, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        model.addAttribute("referral", referral(record, referralId));
        CommandForms.blank(model, PageModels.version(record), Map.of("linkworkerUserId", who.userId()));
        return "linkworker/referral-screening";
    }

    @PostMapping(PERSON + "{careRecordId}/referrals/{referralId}/screening")
    public String screen(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                         @PathVariable UUID referralId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        String decision = fields.text("decision");
        String path = PERSON + careRecordId + "/referrals/" + referralId + "/screening";
        CommandForms.Outcome outcome;
        if ("ACCEPT".equals(decision)) {
            outcome = forms.submit(who, path, fields, () -> new AcceptReferralRequest(fields.text("linkworkerUserId")),
                    field -> field, (body, ifMatch) -> referrals.acceptReferral(careRecordId, referralId, body, ifMatch, who),
                    result -> PERSON + careRecordId + "?done=referral-accepted");
        } else {
            ReferralClosure closure = decision == null ? null : fields.choice("decision", ReferralClosure.class);
            if (decision == null) {
                fields.error("decision", "Choose what to do with the referral");
            }
            outcome = forms.submit(who, path, fields, () -> new CloseReferralRequest(closure, fields.text("reason")),
                    field -> field.equals("closure") ? "decision" : field,
                    (body, ifMatch) -> referrals.closeReferral(careRecordId, referralId, body, ifMatch, who),
                    result -> PERSON + careRecordId + "?done=referral-closed");
        }
        if (outcome.done()) {
            return "redirect:" + outcome.next();
        }
        Map<String, Object> record = current(who, careRecordId, model);
        model.addAttribute("referral", referral(record, referralId));
        CommandForms.again(model, fields, outcome, PageModels.version(record));
        return "linkworker/referral-screening";
    }

    /** A GP practice refers one of its patients to the linkworkers: the same endpoint, the practice the requester. */
    @GetMapping(GP + "{careRecordId}/referral")
    public String gpReferral(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId, Model model) {
        CareRecordSummary person = patient(who, careRecordId, model);
        CommandForms.blank(model, person.version(), Map.of("requesterName", who.displayName()));
        return "gp-practice/referral";
    }

    @PostMapping(GP + "{careRecordId}/referral")
    public String gpRefer(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                          @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        Urgency urgency = fields.choice("urgency", Urgency.class);
        // the questions a GP must answer, asked in the words of the form before the endpoint's own checks
        if (fields.text("reason") == null) {
            fields.error("reason", "Enter why you are referring the patient");
        }
        if (urgency == null) {
            fields.error("urgency", "Choose how soon the patient needs a response");
        }
        if (fields.text("requesterName") == null) {
            fields.error("requesterName", "Enter the name of the person making the referral");
        }
        CommandForms.Outcome outcome = forms.submit(who, GP + careRecordId + "/referral", fields,
                () -> new ReceiveReferralRequest(ReferralSource.GP,
                        new RequesterRequest(fields.text("requesterName"), who.organisationCode()), fields.text("reason"), urgency),
                path -> path.startsWith("requester") ? "requesterName" : path,
                (body, ifMatch) -> referrals.receiveReferral(careRecordId, body, ifMatch, who),
                result -> "/gp-practice/referrals?made=1");
        if (outcome.done()) {
            return "redirect:" + outcome.next();
        }
        CareRecordSummary person = patient(who, careRecordId, model);
        CommandForms.again(model, fields, outcome, person.version());
        return "gp-practice/referral";
    }

    /** The patient as the API answers the practice (and the same not-found when it may not reach them). */
    private CareRecordSummary patient(CareProfessional who, UUID careRecordId, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        model.addAttribute("person", person);
        model.addAttribute("urgencies", urgencies());
        return person;
    }

    /** The record as the API answers it to this linkworker (and the same not-found when they may not reach it). */
    private Map<String, Object> current(CareProfessional who, UUID careRecordId, Model model) {
        Map<String, Object> record = models.of(records.current(careRecordId, who).getBody());
        model.addAttribute("record", record);
        model.addAttribute("sources", FormFields.choices(ReferralSource.values(), null));
        model.addAttribute("urgencies", urgencies());
        return record;
    }

    private static Map<String, String> urgencies() {
        Map<String, String> urgencies = new LinkedHashMap<>();
        urgencies.put("URGENT", "Urgent: respond within a day");
        urgencies.put("SOON", "Soon: within a week");
        urgencies.put("ROUTINE", "Routine: within four weeks");
        return urgencies;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> referral(Map<String, Object> record, UUID referralId) {
        return ((java.util.List<Map<String, Object>>) record.get("referrals")).stream()
                .filter(r -> referralId.toString().equals(r.get("referralId")))
                .findFirst().orElseThrow(org.jointcare.api.access.NoSuchCareRecord::new);
    }


}
