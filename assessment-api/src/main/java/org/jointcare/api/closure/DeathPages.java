package org.jointcare.api.closure;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.command.NoDetails;
import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.pages.ReadYourWrites;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.CareRecordReadController.CareRecordSummary;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.views.CaseloadReads;
import org.jointcare.api.views.CaseloadReads.CaseloadList;
import org.jointcare.api.views.ProfessionReads;
import org.jointcare.api.views.ProfessionReads.WorklistList;
import org.jointcare.carerecord.CareRule;
import org.jointcare.views.Paging;
import org.jointcare.views.districtnursing.DistrictNursingViewDefinition;
import org.jointcare.views.gppractice.GpPracticeViewDefinition;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadViewDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A death on the pages: recorded by each role the endpoint lets record it (from the page where that
 * role sees the person), and its notice acknowledged from the lists that keep death notices (the GP
 * practice's, the linkworker caseload's and the nursing team's). The form sends the endpoint's own
 * request to {@link DeathAndErrorController}'s own methods; the lists are read through
 * {@link ProfessionReads} and {@link CaseloadReads}, as the endpoints read them.
 */
@PageController
public class DeathPages {

    /** The areas whose roles may record a death ({@code RECORD_DEATH}); {@code PageArea} keeps each to its own role. */
    private static final String RECORDERS = "{area:linkworker|district-nursing|gp-practice|hospital}";
    /** The areas whose roles are told of a death and acknowledge it ({@code ACKNOWLEDGE_DEATH_NOTICE}). */
    private static final String TOLD = "{area:linkworker|district-nursing|gp-practice}";
    private static final int LIST_SIZE = 20;

    private final DeathAndErrorController deaths;
    private final CareRecordReadController records;
    private final ProfessionReads professionReads;
    private final CaseloadReads caseload;
    private final PageModels models;
    private final CommandForms forms;
    private final ReadYourWrites readYourWrites;

    public DeathPages(DeathAndErrorController deaths, CareRecordReadController records, ProfessionReads professionReads,
                      CaseloadReads caseload, PageModels models, CommandForms forms, ReadYourWrites readYourWrites) {
        this.deaths = deaths;
        this.records = records;
        this.professionReads = professionReads;
        this.caseload = caseload;
        this.models = models;
        this.forms = forms;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/" + RECORDERS + "/people/{careRecordId}/death")
    public String form(@AuthenticationPrincipal CareProfessional who, @PathVariable String area,
                       @PathVariable UUID careRecordId, Model model) {
        CareRecordSummary person = person(who, area, careRecordId, model);
        CommandForms.blank(model, person.version(), Map.of());
        return "death/record";
    }

    @PostMapping("/" + RECORDERS + "/people/{careRecordId}/death")
    public String record(@AuthenticationPrincipal CareProfessional who, @PathVariable String area,
                         @PathVariable UUID careRecordId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers)
                .explain("dateOfDeath", "Enter the date of death: today or a day before");
        LocalDate dateOfDeath = fields.date("dateOfDeath");
        if (dateOfDeath == null && !fields.errors().containsKey("dateOfDeath")) {
            fields.error("dateOfDeath", "Enter the date of death");
        }
        String path = "/" + area + "/people/" + careRecordId + "/death";
        CommandForms.Outcome outcome = forms.submit(who, path, fields,
                () -> new RecordDeathRequest(dateOfDeath),
                property -> property,
                (body, ifMatch) -> deaths.recordDeath(careRecordId, body, ifMatch, who),
                result -> afterDeath(area, careRecordId));
        if (outcome.done()) {
            return outcome.redirect();
        }
        CareRecordSummary person = person(who, area, careRecordId, model);
        CommandForms.again(model, fields, outcome, person.version());
        return "death/record";
    }

    /** Where each role sees the death afterwards: the person's page, or the list the death is told in. */
    private static String afterDeath(String area, UUID careRecordId) {
        return area.equals("gp-practice") ? "/gp-practice/deaths?recorded=1"
                : "/" + area + "/people/" + careRecordId + "?done=death-recorded";
    }

    private CareRecordSummary person(CareProfessional who, String area, UUID careRecordId, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        model.addAttribute("person", person);
        model.addAttribute("area", area);
        model.addAttribute("back", "/" + area + "/people/" + careRecordId);
        return person;
    }

    // ---------------------------------------------------------------- the death notices

    @GetMapping("/" + TOLD + "/deaths")
    public String notices(@AuthenticationPrincipal CareProfessional who, @PathVariable String area,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(required = false) String acknowledged,
                          @RequestParam(required = false) String recorded, Model model) {
        int at = Math.max(0, Math.min(page, 100_000));
        Map<String, Object> view = read(who, area, new Paging(at, LIST_SIZE), model);
        model.addAttribute("area", area);
        model.addAttribute("view", view);
        model.addAttribute("page", at);
        model.addAttribute("lastPage", Math.max(0, (((Number) view.getOrDefault("totalItems", 0)).longValue() - 1) / LIST_SIZE));
        model.addAttribute("acknowledged", acknowledged != null);
        model.addAttribute("recorded", recorded != null);
        return "death/list";
    }

    @PostMapping("/" + TOLD + "/deaths/{careRecordId}/acknowledgement")
    public String acknowledge(@AuthenticationPrincipal CareProfessional who, @PathVariable String area,
                              @PathVariable UUID careRecordId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        String list = "/" + area + "/deaths";
        CommandForms.Outcome outcome = forms.submit(who, list + "/" + careRecordId + "/acknowledgement", fields, NoDetails::new,
                property -> property,
                (body, ifMatch) -> deaths.acknowledgeDeathNotice(careRecordId, body, ifMatch, who),
                result -> list + "?acknowledged=1");
        if (outcome.done()) {
            return outcome.redirect();
        }
        if (CareRule.DEATH_NOTICE_ALREADY_ACKNOWLEDGED.code().equals(outcome.code())) {
            // a colleague of the same organisation acknowledged it first: nothing more to record
            return CommandForms.seeOther(list + "?acknowledged=1");
        }
        model.addAttribute("problem", outcome.problem());
        model.addAttribute("errors", Map.of());
        return notices(who, area, 0, null, null, model) + againStatus();
    }

    /** The list shown again after a refusal answers 422, as every form shown again does. */
    private static String againStatus() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes servlet && servlet.getResponse() != null) {
            servlet.getResponse().setStatus(422);
        }
        return "";
    }

    /** One page of the death notices the professional's own view keeps, read as the endpoint reads it. */
    private Map<String, Object> read(CareProfessional who, String area, Paging paging, Model model) {
        return switch (area) {
            case "linkworker" -> {
                readYourWrites.awaitAll(model, LinkworkerCaseloadViewDefinition.PROCESSING_GROUP);
                yield models.of(caseload.list(who, CaseloadList.DEATH_NOTICES, null, paging));
            }
            case "district-nursing" -> {
                readYourWrites.awaitAll(model, DistrictNursingViewDefinition.PROCESSING_GROUP);
                yield models.of(professionReads.nursingWorklist(who, WorklistList.DEATH_NOTICES, paging));
            }
            default -> {
                readYourWrites.awaitAll(model, GpPracticeViewDefinition.PROCESSING_GROUP);
                yield models.of(professionReads.gpDeathNotices(who, paging));
            }
        };
    }
}
