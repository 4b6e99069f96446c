package org.jointcare.api.hospital;


import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.views.sharing.SharingQueries;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageFormats;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.pages.RecordHistorySection;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.records.PeopleController;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hospital discharge team's pages: the people with an open admission at the trust; finding a
 * person by NHS number (the API's lookup) to record an admission; the discharge plan and the
 * discharge with pathway, destination, medication changes, follow-up actions and the delay reason.
 * Each form builds the endpoint's own request, checks it with the endpoint's validation and sends
 * it through {@link CommandForms} to {@link HospitalController}'s own method.
 */
@PageController
public class HospitalPages {

    private static final int LIST_SIZE = 50;
    private static final String PERSON = "hospital/person";

    private final SharingQueries people;
    private final PersonAccess access;
    private final PeopleController finder;
    private final CareRecordReadController records;
    private final HospitalController hospital;
    private final PageModels models;
    private final CommandForms forms;
    private final RecordHistorySection history;

    public HospitalPages(SharingQueries people, PersonAccess access, PeopleController finder, CareRecordReadController records,
                         HospitalController hospital, PageModels models, CommandForms forms, RecordHistorySection history) {
        this.history = history;
        this.people = people;
        this.access = access;
        this.finder = finder;
        this.records = records;
        this.hospital = hospital;
        this.models = models;
        this.forms = forms;
    }

    @GetMapping("/hospital")
    public String home(@AuthenticationPrincipal CareProfessional who, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(required = false) String done, Model model) {
        int at = Math.max(0, Math.min(page, 10_000));
        access.record(who, null, ApiEndpoint.READ_CARE_RECORD, "open admissions at trust " + who.organisationCode(),
                AccessLog.Outcome.ALLOWED);
        // each person decided by the sharing policy and logged, as the API's lists are
        model.addAttribute("admitted", access.reachable(who, people.admittedTo(who.organisationCode(), at, LIST_SIZE),
                ApiEndpoint.READ_CARE_RECORD));
        model.addAttribute("page", at);
        model.addAttribute("size", LIST_SIZE);
        model.addAttribute("done", "entry-marked".equals(done)
                ? "Admission marked entered in error: it has left the history, and the person has left your list." : null);
        return "hospital/home";
    }

    /**
     * Find the person in front of you by NHS number, through the API's own lookup (identity only),
     * and record their admission: the team reaches the person's record once they are admitted here.
     */
    @GetMapping("/hospital/find")
    public String find(@AuthenticationPrincipal CareProfessional who, @RequestParam(required = false) String nhsNumber, Model model) {
        lookUp(who, nhsNumber, Map.of(), new LinkedHashMap<>(), model);
        return "hospital/find";
    }

    private void lookUp(CareProfessional who, String nhsNumber, Map<String, String> answers, Map<String, String> errors, Model model) {
        model.addAttribute("nhsNumber", nhsNumber == null ? "" : nhsNumber);
        if (nhsNumber != null) {
            String digits = nhsNumber.replaceAll("[\\s-]", "");
            if (!org.jointcare.carerecord.registration.NhsNumber.isValid(digits)) {
                errors.put("nhsNumber", "Enter a 10 digit NHS number, like 943 476 5919");
            } else {
                model.addAttribute("found", finder.find(who, digits, null, null, 0, 20).items());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("a", answers);
        model.addAttribute("admissionTypes", AdmissionType.values());
        model.addAttribute("idempotencyKey", CommandForms.newKey());
    }

    @PostMapping("/hospital/admission")
    public String admit(@AuthenticationPrincipal CareProfessional who, @RequestParam MultiValueMap<String, String> form,
                              Model model) {
        Map<String, String> answers = answers(form);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID careRecordId;
        try {
            careRecordId = UUID.fromString(answers.getOrDefault("careRecordId", ""));
        } catch (IllegalArgumentException notAnId) {
            throw new NoSuchCareRecord();
        }
        Instant admittedAt = dateTime(answers, "admittedDate", "admittedTime", errors, "Enter the date and time of admission");
        RecordHospitalAdmissionRequest request = new RecordHospitalAdmissionRequest(blankless(answers.get("hospitalName")),
                who.organisationCode(), blankless(answers.get("ward")), admittedAt,
                constant(AdmissionType.class, answers.get("type")), "yes".equals(answers.get("privatePatient")));
        FormFields fields = fields(answers, errors)
                .explain("hospitalName", "Enter the hospital's name").explain("ward", "Enter the ward")
                .explain("admittedDate", "Enter the date and time of admission, not in the future")
                .explain("type", "Choose planned or emergency");
        CommandForms.Outcome outcome = forms.submit(who, "/hospital/admission", fields, () -> request,
                field -> field.equals("admittedAt") ? "admittedDate" : field,
                (body, ifMatch) -> hospital.recordAdmission(careRecordId, body, null, who),
                result -> "/hospital/people/" + careRecordId + "?done=admitted");
        if (outcome.done()) {
            return outcome.redirect();
        }
        lookUp(who, answers.get("nhsNumber"), answers, new LinkedHashMap<>(), model);
        CommandForms.again(model, fields, outcome, 0);
        return "hospital/find";
    }

    @GetMapping("/hospital/people/{careRecordId}")
    public String person(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                         @RequestParam(required = false) String done, @RequestParam(required = false) Integer historyPage,
                         Model model) {
        show(who, careRecordId, Map.of(), model);
        history.show(who, careRecordId, historyPage, model);
        model.addAttribute("done", done);
        return PERSON;
    }

    @PostMapping("/hospital/people/{careRecordId}/admissions/{admissionId}/plan")
    public String plan(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                             @PathVariable UUID admissionId, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> answers = answers(form);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate expected = date(answers.get("expectedDate"), errors, "expectedDate", "Enter the expected discharge date, like 2026-12-24");
        List<String> first = answers.getOrDefault("toBeInPlaceFirst", "").lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        Boolean fit = answers.get("medicallyFit") == null ? null : "yes".equals(answers.get("medicallyFit"));
        PlanDischargeRequest request = new PlanDischargeRequest(expected, fit, constant(DischargePathway.class, answers.get("pathway")), first);
        FormFields fields = fields(answers, errors).explain("expectedDate", "Enter the expected discharge date")
                .explain("medicallyFit", "Say whether the person is medically fit for discharge")
                .explain("pathway", "Choose the discharge pathway").explain("toBeInPlaceFirst", "List up to 20 things, one a line");
        return send(who, careRecordId, admissionId, fields, "plan", model, "planned", request,
                field -> field.startsWith("toBeInPlaceFirst") ? "toBeInPlaceFirst" : field,
                (body, ifMatch) -> hospital.planDischarge(careRecordId, admissionId, body, ifMatch, who));
    }

    @PostMapping("/hospital/people/{careRecordId}/admissions/{admissionId}/discharge")
    public String discharge(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                                  @PathVariable UUID admissionId, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> answers = answers(form);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant dischargedAt = dateTime(answers, "dischargedDate", "dischargedTime", errors, "Enter the date and time of discharge");
        List<MedicationChangeRequest> medication = new ArrayList<>();
        List<FollowUpActionRequest> followUps = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            String name = answers.getOrDefault("medication" + row, "").trim();
            if (!name.isEmpty()) {
                MedicationChangeKind kind = constant(MedicationChangeKind.class, answers.get("medicationKind" + row));
                if (kind == null) {
                    errors.put("medicationKind" + row, "Choose what changed for " + name);
                }
                medication.add(new MedicationChangeRequest(name, kind, blankless(answers.get("medicationDetail" + row))));
            }
            String action = answers.getOrDefault("followUp" + row, "").trim();
            if (!action.isEmpty()) {
                FollowUpFor forWhom = constant(FollowUpFor.class, answers.get("followUpFor" + row));
                if (forWhom == null) {
                    errors.put("followUpFor" + row, "Choose who is to do: " + action);
                }
                followUps.add(new FollowUpActionRequest(forWhom, action));
            }
        }
        RecordDischargeRequest request = new RecordDischargeRequest(dischargedAt, constant(DischargeDestination.class,
                answers.get("destination")), blankless(answers.get("clinicalSummary")), medication, followUps,
                blankless(answers.get("informationGiven")), constant(DelayReason.class, answers.get("delayReason")));
        FormFields fields = fields(answers, errors)
                .explain("dischargedDate", "Enter the date and time of discharge, not in the future")
                .explain("destination", "Choose where the person went").explain("clinicalSummary", "Enter the clinical summary");
        return send(who, careRecordId, admissionId, fields, "discharge", model, "discharged", request, HospitalPages::dischargeField,
                (body, ifMatch) -> hospital.recordDischarge(careRecordId, admissionId, body, ifMatch, who));
    }

    /** The discharge form's field a request property is shown beside. */
    private static String dischargeField(String property) {
        if (property.equals("dischargedAt")) {
            return "dischargedDate";
        }
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(medicationChanges|followUpActions)\\[(\\d)\\]\\.?(\\w*)").matcher(property);
        if (row.lookingAt()) {
            boolean medication = row.group(1).equals("medicationChanges");
            String part = row.group(3);
            String field = medication ? (part.equals("kind") ? "medicationKind" : part.equals("detail") ? "medicationDetail" : "medication")
                    : (part.equals("forWhom") || part.equals("for") ? "followUpFor" : "followUp");
            return field + row.group(2);
        }
        if (property.startsWith("medicationChanges")) {
            return "medication0";
        }
        if (property.startsWith("followUpActions")) {
            return "followUp0";
        }
        return property;
    }

    /** One form's shared ending: record once and show the person, or refuse with the answers kept. */
    private <B> String send(CareProfessional who, UUID careRecordId, UUID admissionId, FormFields fields, String formName, Model model,
                            String done, B request, java.util.function.Function<String, String> fieldOf,
                            java.util.function.BiFunction<B, String, org.springframework.http.ResponseEntity<org.jointcare.api.command.CommandResult>> endpoint) {
        CommandForms.Outcome outcome = forms.submit(who, "/hospital/people/" + careRecordId + "/admissions/" + admissionId + "/" + formName,
                fields, () -> request, fieldOf, endpoint, result -> "/hospital/people/" + careRecordId + "?done=" + done);
        if (outcome.done()) {
            return outcome.redirect();
        }
        long versionNow = show(who, careRecordId, Map.of(formName, fields.answers()), model);
        history.show(who, careRecordId, null, model);
        CommandForms.again(model, fields, outcome, versionNow);
        model.addAttribute("openForm", formName);
        return PERSON;
    }

    /** The answers, with the errors found reading them (dates, rows) already beside their fields. */
    private static FormFields fields(Map<String, String> answers, Map<String, String> errors) {
        FormFields fields = new FormFields(answers);
        errors.forEach(fields::error);
        return fields;
    }

    private long show(CareProfessional who, UUID careRecordId, Map<String, Map<String, String>> answers, Model model) {
        Map<String, Object> record = models.of(Objects.requireNonNull(records.current(careRecordId, who).getBody()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stays = (List<Map<String, Object>>) record.getOrDefault("hospitalStays", List.of());
        Map<String, Object> open = stays.stream().filter(s -> s.get("discharge") == null).reduce((a, b) -> b).orElse(null);
        model.addAttribute("record", record);
        model.addAttribute("stay", open);
        model.addAttribute("answers", answers);
        long version = ((Number) record.get("version")).longValue();
        CommandForms.blank(model, version, Map.of());
        model.addAttribute("admissionTypes", AdmissionType.values());
        model.addAttribute("pathways", DischargePathway.values());
        model.addAttribute("destinations", DischargeDestination.values());
        model.addAttribute("delayReasons", DelayReason.values());
        model.addAttribute("medicationKinds", MedicationChangeKind.values());
        model.addAttribute("followUpFor", FollowUpFor.values());
        model.addAttribute("rows", List.of(0, 1, 2));
        return version;
    }

    private static Map<String, String> answers(MultiValueMap<String, String> form) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (!name.equals("_csrf") && !values.isEmpty()) {
                answers.put(name, values.get(0) == null ? "" : values.get(0));
            }
        });
        return answers;
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static LocalDate date(String text, Map<String, String> errors, String field, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            errors.put(field, message);
            return null;
        }
    }

    /** A date and a time as typed in the UK, as the instant the API expects. */
    private static Instant dateTime(Map<String, String> answers, String dateField, String timeField, Map<String, String> errors,
                                    String message) {
        String date = answers.getOrDefault(dateField, "").trim();
        String time = answers.getOrDefault(timeField, "").trim();
        if (date.isEmpty() && time.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.of(LocalDate.parse(date), java.time.LocalTime.parse(time.length() == 4 ? "0" + time : time))
                    .atZone(PageFormats.UK).toInstant();
        } catch (DateTimeParseException notATime) {
            errors.put(dateField, message + ", like 2026-12-05 and 14:30");
            return null;
        }
    }

    static Supplier<NoSuchCareRecord> notFound() {
        return NoSuchCareRecord::new;
    }
}
