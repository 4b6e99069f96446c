package org.jointcare.api.hospital;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.command.NoDetails;
import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.CareRule;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A GP practice opens an admission or discharge notice and acknowledges it. The notice is read from
 * the person's current record through the endpoint that serves it (same reach, field filter and
 * access log), so the discharge summary shows under the PRSB headings what the API would give the
 * practice; the acknowledgement is the API's command, sent once.
 */
@PageController
public class NoticePages {

    private final CareRecordReadController records;
    private final HospitalController hospital;
    private final PageModels models;
    private final CommandForms forms;

    public NoticePages(CareRecordReadController records, HospitalController hospital, PageModels models, CommandForms forms) {
        this.records = records;
        this.hospital = hospital;
        this.models = models;
        this.forms = forms;
    }

    @GetMapping("/gp-practice/notices/{careRecordId}/{admissionId}/{kind:admission|discharge}")
    public String notice(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                         @PathVariable UUID admissionId, @PathVariable String kind,
                         @RequestParam(required = false) String acknowledged, Model model) {
        show(who, careRecordId, admissionId, kind, model);
        model.addAttribute("justAcknowledged", acknowledged != null);
        return "gp-practice/notice";
    }

    @PostMapping("/gp-practice/notices/{careRecordId}/{admissionId}/{kind:admission|discharge}")
    public String acknowledge(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                              @PathVariable UUID admissionId, @PathVariable String kind,
                              @RequestParam Map<String, String> answers, Model model) {
        String path = "/gp-practice/notices/" + careRecordId + "/" + admissionId + "/" + kind;
        boolean discharge = kind.equals("discharge");
        FormFields fields = new FormFields(answers);
        CommandForms.Outcome outcome = forms.submit(who, path, fields, NoDetails::new, property -> property,
                (body, ifMatch) -> discharge
                        ? hospital.acknowledgeDischargeNotice(careRecordId, admissionId, body, ifMatch, who)
                        : hospital.acknowledgeAdmissionNotice(careRecordId, admissionId, body, ifMatch, who),
                result -> path + "?acknowledged=1");
        if (outcome.done()) {
            return outcome.redirect();
        }
        if (CareRule.NOTICE_ALREADY_ACKNOWLEDGED.code().equals(outcome.code())) {
            // acknowledged already (by a colleague, or from an older copy of this page): nothing more to record
            return CommandForms.seeOther(path);
        }
        show(who, careRecordId, admissionId, kind, model);
        CommandForms.again(model, fields, outcome, ((Number) model.getAttribute("version")).longValue());
        return "gp-practice/notice";
    }

    private void show(CareProfessional who, UUID careRecordId, UUID admissionId, String kind, Model model) {
        Map<String, Object> record = models.of(Objects.requireNonNull(records.current(careRecordId, who).getBody()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stays = (List<Map<String, Object>>) record.getOrDefault("hospitalStays", List.of());
        Map<String, Object> stay = stays.stream().filter(s -> admissionId.toString().equals(String.valueOf(s.get("admissionId"))))
                .findFirst().orElseThrow(NoSuchCareRecord::new);
        boolean discharge = kind.equals("discharge");
        if (discharge && stay.get("discharge") == null) {
            throw new NoSuchCareRecord();
        }
        model.addAttribute("record", record);
        model.addAttribute("stay", stay);
        model.addAttribute("kind", kind);
        model.addAttribute("acknowledgedAt", stay.get(discharge ? "dischargeNoticeAcknowledgedAt" : "admissionNoticeAcknowledgedAt"));
        CommandForms.blank(model, ((Number) record.get("version")).longValue(), Map.of());
    }
}
