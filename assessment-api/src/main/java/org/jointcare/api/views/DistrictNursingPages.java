package org.jointcare.api.views;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jointcare.api.assessment.AddContributionRequest;
import org.jointcare.api.assessment.JointAssessmentController;
import org.jointcare.api.carerecord.CurrentRecords;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.pages.ReadYourWrites;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.CareRecordReadController.CareRecordSummary;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.views.ProfessionReads.WorklistList;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.views.Paging;
import org.jointcare.views.districtnursing.DistrictNursingViewDefinition;
import org.jointcare.views.recordhistory.RecordHistoryViewDefinition;
import org.jointcare.views.sharing.SharingFacts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The district nurse's pages: the team's worklist, a person's shared case history (newest first,
 * clinical detail where the role may see it) and the district nursing contribution to an
 * assessment. Reads go through {@link ProfessionReads}, as the endpoints' (team scope, hidden
 * people, field filter, access log); the contribution is the endpoint's request,
 * sent through {@link CommandForms} to the endpoint's own method.
 */
@PageController
public class DistrictNursingPages {

    private static final int HOME_SIZE = 10;
    private static final int HISTORY_SIZE = 50;

    private final ProfessionReads views;
    private final CareRecordReadController records;
    private final JointAssessmentController assessments;
    private final PageModels models;
    private final CommandForms forms;
    private final ReadYourWrites readYourWrites;
    private final CurrentRecords currentRecords;

    public DistrictNursingPages(ProfessionReads views, CareRecordReadController records, JointAssessmentController assessments,
                                PageModels models, CommandForms forms, ReadYourWrites readYourWrites, CurrentRecords currentRecords) {
        this.readYourWrites = readYourWrites;
        this.currentRecords = currentRecords;
        this.views = views;
        this.records = records;
        this.assessments = assessments;
        this.models = models;
        this.forms = forms;
    }

    @GetMapping("/district-nursing")
    public String worklist(@AuthenticationPrincipal CareProfessional who, Model model) {
        readYourWrites.awaitAll(model, DistrictNursingViewDefinition.PROCESSING_GROUP);
        Map<String, Map<String, Object>> lists = new LinkedHashMap<>();
        for (WorklistList list : WorklistList.values()) {
            lists.put(list.name(), models.of(views.nursingWorklist(who, list, new Paging(0, HOME_SIZE))));
        }
        model.addAttribute("lists", lists);
        return "district-nursing/worklist";
    }

    @GetMapping("/district-nursing/people/{careRecordId}")
    public String history(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String added,
                          @RequestParam(required = false) String done, Model model) {
        int at = Math.max(0, Math.min(page, 100_000));
        // after the contribution: the history shows it (or says it is still updating)
        readYourWrites.awaitRecord(careRecordId, model, RecordHistoryViewDefinition.PROCESSING_GROUP);
        // one reach, logged once as the history's read: who the person is comes with it
        SharingFacts person = views.reachCaseHistory(who, careRecordId);
        Map<String, Object> history = models.of(views.sharedCaseHistory(who, person, new Paging(at, HISTORY_SIZE)));
        model.addAttribute("person", person);
        // whether a death is recorded, and its date: only a closed record can hold one, read from its events then
        Optional<CurrentRecords.CurrentRecord> closed = person.closed() ? currentRecords.current(careRecordId) : Optional.empty();
        model.addAttribute("died", closed.map(record -> record.closureReason() == ClosureReason.DIED).orElse(false));
        model.addAttribute("dateOfDeath", closed.map(CurrentRecords.CurrentRecord::dateOfDeath).orElse(null));
        model.addAttribute("history", history);
        model.addAttribute("page", at);
        model.addAttribute("lastPage", Math.max(0, (((Number) history.getOrDefault("totalItems", 0)).longValue() - 1) / HISTORY_SIZE));
        model.addAttribute("added", added != null);
        model.addAttribute("done", done == null ? null : DONE.get(done));
        // the entries the team may mark entered in error: the kinds the record lets be marked, recorded by the team
        model.addAttribute("markable", org.jointcare.api.pages.RecordHistorySection.MARKABLE);
        model.addAttribute("ownOrganisation", who.organisationCode());
        return "district-nursing/history";
    }

    /** What the history says was just done, after a form of another feature's pages sent the nurse back here. */
    private static final Map<String, String> DONE = Map.of(
            "death-recorded", "Death recorded: the record is closed, and the GP practice and the linkworkers have been told.",
            "carers-assessment-requested", "Carer’s assessment asked for: it waits on the linkworkers’ caseload.",
            "entry-marked", "Entry marked entered in error: it has left the history.");


    @GetMapping("/district-nursing/people/{careRecordId}/assessments/{assessmentId}/contribution")
    public String contributionForm(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                   @PathVariable UUID assessmentId, Model model) {
        CareRecordSummary person = show(who, careRecordId, assessmentId, model);
        CommandForms.blank(model, person.version(), Map.of("contributorName", who.displayName()));
        return "district-nursing/contribution";
    }

    @PostMapping("/district-nursing/people/{careRecordId}/assessments/{assessmentId}/contribution")
    public String contribute(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                             @PathVariable UUID assessmentId, @RequestParam Map<String, String> answers, Model model) {
        // medical history and prognosis are the GP's to record: the nurse's form sends neither
        FormFields fields = new FormFields(answers)
                .explain("summary", "Enter the district nursing assessment")
                .explain("contributorName", "Enter your name (up to 200 characters)");
        String path = "/district-nursing/people/" + careRecordId + "/assessments/" + assessmentId + "/contribution";
        CommandForms.Outcome outcome = forms.submit(who, path, fields,
                () -> new AddContributionRequest(null, fields.text("contributorName"), fields.text("summary"), null, null, null, null),
                field -> field,
                (body, ifMatch) -> assessments.addContribution(careRecordId, assessmentId, body, ifMatch, who),
                result -> "/district-nursing/people/" + careRecordId + "?added=1");
        if (outcome.done()) {
            return outcome.redirect();
        }
        CareRecordSummary person = show(who, careRecordId, assessmentId, model);
        CommandForms.again(model, fields, outcome, person.version());
        return "district-nursing/contribution";
    }

    private CareRecordSummary show(CareProfessional who, UUID careRecordId, UUID assessmentId, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        model.addAttribute("person", person);
        model.addAttribute("assessmentId", assessmentId);
        return person;
    }
}
