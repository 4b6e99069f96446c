package org.jointcare.api.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageFormats;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.CareRecordReadController.CareRecordSummary;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.CarerOutcome;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarerUnableReason;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Carers' assessments on the pages: asked for, naming the carer, by each role the endpoint lets ask
 * (the linkworker from the person's record, the district nurse from the case history, the GP practice
 * from find a patient); carried out against the carers' eligibility criteria and the carer's support
 * arranged by the linkworker. Each form sends the endpoint's own request to {@link CarersController}'s
 * own method; eligibility is the record's to decide and explain.
 */
@PageController
public class CarersPages {

    private static final String ASKERS = "{area:linkworker|district-nursing|gp-practice}";
    private static final String ASSESSMENT = "/linkworker/people/{careRecordId}/carers-assessments/{carersAssessmentId}";

    private final CarersController carers;
    private final CareRecordReadController records;
    private final PageModels models;
    private final CommandForms forms;

    public CarersPages(CarersController carers, CareRecordReadController records, PageModels models, CommandForms forms) {
        this.carers = carers;
        this.records = records;
        this.models = models;
        this.forms = forms;
    }

    // ---------------------------------------------------------------- asking for one

    @GetMapping("/" + ASKERS + "/people/{careRecordId}/carers-assessments/new")
    public String requestForm(@AuthenticationPrincipal CareProfessional who, @PathVariable String area,
                              @PathVariable UUID careRecordId, Model model) {
        CareRecordSummary person = person(who, area, careRecordId, model);
        CommandForms.blank(model, person.version(), Map.of());
        return "carers/request";
    }

    @PostMapping("/" + ASKERS + "/people/{careRecordId}/carers-assessments/new")
    public String request(@AuthenticationPrincipal CareProfessional who, @PathVariable String area,
                          @PathVariable UUID careRecordId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers)
                .explain("carerName", "Enter the carer's name (up to 200 characters)")
                .explain("carerRelationship", "Enter what the carer is to the person, for example wife or neighbour")
                .explain("carerContact", "Enter how to reach the carer in up to 200 characters");
        String path = "/" + area + "/people/" + careRecordId + "/carers-assessments/new";
        CommandForms.Outcome outcome = forms.submit(who, path, fields,
                () -> new RequestCarersAssessmentRequest(new NamedCarerRequest(fields.text("carerName"),
                        fields.text("carerRelationship"), fields.text("carerContact"))),
                property -> switch (property) {
                    case "carer.name" -> "carerName";
                    case "carer.relationship" -> "carerRelationship";
                    case "carer.contact" -> "carerContact";
                    default -> "carerName";
                },
                (body, ifMatch) -> carers.request(careRecordId, body, ifMatch, who),
                result -> "/" + area + "/people/" + careRecordId + "?done=carers-assessment-requested#carers");
        if (outcome.done()) {
            return outcome.redirect();
        }
        CareRecordSummary person = person(who, area, careRecordId, model);
        CommandForms.again(model, fields, outcome, person.version());
        return "carers/request";
    }

    private CareRecordSummary person(CareProfessional who, String area, UUID careRecordId, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        model.addAttribute("person", person);
        model.addAttribute("area", area);
        // every area's page of the person is /{area}/people/{id}
        model.addAttribute("back", "/" + area + "/people/" + careRecordId + "#carers");
        return person;
    }

    // ---------------------------------------------------------------- carrying it out

    @GetMapping(ASSESSMENT + "/outcome")
    public String outcomeForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                              @PathVariable UUID carersAssessmentId, Model model) {
        Map<String, Object> record = assessment(who, careRecordId, carersAssessmentId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of());
        return "carers/outcome";
    }

    @PostMapping(ASSESSMENT + "/outcome")
    public String carryOut(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                           @PathVariable UUID carersAssessmentId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers)
                .explain("carriedOutOn", "Enter the date the assessment was carried out")
                .explain("needsArisingFromProvidingNecessaryCare", "Say whether the carer's needs arise from providing necessary care")
                .explain("healthAtRiskOfDeteriorating", "Say whether the carer's health is at risk of deteriorating")
                .explain("significantImpactOnWellbeing", "Say whether there is a significant impact on the carer's wellbeing")
                .explain("ableAndWillingToContinueCaring", "Say whether the carer is able and willing to go on caring")
                .explain("carerViews", "Enter the carer's own views (up to 2,000 characters)");
        LocalDate on = fields.date("carriedOutOn");
        List<CarryOutCarersAssessmentRequest.Outcome> outcomes = new ArrayList<>();
        for (CarerOutcome carerOutcome : CarerOutcome.values()) {
            String value = fields.text("outcome-" + carerOutcome.name());
            if (value == null) {
                continue;
            }
            if (value.equals("ACHIEVED")) {
                outcomes.add(new CarryOutCarersAssessmentRequest.Outcome(carerOutcome, true, null, null));
            } else {
                CarerUnableReason reason = fields.choice("outcome-" + carerOutcome.name(), CarerUnableReason.class);
                outcomes.add(new CarryOutCarersAssessmentRequest.Outcome(carerOutcome, false, reason, null));
            }
        }
        CommandForms.Outcome outcome = forms.submit(who, path(careRecordId, carersAssessmentId) + "/outcome", fields,
                () -> new CarryOutCarersAssessmentRequest(on, yesNo(fields, "needsArisingFromProvidingNecessaryCare"),
                        yesNo(fields, "healthAtRiskOfDeteriorating"), outcomes, yesNo(fields, "significantImpactOnWellbeing"),
                        yesNo(fields, "ableAndWillingToContinueCaring"), fields.text("carerViews")),
                property -> property.startsWith("outcomes") ? "outcomes" : property,
                (body, ifMatch) -> carers.carryOut(careRecordId, carersAssessmentId, body, ifMatch, who),
                result -> "/linkworker/people/" + careRecordId + "?done=carers-assessment-carried-out#carers-assessment-"
                        + carersAssessmentId);
        if (outcome.done()) {
            return outcome.redirect();
        }
        Map<String, Object> record = assessment(who, careRecordId, carersAssessmentId, model);
        CommandForms.again(model, fields, outcome, PageModels.version(record));
        return "carers/outcome";
    }

    // ---------------------------------------------------------------- the carer's support

    @GetMapping(ASSESSMENT + "/support")
    public String supportForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                              @PathVariable UUID carersAssessmentId, Model model) {
        Map<String, Object> record = assessment(who, careRecordId, carersAssessmentId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of());
        return "carers/support";
    }

    @PostMapping(ASSESSMENT + "/support")
    public String support(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                          @PathVariable UUID carersAssessmentId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers)
                .explain("kind", "Choose a service of the package or a support plan of the carer's own")
                .explain("startDate", "Enter the date the support starts")
                .explain("plan", "Enter the carer's support plan in up to 2,000 characters");
        CarerSupportKind kind = fields.choice("kind", CarerSupportKind.class);
        ServiceType service = kind == CarerSupportKind.SERVICE_IN_PACKAGE ? fields.choice("service", ServiceType.class) : null;
        if (kind == CarerSupportKind.SERVICE_IN_PACKAGE && service == null) {
            fields.error("service", "Choose the service of the package that supports the carer");
        }
        if (kind == CarerSupportKind.OWN_SUPPORT_PLAN && fields.text("plan") == null) {
            fields.error("plan", "Enter the carer's support plan");
        }
        LocalDate startDate = fields.date("startDate");
        Map<String, Object> now = models.of(records.current(careRecordId, who).getBody());
        UUID packageId = kind == CarerSupportKind.SERVICE_IN_PACKAGE ? packageInForce(now) : null;
        CommandForms.Outcome outcome = forms.submit(who, path(careRecordId, carersAssessmentId) + "/support", fields,
                () -> new ArrangeCarerSupportRequest(kind, packageId, service,
                        kind == CarerSupportKind.OWN_SUPPORT_PLAN ? fields.text("plan") : null, startDate),
                property -> property.equals("packageId") ? "service" : property,
                (body, ifMatch) -> carers.support(careRecordId, carersAssessmentId, body, ifMatch, who),
                result -> "/linkworker/people/" + careRecordId + "?done=carer-support-arranged#carers-assessment-"
                        + carersAssessmentId);
        if (outcome.done()) {
            return outcome.redirect();
        }
        Map<String, Object> record = assessment(who, careRecordId, carersAssessmentId, model);
        CommandForms.again(model, fields, outcome, PageModels.version(record));
        return "carers/support";
    }

    private static UUID packageInForce(Map<String, Object> record) {
        if (record.get("packageInForce") instanceof Map<?, ?> inForce && inForce.get("packageId") != null) {
            return UUID.fromString(String.valueOf(inForce.get("packageId")));
        }
        return null;
    }

    /** The person's record and the carer's assessment on it, as the endpoint that serves the record gives them. */
    private Map<String, Object> assessment(CareProfessional who, UUID careRecordId, UUID carersAssessmentId, Model model) {
        Map<String, Object> record = models.of(records.current(careRecordId, who).getBody());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> assessments = (List<Map<String, Object>>) record.getOrDefault("carersAssessments", List.of());
        Map<String, Object> assessment = assessments.stream()
                .filter(a -> carersAssessmentId.toString().equals(String.valueOf(a.get("carersAssessmentId"))))
                .findFirst().orElseThrow(NoSuchCareRecord::new);
        model.addAttribute("record", record);
        model.addAttribute("assessment", assessment);
        model.addAttribute("carerOutcomes", FormFields.choices(CarerOutcome.values(), null));
        Map<String, String> achieved = new LinkedHashMap<>();
        achieved.put("", "Not assessed");
        achieved.put("ACHIEVED", "Achieved");
        for (CarerUnableReason reason : CarerUnableReason.values()) {
            achieved.put(reason.name(), "Not achieved: " + PageFormats.asWords(reason).toLowerCase(Locale.UK));
        }
        model.addAttribute("achievements", achieved);
        Map<String, String> yesNo = new LinkedHashMap<>();
        yesNo.put("yes", "Yes");
        yesNo.put("no", "No");
        model.addAttribute("yesNo", yesNo);
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(CarerSupportKind.SERVICE_IN_PACKAGE.name(), "A service of the person’s care package (respite, a sitting service)");
        kinds.put(CarerSupportKind.OWN_SUPPORT_PLAN.name(), "A support plan of the carer’s own");
        model.addAttribute("supportKinds", kinds);
        Map<String, String> services = new LinkedHashMap<>();
        services.put("", "Choose a service");
        if (record.get("packageInForce") instanceof Map<?, ?> inForce && inForce.get("terms") instanceof Map<?, ?> terms
                && terms.get("services") instanceof List<?> planned) {
            for (Object one : planned) {
                if (one instanceof Map<?, ?> service && service.get("type") != null) {
                    String type = String.valueOf(service.get("type"));
                    services.put(type, PageFormats.asWords(ServiceType.valueOf(type)));
                }
            }
        }
        model.addAttribute("services", services);
        return record;
    }

    private static String path(UUID careRecordId, UUID carersAssessmentId) {
        return "/linkworker/people/" + careRecordId + "/carers-assessments/" + carersAssessmentId;
    }

    private static Boolean yesNo(FormFields fields, String name) {
        String value = fields.text(name);
        return value == null ? null : value.equals("yes");
    }



}
