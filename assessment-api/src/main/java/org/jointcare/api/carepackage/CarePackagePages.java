package org.jointcare.api.carepackage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.command.NoDetails;
import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.carepackage.FundingStream;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Agreeing and changing a care package on a linkworker's pages: services, providers, units, unit
 * cost in pounds and each service's funding split; amend, suspend, resume and end. Through
 * {@link CarePackageController}'s own methods; the record page shows the split in pounds.
 */
@PageController
public class CarePackagePages {

    private static final String PERSON = "/linkworker/people/";
    /** Service rows on a new package's form; amending shows the package's services and one empty row. */
    static final int ROWS = 3;
    /** Rows read from a form at most (row numbers are two digits). */
    static final int MAX_ROWS = 100;
    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("service(\\d{1,2})-.*");

    private final CarePackageController packages;
    private final CareRecordReadController records;
    private final CommandForms forms;
    private final PageModels models;

    public CarePackagePages(CarePackageController packages, CareRecordReadController records, CommandForms forms,
                            PageModels models) {
        this.packages = packages;
        this.records = records;
        this.forms = forms;
        this.models = models;
    }

    @GetMapping(PERSON + "{careRecordId}/packages/new")
    public String agreeForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                            @RequestParam UUID assessment, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("assessmentId", assessment.toString());
        defaults.put("personContribution", "0.00");
        CommandForms.blank(model, PageModels.version(record), defaults);
        rows(model, ROWS);
        model.addAttribute("action", "agree");
        return "linkworker/package-terms";
    }

    @PostMapping(PERSON + "{careRecordId}/packages/new")
    public String agree(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                        @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        UUID assessmentId = UUID.fromString(fields.text("assessmentId"));
        LocalDate start = fields.date("startDate");
        PackageTermsRequest terms = terms(fields);
        CommandForms.Outcome outcome = forms.submit(who, PERSON + careRecordId + "/packages/new", fields,
                () -> new ArrangeCarePackageRequest(assessmentId, start, terms), CarePackagePages::fieldOf,
                (body, ifMatch) -> packages.arrangePackage(careRecordId, body, ifMatch, who),
                result -> PERSON + careRecordId + "?done=package-agreed#package");
        model.addAttribute("action", "agree");
        rows(model, Math.max(ROWS, rowsIn(fields)));
        return outcome.done() ? "redirect:" + outcome.next() : again(who, careRecordId, fields, outcome, model, "linkworker/package-terms");
    }

    @GetMapping(PERSON + "{careRecordId}/packages/{packageId}/amendment")
    public String amendForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                            @PathVariable UUID packageId, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        Map<String, String> answers = asAnswers(record);
        CommandForms.blank(model, PageModels.version(record), answers);
        rows(model, rowsIn(answers.keySet()) + 1);
        model.addAttribute("action", "amend");
        model.addAttribute("packageId", packageId);
        return "linkworker/package-terms";
    }

    @PostMapping(PERSON + "{careRecordId}/packages/{packageId}/amendment")
    public String amend(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                        @PathVariable UUID packageId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        LocalDate from = fields.date("startDate");
        PackageTermsRequest terms = terms(fields);
        CommandForms.Outcome outcome = forms.submit(who, PERSON + careRecordId + "/packages/" + packageId + "/amendment", fields,
                () -> new AmendCarePackageRequest(from, terms, fields.text("reason")),
                path -> path.equals("effectiveFrom") ? "startDate" : fieldOf(path),
                (body, ifMatch) -> packages.amendPackage(careRecordId, packageId, body, ifMatch, who),
                result -> PERSON + careRecordId + "?done=package-amended#package");
        model.addAttribute("action", "amend");
        model.addAttribute("packageId", packageId);
        rows(model, Math.max(1, rowsIn(fields)));
        return outcome.done() ? "redirect:" + outcome.next() : again(who, careRecordId, fields, outcome, model, "linkworker/package-terms");
    }

    /** Suspend, resume or end: a reason (none to resume) and the record version. */
    @GetMapping(PERSON + "{careRecordId}/packages/{packageId}/{change:suspension|resumption|ending}")
    public String changeForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                             @PathVariable UUID packageId, @PathVariable String change, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of());
        model.addAttribute("change", change);
        model.addAttribute("packageId", packageId);
        return "linkworker/package-change";
    }

    @PostMapping(PERSON + "{careRecordId}/packages/{packageId}/{change:suspension|resumption|ending}")
    public String change(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                         @PathVariable UUID packageId, @PathVariable String change,
                         @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        String path = PERSON + careRecordId + "/packages/" + packageId + "/" + change;
        CommandForms.Outcome outcome = switch (change) {
            case "suspension" -> forms.submit(who, path, fields, () -> new PackageChangeRequest(fields.text("reason")),
                    field -> field, (body, ifMatch) -> packages.suspendPackage(careRecordId, packageId, body, ifMatch, who),
                    result -> PERSON + careRecordId + "?done=package-suspended#package");
            case "resumption" -> forms.submit(who, path, fields, NoDetails::new,
                    field -> field, (body, ifMatch) -> packages.resumePackage(careRecordId, packageId, body, ifMatch, who),
                    result -> PERSON + careRecordId + "?done=package-resumed#package");
            default -> forms.submit(who, path, fields, () -> new PackageChangeRequest(fields.text("reason")),
                    field -> field, (body, ifMatch) -> packages.endPackage(careRecordId, packageId, body, ifMatch, who),
                    result -> PERSON + careRecordId + "?done=package-ended#package");
        };
        model.addAttribute("change", change);
        model.addAttribute("packageId", packageId);
        return outcome.done() ? "redirect:" + outcome.next() : again(who, careRecordId, fields, outcome, model, "linkworker/package-change");
    }

    /** The services as typed: a row counts when any of its answers is given. */
    private static PackageTermsRequest terms(FormFields fields) {
        List<PlannedServiceRequest> services = new ArrayList<>();
        for (int row = 0; row < rowsIn(fields); row++) {
            String p = "service" + row + "-";
            if (fields.text(p + "type") == null && fields.text(p + "providerName") == null && fields.text(p + "unitCost") == null) {
                continue;
            }
            Integer health = fields.number(p + "healthPercent");
            FundingStream stream = health == null ? null : health == 100 ? FundingStream.HEALTH
                    : health == 0 ? FundingStream.SOCIAL_CARE : FundingStream.JOINT;
            services.add(new PlannedServiceRequest(fields.choice(p + "type", ServiceType.class),
                    fields.choice(p + "providerType", ProviderType.class), fields.text(p + "providerName"),
                    fields.number(p + "unitsPerWeek"), fields.pence(p + "unitCost"),
                    new FundingRequest(stream, health, health == null ? null : 100 - health), null));
        }
        if (services.isEmpty()) {
            fields.error("service0-type", "Add at least one service");
        }
        return new PackageTermsRequest(services, fields.pence("personContribution"));
    }

    /** terms.services[1].unitCostPence is shown beside service1-unitCost. */
    private static String fieldOf(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("terms\\.services\\[(\\d+)]\\.([a-zA-Z]+).*").matcher(path);
        if (m.matches()) {
            String field = switch (m.group(2)) {
                case "unitCostPence" -> "unitCost";
                case "funding" -> "healthPercent";
                default -> m.group(2);
            };
            return "service" + m.group(1) + "-" + field;
        }
        if (path.startsWith("terms.personContribution")) {
            return "personContribution";
        }
        if (path.startsWith("terms")) {
            return "service0-type";
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> asAnswers(Map<String, Object> record) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (!(record.get("packageInForce") instanceof Map<?, ?> inForce)) {
            return answers;
        }
        Map<String, Object> terms = (Map<String, Object>) inForce.get("terms");
        List<Map<String, Object>> services = (List<Map<String, Object>>) terms.get("services");
        for (int row = 0; row < Math.min(MAX_ROWS, services.size()); row++) {
            Map<String, Object> s = services.get(row);
            String p = "service" + row + "-";
            answers.put(p + "type", String.valueOf(s.get("type")));
            answers.put(p + "providerType", String.valueOf(s.get("providerType")));
            answers.put(p + "providerName", String.valueOf(s.get("providerName")));
            answers.put(p + "unitsPerWeek", String.valueOf(s.get("unitsPerWeek")));
            answers.put(p + "unitCost", new java.math.BigDecimal(String.valueOf(s.get("unitCostPence"))).movePointLeft(2).toPlainString());
            answers.put(p + "healthPercent", String.valueOf(((Map<String, Object>) s.get("funding")).get("healthPercent")));
        }
        answers.put("personContribution", new java.math.BigDecimal(String.valueOf(terms.get("personContributionPencePerWeek")))
                .movePointLeft(2).toPlainString());
        return answers;
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
        model.addAttribute("serviceTypes", FormFields.choices(ServiceType.values(), "Choose"));
        model.addAttribute("providerTypes", FormFields.choices(ProviderType.values(), "Choose"));
        return record;
    }

    /** How many service rows the answers hold: one more than the highest row number named. */
    static int rowsIn(java.util.Collection<String> names) {
        int rows = 0;
        for (String name : names) {
            java.util.regex.Matcher m = ROW.matcher(name);
            if (m.matches()) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return rows;
    }

    private static int rowsIn(FormFields fields) {
        return rowsIn(fields.answers().keySet());
    }

    private static void rows(Model model, int count) {
        model.addAttribute("rows", java.util.stream.IntStream.range(0, count).boxed().toList());
    }


}
