package org.jointcare.api.closure;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.RecordHistorySection;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.CareRecordReadController.CareRecordSummary;
import org.jointcare.api.security.CareProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Marking an entry of a person's history entered in error, for each role the endpoint lets mark
 * ({@code MARK_ENTERED_IN_ERROR}: the GP practice, the linkworker, the district nurse, the hospital team),
 * from the history on that role's page of the person: the endpoint's request with the reason, sent to
 * {@link DeathAndErrorController#markEnteredInError}. Whether the entry may be marked (its kind, who
 * recorded it, nothing built on it) is the record's rule, shown as the form's problem when it refuses.
 */
@PageController
public class EnteredInErrorPages {

    /** The areas whose roles may mark an entry; {@code PageArea} keeps each to its own role. */
    private static final String PATH = "/{area:linkworker|district-nursing|gp-practice|hospital}/people/{careRecordId}"
            + "/entries/{sequenceNumber}/entered-in-error";

    private final DeathAndErrorController entries;
    private final CareRecordReadController records;
    private final RecordHistorySection history;
    private final CommandForms forms;

    public EnteredInErrorPages(DeathAndErrorController entries, CareRecordReadController records, RecordHistorySection history,
                               CommandForms forms) {
        this.entries = entries;
        this.records = records;
        this.history = history;
        this.forms = forms;
    }

    @GetMapping(PATH)
    public String form(@AuthenticationPrincipal CareProfessional who, @PathVariable String area, @PathVariable UUID careRecordId,
                       @PathVariable long sequenceNumber, Model model) {
        CareRecordSummary person = show(who, area, careRecordId, sequenceNumber, model);
        CommandForms.blank(model, person.version(), Map.of());
        return "history/entered-in-error";
    }

    @PostMapping(PATH)
    public String mark(@AuthenticationPrincipal CareProfessional who, @PathVariable String area, @PathVariable UUID careRecordId,
                       @PathVariable long sequenceNumber, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers)
                .explain("reason", "Enter why the entry was entered in error (up to 2,000 characters)");
        String path = "/" + area + "/people/" + careRecordId + "/entries/" + sequenceNumber + "/entered-in-error";
        // an admission in error ends the hospital team's reach to the person: it goes back to its list
        boolean endsReach = area.equals("hospital") && history.entry(who, careRecordId, sequenceNumber)
                .map(entry -> "PersonAdmittedToHospital".equals(entry.get("eventType"))).orElse(false);
        CommandForms.Outcome outcome = forms.submit(who, path, fields,
                () -> new MarkEnteredInErrorRequest(sequenceNumber, fields.text("reason")),
                property -> property.equals("sequenceNumber") ? "reason" : property,
                (body, ifMatch) -> entries.markEnteredInError(careRecordId, body, ifMatch, who),
                result -> endsReach ? "/hospital?done=entry-marked" : personPage(area, careRecordId) + "?done=entry-marked");
        if (outcome.done()) {
            return outcome.redirect();
        }
        CareRecordSummary person = show(who, area, careRecordId, sequenceNumber, model);
        CommandForms.again(model, fields, outcome, person.version());
        return "history/entered-in-error";
    }

    /** The role's page of the person, where its history (and the link here) is. */
    private static String personPage(String area, UUID careRecordId) {
        return "/" + area + "/people/" + careRecordId;
    }

    private CareRecordSummary show(CareProfessional who, String area, UUID careRecordId, long sequenceNumber, Model model) {
        CareRecordSummary person = Objects.requireNonNull(records.read(careRecordId, who).getBody());
        // the entry as the history endpoint answers the role, however old it is
        model.addAttribute("entry", history.entry(who, careRecordId, sequenceNumber).orElse(null));
        model.addAttribute("person", person);
        model.addAttribute("area", area);
        model.addAttribute("back", personPage(area, careRecordId));
        model.addAttribute("sequenceNumber", sequenceNumber);
        return person;
    }
}
