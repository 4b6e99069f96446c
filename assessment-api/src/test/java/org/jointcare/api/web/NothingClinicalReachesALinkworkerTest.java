package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import org.assertj.core.api.SoftAssertions;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.views.ViewsController;
import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sweep: a journey whose every clinical field (each one the domain marks {@link Clinical})
 * carries a distinctive marker, then every view a linkworker may read, each field and each
 * wording of it: no marker is anywhere in what the linkworker gets, while a GP reading the same
 * views finds every one (so the views had caught up and the sweep is not vacuous).
 */
class NothingClinicalReachesALinkworkerTest extends ApiTest {

    private static final String MARKER = "ZQX-CLINICAL-";
    private static final String MEDICAL_HISTORY = MARKER + "MEDICAL-HISTORY";
    private static final String PROGNOSIS = MARKER + "PROGNOSIS";
    private static final String CLINICAL_SUMMARY = MARKER + "CLINICAL-SUMMARY";
    private static final String MEDICATION = MARKER + "MEDICATION";
    private static final String MEDICATION_DETAIL = MARKER + "DOSE";
    private static final String CORRECTION_REASON = MARKER + "CORRECTION-REASON";
    private static final String VISIT_NOTES = MARKER + "VISIT-NOTES";

    /** Every place the domain marks clinical, and so every place this journey must plant a marker. */
    private static final Set<String> PLANTED = Set.of("Contribution.medicalHistory", "Contribution.prognosis",
            "DischargeSummary.clinicalSummary", "DischargeSummary.medicationChanges", "MedicationChange",
            "CorrectDischargeSummary.reason", "DischargeSummaryCorrected.reason",
            "RecordNursingVisit.notes", "NursingVisitRecorded.notes");

    /** The journey's hospital stay, whose notices the FHIR reads export. */
    private UUID admission;

    @Test
    void theJourneyPlantsAMarkerInEveryFieldTheDomainMarksClinical() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<String> marked = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.jointcare.carerecord")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Clinical.class)) {
                marked.add(type.getSimpleName());
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.isAnnotationPresent(Clinical.class)) {
                        marked.add(type.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(marked).as("a field newly marked clinical needs a marker in this journey").isEqualTo(new TreeSet<>(PLANTED));
    }

    @Test
    void noViewALinkworkerReadsHoldsAnyClinicalContentInAnyFieldOrWording() throws Exception {
        String nhs = nhsNumber();
        String familyName = "Sweep" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = journeyWithEveryClinicalField(nhs, familyName);
        String record = records(person);
        long events = eventsOn(person);

        // every view a linkworker may read, with the person in it
        Map<ApiEndpoint, List<String>> reads = new LinkedHashMap<>();
        reads.put(ApiEndpoint.READ_CARE_RECORD, List.of(record));
        reads.put(ApiEndpoint.READ_CURRENT_RECORD, List.of(record + "/current"));
        reads.put(ApiEndpoint.READ_RECORD_HISTORY, List.of(record + "/history?size=100"));
        reads.put(ApiEndpoint.READ_RECORD_AS_AT, List.of(record + "/as-at?at=" + clock.instant().plusSeconds(1)));
        reads.put(ApiEndpoint.READ_OWN_RECORD, List.of(record + "/own-record?size=100"));
        reads.put(ApiEndpoint.FIND_CARE_RECORDS, List.of("/api/v1/care-records?nhsNumber=" + nhs,
                "/api/v1/care-records?familyName=" + familyName));
        reads.put(ApiEndpoint.LIST_PRACTICE_PEOPLE, List.of("/api/v1/practices/" + RIVERSIDE + "/people?size=100"));
        reads.put(ApiEndpoint.READ_CASELOAD_SUMMARY, List.of("/api/v1/caseload", "/api/v1/caseload?practice=" + RIVERSIDE));
        List<String> lists = new ArrayList<>();
        for (org.jointcare.api.views.CaseloadReads.CaseloadList list : org.jointcare.api.views.CaseloadReads.CaseloadList.values()) {
            lists.add("/api/v1/caseload/" + list + "?size=100&practice=" + RIVERSIDE);
        }
        reads.put(ApiEndpoint.READ_CASELOAD_LIST, lists);
        String patient = "/fhir/R4/Patient/" + person;
        reads.put(ApiEndpoint.FHIR_METADATA, List.of("/fhir/R4/metadata"));
        reads.put(ApiEndpoint.FHIR_SEARCH_PATIENTS, List.of("/fhir/R4/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|" + nhs));
        reads.put(ApiEndpoint.FHIR_READ_PATIENT, List.of(patient));
        reads.put(ApiEndpoint.FHIR_ADMISSION_NOTICE, List.of(patient + "/$admission-notice?admission=" + admission));
        reads.put(ApiEndpoint.FHIR_SEARCH_CARE_PLANS, List.of("/fhir/R4/CarePlan?subject=Patient/" + person));
        Set<ApiEndpoint> linkworkerReads = EnumSet.noneOf(ApiEndpoint.class);
        for (ApiEndpoint endpoint : ApiEndpoint.values()) {
            if (endpoint.method() == HttpMethod.GET && endpoint.allows(Role.LINKWORKER)) {
                linkworkerReads.add(endpoint);
            }
        }
        assertThat(reads.keySet()).as("every view a linkworker may read is swept").isEqualTo(linkworkerReads);

        // the views have caught up: a GP reads every marker, the linkworker's lists show the person
        eventually(GP_RIVERSIDE, record + "/history?size=100", page -> page.get("entries").size() == events);
        String gpSees = eventually(GP_RIVERSIDE, record + "/own-record?size=100", page -> page.toString().contains(MEDICATION)).toString()
                + body(status(read(GP_RIVERSIDE, record + "/history?size=100"), 200))
                + body(status(read(GP_RIVERSIDE, record + "/current"), 200))
                + body(status(read(GP_RIVERSIDE, reads.get(ApiEndpoint.READ_RECORD_AS_AT).get(0)), 200));
        assertThat(gpSees).contains(MEDICAL_HISTORY, PROGNOSIS, CLINICAL_SUMMARY, MEDICATION, MEDICATION_DETAIL,
                CORRECTION_REASON, VISIT_NOTES);
        eventually(LINKWORKER_NORTH, "/api/v1/caseload/RECENT_DISCHARGES?size=100&practice=" + RIVERSIDE,
                page -> page.toString().contains(person.toString()));
        eventually(LINKWORKER_NORTH, "/api/v1/caseload/PACKAGES?size=100&practice=" + RIVERSIDE,
                page -> page.toString().contains(person.toString()));

        SoftAssertions softly = new SoftAssertions();
        for (List<String> paths : reads.values()) {
            for (String path : paths) {
                MvcResult result = read(LINKWORKER_NORTH, path);
                String answer = result.getResponse().getContentAsString();
                softly.assertThat(result.getResponse().getStatus()).as(path + " answered " + answer).isEqualTo(200);
                softly.assertThat(answer).as(path).doesNotContain(MARKER);
                if (!path.contains("/caseload") && !path.endsWith("/metadata") || path.contains("PACKAGES") || path.contains("RECENT_DISCHARGES")) {
                    softly.assertThat(answer).as(path + " shows the person").contains(person.toString());
                }
            }
        }
        softly.assertAll();
    }

    private UUID journeyWithEveryClinicalField(String nhs, String familyName) throws Exception {
        Map<String, Object> registration = new LinkedHashMap<>(registration(RIVERSIDE, familyName));
        registration.put("nhsNumber", nhs);
        UUID person = UUID.fromString(body(status(send(GP_RIVERSIDE, "/api/v1/care-records", registration), 201))
                .get("careRecordId").asText());
        String record = records(person);
        status(send(GP_RIVERSIDE, record + "/consent", Bodies.consent("AGREED")), 200);
        UUID referral = id(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()));
        status(send(LINKWORKER_NORTH, record + "/referrals/" + referral + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH)), 200);
        UUID assessment = id(send(LINKWORKER_NORTH, record + "/assessments", Bodies.assessmentStart(referral, LINKWORKER_NORTH)));
        Map<String, Object> gp = Bodies.contribution("GP");
        gp.put("medicalHistory", MEDICAL_HISTORY);
        gp.put("prognosis", PROGNOSIS);
        String contributions = record + "/assessments/" + assessment + "/contributions";
        status(send(GP_RIVERSIDE, contributions, gp), 200);
        status(send(LINKWORKER_NORTH, contributions, Bodies.contribution("SOCIAL_CARE")), 200);
        status(send(NURSE_NORTH, contributions, Bodies.contribution("DISTRICT_NURSING")), 200);
        status(send(LINKWORKER_NORTH, record + "/assessments/" + assessment + "/completion", Bodies.completion()), 200);
        id(send(LINKWORKER_NORTH, record + "/packages", Bodies.packageArrangement(assessment,
                org.jointcare.carerecord.CareCalendar.dateOf(clock.instant()))));
        admission = id(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())));
        status(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge-plan",
                Bodies.dischargePlan(org.jointcare.carerecord.CareCalendar.dateOf(clock.instant()).plusDays(2))), 200);
        clock.advance(Duration.ofHours(6));
        Map<String, Object> discharge = Bodies.discharge(clock.instant());
        discharge.put("clinicalSummary", CLINICAL_SUMMARY);
        discharge.put("medicationChanges", List.of(Bodies.map("medication", MEDICATION, "kind", "STARTED", "detail", MEDICATION_DETAIL),
                Bodies.map("medication", MEDICATION + "-STOPPED", "kind", "STOPPED", "detail", null)));
        status(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge", discharge), 200);
        status(send(GP_RIVERSIDE, record + "/admissions/" + admission + "/discharge-notice/acknowledgement", Map.of()), 200);
        clock.advance(Duration.ofHours(1));
        Map<String, Object> correction = new LinkedHashMap<>(discharge);
        correction.put("reason", CORRECTION_REASON);
        status(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge-summary/corrections", correction), 200);
        clock.advance(Duration.ofHours(1));
        status(send(NURSE_NORTH, record + "/nursing-visits", Bodies.map("admissionId", admission.toString(),
                "visitedAt", clock.instant().toString(), "notes", VISIT_NOTES)), 201);
        return person;
    }

    private JsonNode eventually(String user, String path, Predicate<JsonNode> ready) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            JsonNode page = body(status(read(user, path), 200));
            if (ready.test(page)) {
                return page;
            }
            assertThat(Instant.now()).as(path + " never got ready: " + page).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private MvcResult status(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI() + " answered "
                + result.getResponse().getContentAsString()).isEqualTo(status);
        return result;
    }

    private UUID id(MvcResult result) throws Exception {
        return UUID.fromString(body(status(result, 201)).get("id").asText());
    }
}
