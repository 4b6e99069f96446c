package org.jointcare.api.views;

import static org.jointcare.api.security.ApiEndpoint.ADD_CONTRIBUTION;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.assessment.AddContributionRequest;
import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageForms;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.CareRecordReadController.CareRecordSummary;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.views.ProfessionReads.WorklistList;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.views.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The district nurse's pages: the team's worklist, a person's shared case history (newest first,
 * clinical detail where the role may see it) and the district nursing contribution to an
 * assessment. Reads go through {@link ProfessionReads}, as the endpoints' (team scope, hidden
 * people, field filter, access log); the contribution is the endpoint's request,
 * validated as the endpoint does, sent through {@link CareRecordChanges}.
 */
@PageController
public class DistrictNursingPages {

    private static final int HOME_SIZE = 10;
    private static final int HISTORY_SIZE = 50;
    private static final Map<String, String> FIELDS = Map.of("summary", "summary", "medicalHistory", "medicalHistory",
            "prognosis", "prognosis", "contributorName", "contributorName");
    private static final Map<String, String> MESSAGES = Map.of("summary", "Enter the district nursing assessment",
            "contributorName", "Enter your name (up to 200 characters)");

    private final ProfessionReads views;
    private final CareRecordReadController records;
    private final CareRecordChanges changes;
    private final PageModels models;
    private final PageForms forms;

    public DistrictNursingPages(ProfessionReads views, CareRecordReadController records, CareRecordChanges changes,
                                PageModels models, PageForms forms) {
        this.views = views;
        this.records = records;
        this.changes = changes;
        this.models = models;
        this.forms = forms;
    }

    @GetMapping("/district-nursing")
    public String worklist(@AuthenticationPrincipal CareProfessional who, Model model) {
        Map<String, Map<String, Object>> lists = new LinkedHashMap<>();
        for (WorklistList list : WorklistList.values()) {
            lists.put(list.name(), models.of(views.nursingWorklist(who, list, new Paging(0, HOME_SIZE))));
        }
        model.addAttribute("lists", lists);
        return "district-nursing/worklist";
    }

    @GetMapping("/district-nursing/people/{careRecordId}")
    public String history(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String added, Model model) {
        int at = Math.max(0, Math.min(page, 100_000));
        Map<String, Object> history = models.of(views.sharedCaseHistory(who, careRecordId, new Paging(at, HISTORY_SIZE)));
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        model.addAttribute("person", person);
        model.addAttribute("history", history);
        model.addAttribute("page", at);
        model.addAttribute("lastPage", Math.max(0, (((Number) history.getOrDefault("totalItems", 0)).longValue() - 1) / HISTORY_SIZE));
        model.addAttribute("added", added != null);
        return "district-nursing/history";
    }

    /** What the nurse typed, kept when the form comes back (medical history and prognosis are the GP's to record). */
    public record ContributionForm(String contributorName, String summary, String medicalHistory, String prognosis) {
    }

    @GetMapping("/district-nursing/people/{careRecordId}/assessments/{assessmentId}/contribution")
    public String contributionForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                   @PathVariable UUID assessmentId, Model model) {
        show(who, careRecordId, assessmentId, new ContributionForm(who.displayName(), "", "", ""), Map.of(), model);
        return "district-nursing/contribution";
    }

    @PostMapping("/district-nursing/people/{careRecordId}/assessments/{assessmentId}/contribution")
    public ModelAndView contribute(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                   @PathVariable UUID assessmentId, @RequestParam(defaultValue = "") String contributorName,
                                   @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String medicalHistory,
                                   @RequestParam(defaultValue = "") String prognosis, @RequestParam(required = false) String version,
                                   @RequestParam(required = false) String idempotencyKey, Model model) {
        ContributionForm answers = new ContributionForm(contributorName, summary, medicalHistory, prognosis);
        AddContributionRequest request = new AddContributionRequest(null, blankless(contributorName), blankless(summary),
                null, null, null, null);
        Map<String, String> errors = forms.check(request, FIELDS, MESSAGES);
        String result = "/district-nursing/people/" + careRecordId + "?added=1";
        if (errors.isEmpty()) {
            if (!forms.firstTime(who, idempotencyKey)) {
                return PageForms.seeOther(result);
            }
            try {
                changes.change(who, careRecordId, ADD_CONTRIBUTION, ifMatch(version), "assessments", assessmentId,
                        at -> request.toCommand(careRecordId, assessmentId, who.actor(), at));
                forms.done(who, idempotencyKey, result);
                return PageForms.seeOther(result);
            } catch (RuntimeException refused) {
                forms.release(who, idempotencyKey);
                if (!PageForms.isRefusal(refused)) {
                    throw refused;
                }
                errors = PageForms.refusal(refused, FIELDS);
            }
        }
        show(who, careRecordId, assessmentId, answers, errors, model);
        ModelAndView page = new ModelAndView("district-nursing/contribution", model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private void show(CareProfessional who, UUID careRecordId, UUID assessmentId, ContributionForm answers,
                      Map<String, String> errors, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        model.addAttribute("person", person);
        model.addAttribute("assessmentId", assessmentId);
        model.addAttribute("form", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("version", person.version());
        model.addAttribute("idempotencyKey", PageForms.newKey());
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String ifMatch(String version) {
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
