package org.jointcare.api.records;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.pages.RecordHistorySection;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.ApiExceptionHandler;
import org.jointcare.api.web.ApiProblem;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding a person (a linkworker, or a GP practice finding a patient to refer) and their record as it
 * stands, for a linkworker. Both go through the endpoints'
 * own methods ({@link PeopleController#find}, {@link CareRecordReadController#current}): the same
 * sharing policy, access-log rows and role filter as the API, and the same not-found for a person
 * who does not exist and one the linkworker may not reach.
 */
@PageController
public class PersonPages {

    private final PeopleController people;
    private final CareRecordReadController records;
    private final PageModels models;
    private final RecordHistorySection history;

    public PersonPages(PeopleController people, CareRecordReadController records, PageModels models, RecordHistorySection history) {
        this.people = people;
        this.records = records;
        this.models = models;
        this.history = history;
    }

    @GetMapping("/linkworker/people")
    public String find(@AuthenticationPrincipal CareProfessional who, @RequestParam Map<String, String> answers,
                       Model model) {
        search(who, answers, model);
        return "linkworker/find";
    }

    /** A GP practice finds a patient registered with it, to refer them: the same search, the same sharing rules. */
    @GetMapping("/gp-practice/people")
    public String findPatient(@AuthenticationPrincipal CareProfessional who, @RequestParam Map<String, String> answers,
                              Model model) {
        search(who, answers, model);
        return "gp-practice/find";
    }

    /**
     * The search form's answers sent to {@link PeopleController#find}, the endpoint's own method: only
     * people the professional's relationships reach are found, and each one matched is logged as the API logs it.
     */
    private void search(CareProfessional who, Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        model.addAttribute("form", fields.answers());
        String nhsNumber = fields.text("nhsNumber");
        String familyName = fields.text("familyName");
        java.time.LocalDate dateOfBirth = fields.date("dateOfBirth");
        boolean searched = answers.containsKey("search");
        if (searched && nhsNumber == null && familyName == null) {
            fields.error("nhsNumber", "Enter an NHS number, or a family name and date of birth");
        }
        if (searched && !fields.hasErrors()) {
            try {
                PeopleController.PeopleFound found = people.find(who, nhsNumber, nhsNumber == null ? familyName : null,
                        nhsNumber == null ? dateOfBirth : null, 0, 50);
                model.addAttribute("found", found.items());
            } catch (RuntimeException refused) {
                ProblemDetail problem = ApiExceptionHandler.knownProblem(refused)
                        .or(() -> refused instanceof jakarta.validation.ConstraintViolationException
                                ? java.util.Optional.of(ApiProblem.INVALID_PARAMETER.detail("check"))
                                : java.util.Optional.empty())
                        .orElseThrow(() -> refused);
                fields.error(nhsNumber != null ? "nhsNumber" : "familyName",
                        nhsNumber != null ? "Enter a valid NHS number: 10 digits, like 999 123 4567"
                                : "Enter a family name of up to 200 characters");
                model.addAttribute("problemDetail", problem.getDetail());
            }
        }
        model.addAttribute("errors", fields.errors());
        model.addAttribute("searched", searched && !fields.hasErrors());
    }

    @GetMapping("/linkworker/people/{careRecordId}")
    public String record(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                         @RequestParam(required = false) String done, @RequestParam(required = false) Integer historyPage,
                         Model model) {
        return person(who, careRecordId, done, historyPage, model, "linkworker/person");
    }

    /**
     * A patient of the practice, from the find results: the record as the endpoint answers the practice
     * ({@link CareRecordReadController#current}), with what the practice may do next ("Record a death" only
     * while no death is recorded) and the record's history ({@link RecordHistorySection}).
     */
    @GetMapping("/gp-practice/people/{careRecordId}")
    public String patient(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                          @RequestParam(required = false) String done, @RequestParam(required = false) Integer historyPage,
                          Model model) {
        return person(who, careRecordId, done, historyPage, model, "gp-practice/person");
    }

    /** The record as the endpoint answers this professional, what was just done, and its history, on {@code template}. */
    private String person(CareProfessional who, UUID careRecordId, String done, Integer historyPage, Model model,
                          String template) {
        model.addAttribute("record", models.of(records.current(careRecordId, who).getBody()));
        model.addAttribute("done", done == null ? null : DONE.getOrDefault(done, null));
        history.show(who, careRecordId, historyPage, model);
        return template;
    }

    /** What the page says was just done (the command's outcome, read from the record itself: read your own write). */
    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("registered", "Person registered"),
            Map.entry("referral-recorded", "Referral recorded"),
            Map.entry("referral-accepted", "Referral accepted and allocated"),
            Map.entry("referral-closed", "Referral closed"),
            Map.entry("assessment-started", "Joint assessment started"),
            Map.entry("contribution-added", "Social care contribution added"),
            Map.entry("assessment-completed", "Joint assessment completed"),
            Map.entry("package-agreed", "Care package agreed"),
            Map.entry("package-amended", "Care package amended"),
            Map.entry("package-suspended", "Care package suspended"),
            Map.entry("package-resumed", "Care package resumed"),
            Map.entry("package-ended", "Care package ended"),
            Map.entry("review-recorded", "Review recorded"),
            Map.entry("death-recorded", "Death recorded: the record is closed, and the GP practice and the district nursing team have been told"),
            Map.entry("carers-assessment-requested", "Carer’s assessment asked for"),
            Map.entry("carers-assessment-carried-out", "Carer’s assessment recorded"),
            Map.entry("carer-support-arranged", "Support for the carer arranged"),
            Map.entry("entry-marked", "Entry marked entered in error: it has left the history"));

    static List<String> doneKeys() {
        return List.copyOf(DONE.keySet());
    }
}
