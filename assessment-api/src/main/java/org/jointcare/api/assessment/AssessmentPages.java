package org.jointcare.api.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageFormats;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.assessment.CareActOutcome;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.assessment.UnableReason;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The joint assessment on a linkworker's pages: start it from an accepted referral, add the social
 * care contribution with the Care Act outcomes, complete it and see the eligibility decision the
 * record worked out, with its explanation. Each goes through {@link JointAssessmentController}'s
 * own methods; the care rules (a health contribution is needed before completing, for one) answer
 * as they answer the API, beside the form.
 */
@PageController
public class AssessmentPages {

    private static final String PERSON = "/linkworker/people/";

    private final JointAssessmentController assessments;
    private final CareRecordReadController records;
    private final CommandForms forms;
    private final PageModels models;

    public AssessmentPages(JointAssessmentController assessments, CareRecordReadController records, CommandForms forms,
                           PageModels models) {
        this.assessments = assessments;
        this.records = records;
        this.forms = forms;
        this.models = models;
    }

    @GetMapping(PERSON + "{careRecordId}/assessments/new")
    public String startForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                            @RequestParam UUID referral, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of("referralId", referral.toString()));
        return "linkworker/assessment-start";
    }

    @PostMapping(PERSON + "{careRecordId}/assessments/new")
    public String start(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                        @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        UUID referralId = uuid(fields, "referralId");
        CommandForms.Outcome outcome = forms.submit(who, PERSON + careRecordId + "/assessments/new", fields,
                () -> new StartJointAssessmentRequest(referralId, who.userId()), field -> field,
                (body, ifMatch) -> assessments.startAssessment(careRecordId, body, ifMatch, who),
                result -> PERSON + careRecordId + "?done=assessment-started");
        return outcome.done() ? "redirect:" + outcome.next() : again(who, careRecordId, fields, outcome, model, "linkworker/assessment-start");
    }

    @GetMapping(PERSON + "{careRecordId}/assessments/{assessmentId}/contribution")
    public String contributionForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                   @PathVariable UUID assessmentId, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of("contributorName", who.displayName()));
        model.addAttribute("assessmentId", assessmentId);
        return "linkworker/assessment-contribution";
    }

    @PostMapping(PERSON + "{careRecordId}/assessments/{assessmentId}/contribution")
    public String contribute(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                             @PathVariable UUID assessmentId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        List<NeedRequest> needs = new ArrayList<>();
        for (NeedDomain domain : NeedDomain.values()) {
            NeedLevel level = fields.choice("need-" + domain.name(), NeedLevel.class);
            if (level != null) {
                needs.add(new NeedRequest(domain, level, null));
            }
        }
        List<OutcomeRequest> outcomes = outcomes(fields);
        model.addAttribute("assessmentId", assessmentId);
        CommandForms.Outcome outcome = forms.submit(who, PERSON + careRecordId + "/assessments/" + assessmentId + "/contribution",
                fields, () -> new AddContributionRequest(Discipline.SOCIAL_CARE, fields.text("contributorName"),
                        fields.text("summary"), needs, outcomes, null, null),
                AssessmentPages::fieldOf,
                (body, ifMatch) -> assessments.addContribution(careRecordId, assessmentId, body, ifMatch, who),
                result -> PERSON + careRecordId + "?done=contribution-added#assessment-" + assessmentId);
        return outcome.done() ? "redirect:" + outcome.next()
                : again(who, careRecordId, fields, outcome, model, "linkworker/assessment-contribution");
    }

    @GetMapping(PERSON + "{careRecordId}/assessments/{assessmentId}/completion")
    public String completionForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                 @PathVariable UUID assessmentId, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of("chcChecklist", ChcChecklistResult.NOT_INDICATED.name()));
        model.addAttribute("assessmentId", assessmentId);
        return "linkworker/assessment-completion";
    }

    @PostMapping(PERSON + "{careRecordId}/assessments/{assessmentId}/completion")
    public String complete(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                           @PathVariable UUID assessmentId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        List<AgreedNeedRequest> agreed = new ArrayList<>();
        for (NeedDomain domain : NeedDomain.values()) {
            NeedLevel level = fields.choice("need-" + domain.name(), NeedLevel.class);
            Responsibility responsibility = fields.choice("responsibility-" + domain.name(), Responsibility.class);
            if (level != null) {
                if (responsibility == null) {
                    fields.error("responsibility-" + domain.name(), "Say who meets the " + PageFormats.asWords(domain) + " need");
                }
                agreed.add(new AgreedNeedRequest(domain, level, responsibility, null));
            }
        }
        List<OutcomeRequest> outcomes = outcomes(fields);
        Boolean arising = yesNo(fields, "needsArisingFromImpairmentOrIllness");
        Boolean impact = yesNo(fields, "significantImpactOnWellbeing");
        ChcChecklistResult chc = fields.choice("chcChecklist", ChcChecklistResult.class);
        model.addAttribute("assessmentId", assessmentId);
        CommandForms.Outcome outcome = forms.submit(who, PERSON + careRecordId + "/assessments/" + assessmentId + "/completion",
                fields, () -> new CompleteJointAssessmentRequest(agreed, arising, outcomes, impact,
                        fields.text("personViewsAndWishes"), fields.text("carerNeeds"), chc),
                AssessmentPages::fieldOf,
                (body, ifMatch) -> assessments.completeAssessment(careRecordId, assessmentId, body, ifMatch, who),
                result -> PERSON + careRecordId + "?done=assessment-completed#assessment-" + assessmentId);
        return outcome.done() ? "redirect:" + outcome.next()
                : again(who, careRecordId, fields, outcome, model, "linkworker/assessment-completion");
    }

    /** Each outcome's select: empty (not assessed), ACHIEVED, or the reason it is not achieved. */
    private static List<OutcomeRequest> outcomes(FormFields fields) {
        List<OutcomeRequest> outcomes = new ArrayList<>();
        for (CareActOutcome careAct : CareActOutcome.values()) {
            String value = fields.text("outcome-" + careAct.name());
            if (value == null) {
                continue;
            }
            if (value.equals("ACHIEVED")) {
                outcomes.add(new OutcomeRequest(careAct, true, null, null));
            } else {
                UnableReason reason = fields.choice("outcome-" + careAct.name(), UnableReason.class);
                outcomes.add(new OutcomeRequest(careAct, false, reason, null));
            }
        }
        return outcomes;
    }

    private static String fieldOf(String path) {
        // outcomes[0].unableReason and the like: shown at the top of the outcomes
        if (path.startsWith("outcomes")) {
            return "outcomes";
        }
        if (path.startsWith("agreedNeeds") || path.startsWith("needs")) {
            return "needs";
        }
        return path;
    }

    private static Boolean yesNo(FormFields fields, String name) {
        String value = fields.text(name);
        return value == null ? null : value.equals("yes");
    }

    private static UUID uuid(FormFields fields, String name) {
        try {
            String value = fields.text(name);
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            fields.error(name, "Start the assessment from a referral on the record");
            return null;
        }
    }

    private String again(CareProfessional who, UUID careRecordId, FormFields fields, CommandForms.Outcome outcome,
                         Model model, String view) {
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.again(model, fields, outcome, PageModels.version(record));
        return view;
    }

    private Map<String, Object> current(CareProfessional who, UUID careRecordId, Model model) {
        Map<String, Object> record = models.of(records.current(careRecordId, who).getBody());
        model.addAttribute("record", record);
        model.addAttribute("domains", FormFields.choices(NeedDomain.values(), null));
        model.addAttribute("levels", FormFields.choices(NeedLevel.values(), "Not a need"));
        model.addAttribute("responsibilities", FormFields.choices(Responsibility.values(), "Choose"));
        model.addAttribute("careActOutcomes", FormFields.choices(CareActOutcome.values(), null));
        Map<String, String> achieved = new LinkedHashMap<>();
        achieved.put("", "Not assessed");
        achieved.put("ACHIEVED", "Achieved");
        for (UnableReason reason : UnableReason.values()) {
            achieved.put(reason.name(), "Not achieved: " + PageFormats.asWords(reason).toLowerCase(Locale.UK));
        }
        model.addAttribute("achievements", achieved);
        model.addAttribute("chcResults", FormFields.choices(ChcChecklistResult.values(), null));
        Map<String, String> yesNo = new LinkedHashMap<>();
        yesNo.put("yes", "Yes");
        yesNo.put("no", "No");
        model.addAttribute("yesNo", yesNo);
        return record;
    }



}
