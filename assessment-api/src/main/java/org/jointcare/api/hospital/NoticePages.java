package org.jointcare.api.hospital;

import static org.jointcare.api.security.ApiEndpoint.ACKNOWLEDGE_ADMISSION_NOTICE;
import static org.jointcare.api.security.ApiEndpoint.ACKNOWLEDGE_DISCHARGE_NOTICE;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageForms;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A GP practice opens an admission or discharge notice and acknowledges it. The notice is read from
 * the person's current record through the endpoint that serves it (same reach, field filter and
 * access log), so the discharge summary shows under the PRSB headings what the API would give the
 * practice; the acknowledgement is the API's command, sent once.
 */
@PageController
public class NoticePages {

    private final CareRecordReadController records;
    private final org.jointcare.api.command.CareRecordChanges changes;
    private final PageModels models;
    private final PageForms forms;

    public NoticePages(CareRecordReadController records, org.jointcare.api.command.CareRecordChanges changes, PageModels models, PageForms forms) {
        this.records = records;
        this.changes = changes;
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
    public ModelAndView acknowledge(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                    @PathVariable UUID admissionId, @PathVariable String kind,
                                    @RequestParam(required = false) String version,
                                    @RequestParam(required = false) String idempotencyKey, Model model) {
        String result = "/gp-practice/notices/" + careRecordId + "/" + admissionId + "/" + kind;
        if (!forms.firstTime(who, idempotencyKey)) {
            // pressed twice, or back and again: the first press did it, this one records nothing
            return PageForms.seeOther(result);
        }
        boolean discharge = kind.equals("discharge");
        try {
            changes.change(who, careRecordId, discharge ? ACKNOWLEDGE_DISCHARGE_NOTICE : ACKNOWLEDGE_ADMISSION_NOTICE,
                    version == null ? null : RecordVersions.etag(parse(version)), "admissions", admissionId,
                    at -> discharge ? new AcknowledgeDischargeNotice(careRecordId, admissionId, who.actor(), at)
                            : new AcknowledgeAdmissionNotice(careRecordId, admissionId, who.actor(), at));
        } catch (CareRuleViolation refused) {
            forms.release(who, idempotencyKey);
            if (refused.rule() == CareRule.NOTICE_ALREADY_ACKNOWLEDGED) {
                // acknowledged already (by a colleague, or from an older copy of this page): nothing more to record
                return PageForms.seeOther(result);
            }
            return refusedPage(who, careRecordId, admissionId, kind, refused, model);
        } catch (RuntimeException failure) {
            forms.release(who, idempotencyKey);
            if (!PageForms.isRefusal(failure)) {
                throw failure;
            }
            return refusedPage(who, careRecordId, admissionId, kind, failure, model);
        }
        forms.done(who, idempotencyKey, result);
        return PageForms.seeOther(result + "?acknowledged=1");
    }

    private ModelAndView refusedPage(CareProfessional who, UUID careRecordId, UUID admissionId, String kind,
                                     RuntimeException refused, Model model) {
        show(who, careRecordId, admissionId, kind, model);
        model.addAttribute("errors", PageForms.refusal(refused, Map.of()));
        ModelAndView page = new ModelAndView("gp-practice/notice", model.asMap());
        page.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
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
        model.addAttribute("version", record.get("version"));
        model.addAttribute("idempotencyKey", PageForms.newKey());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    private static long parse(String version) {
        try {
            return Long.parseLong(version.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
