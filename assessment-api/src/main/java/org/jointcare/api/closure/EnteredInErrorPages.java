package org.jointcare.api.closure;

import java.util.List;
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
import org.jointcare.api.views.ProfessionReads;
import org.jointcare.views.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Marking an entry of the shared case history entered in error, from the district nurse's case
 * history: the endpoint's request with the reason, sent to {@link DeathAndErrorController#markEnteredInError}.
 * Whether the entry may be marked (its kind, who recorded it, nothing built on it) is the record's
 * rule, shown as the form's problem when it refuses.
 */
@PageController
public class EnteredInErrorPages {

    private static final String PATH = "/district-nursing/people/{careRecordId}/entries/{sequenceNumber}/entered-in-error";
    /** How far back the form looks for the entry to show what it was (the newest entries are the ones corrected). */
    private static final int LOOK_BACK = Paging.MAX_SIZE;

    private final DeathAndErrorController entries;
    private final CareRecordReadController records;
    private final ProfessionReads views;
    private final PageModels models;
    private final CommandForms forms;

    public EnteredInErrorPages(DeathAndErrorController entries, CareRecordReadController records, ProfessionReads views,
                               PageModels models, CommandForms forms) {
        this.entries = entries;
        this.records = records;
        this.views = views;
        this.models = models;
        this.forms = forms;
    }

    @GetMapping(PATH)
    public String form(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                       @PathVariable long sequenceNumber, Model model) {
        CareRecordSummary person = show(who, careRecordId, sequenceNumber, model);
        CommandForms.blank(model, person.version(), Map.of());
        return "district-nursing/entered-in-error";
    }

    @PostMapping(PATH)
    public String mark(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                       @PathVariable long sequenceNumber, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers)
                .explain("reason", "Enter why the entry was entered in error (up to 2,000 characters)");
        String path = "/district-nursing/people/" + careRecordId + "/entries/" + sequenceNumber + "/entered-in-error";
        CommandForms.Outcome outcome = forms.submit(who, path, fields,
                () -> new MarkEnteredInErrorRequest(sequenceNumber, fields.text("reason")),
                property -> property.equals("sequenceNumber") ? "reason" : property,
                (body, ifMatch) -> entries.markEnteredInError(careRecordId, body, ifMatch, who),
                result -> "/district-nursing/people/" + careRecordId + "?done=entry-marked");
        if (outcome.done()) {
            return outcome.redirect();
        }
        CareRecordSummary person = show(who, careRecordId, sequenceNumber, model);
        CommandForms.again(model, fields, outcome, person.version());
        return "district-nursing/entered-in-error";
    }

    private CareRecordSummary show(CareProfessional who, UUID careRecordId, long sequenceNumber, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        Map<String, Object> history = models.of(views.sharedCaseHistory(who, careRecordId, new Paging(0, LOOK_BACK)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) history.getOrDefault("items", List.of());
        model.addAttribute("entry", items.stream()
                .filter(item -> item.get("sequenceNumber") instanceof Number n && n.longValue() == sequenceNumber)
                .findFirst().orElse(null));
        model.addAttribute("person", person);
        model.addAttribute("sequenceNumber", sequenceNumber);
        return person;
    }
}
