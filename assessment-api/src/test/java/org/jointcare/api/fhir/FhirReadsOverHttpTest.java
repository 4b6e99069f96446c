package org.jointcare.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.jointcare.api.web.ApiTest;
import org.jointcare.interop.fhir.TransferOfCare;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The FHIR endpoint over HTTP: what a GP system fetches, and the same sharing rules, the same
 * not-found for no relationship and the same access log as the API's own reads.
 */
class FhirReadsOverHttpTest extends ApiTest {

    private static final String FHIR = "/fhir/R4";
    private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";

    @Test
    void the_registered_practice_fetches_a_discharge_summary_as_a_fhir_document() throws Exception {
        Discharged person = dischargedFromRd1();
        MvcResult result = fhir(GP_RIVERSIDE, dischargeSummary(person), 200);
        Bundle document = parse(result, Bundle.class);
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        assertThat(composition.getTitle()).isEqualTo("Discharge summary");
        assertThat(composition.getSection()).extracting(Composition.SectionComponent::getTitle)
                .contains("Clinical summary", "Medications and medical devices", "Plan and requested actions", "GP practice");
        Patient patient = resource(document, Patient.class);
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(NHS);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(person.nhsNumber());
        assertThat(resource(document, MedicationStatement.class).getMedicationCodeableConcept().getText()).isEqualTo("Codeine");
        assertThat(read(GP_RIVERSIDE, FHIR + dischargeSummary(person)).getResponse().getContentAsString())
                .as("the same notice read again is the same document")
                .isEqualTo(result.getResponse().getContentAsString());
        assertThat(fhir(GP_RIVERSIDE, "/Patient/" + person.id() + "/$discharge-summary", 200).getResponse().getContentAsString())
                .as("without an admission: the latest discharge notice")
                .isEqualTo(result.getResponse().getContentAsString());
        assertThat(lastLogRow(GP_RIVERSIDE, person.id())).containsEntry("ACTION", "FHIR_DISCHARGE_SUMMARY")
                .containsEntry("OUTCOME", "ALLOWED");
    }

    @Test
    void another_practices_patient_is_not_found() throws Exception {
        Discharged person = dischargedFromRd1();
        OperationOutcome outcome = parse(fhir(GP_MARKET_STREET, dischargeSummary(person), 404), OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
        fhir(GP_MARKET_STREET, "/Patient/" + person.id(), 404);
        Bundle search = parse(fhir(GP_MARKET_STREET, "/Patient?identifier=" + NHS + "|" + person.nhsNumber(), 200), Bundle.class);
        assertThat(search.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(search.getTotal()).isZero();
        assertThat(search.getEntry()).isEmpty();
        fhir(GP_MARKET_STREET, "/CarePlan?subject=Patient/" + person.id(), 404);
        assertThat(accessLogFor(person.id())).filteredOn(row -> GP_MARKET_STREET.equals(row.get("USER_ID")))
                .extracting(row -> row.get("OUTCOME")).containsOnly("REFUSED").hasSize(4);
        // the practice the person is registered at finds them
        Bundle found = parse(fhir(GP_RIVERSIDE, "/Patient?identifier=" + NHS + "|" + person.nhsNumber(), 200), Bundle.class);
        assertThat(found.getTotal()).isEqualTo(1);
        assertThat(found.getEntryFirstRep().getResource().getIdElement().getIdPart()).isEqualTo(person.id().toString());
    }

    @Test
    void consent_refused_hides_the_record_from_everyone_outside_the_organisation_that_recorded_it() throws Exception {
        Discharged person = dischargedFromRd1();
        fhir(LINKWORKER_NORTH, "/Patient/" + person.id(), 200);
        fhir(NURSE_NORTH, dischargeSummary(person), 200);
        expectStatus(send(GP_RIVERSIDE, "/api/v1/care-records/" + person.id() + "/consent", Map.of("decision", "REFUSED")), 200);
        fhir(LINKWORKER_NORTH, "/Patient/" + person.id(), 404);
        fhir(NURSE_NORTH, dischargeSummary(person), 404);
        assertThat(parse(fhir(LINKWORKER_NORTH, "/Patient?identifier=" + NHS + "|" + person.nhsNumber(), 200), Bundle.class)
                .getTotal()).isZero();
        assertThat((String) lastLogRow(NURSE_NORTH, person.id()).get("BASIS")).contains("consent to share refused");
        fhir(GP_RIVERSIDE, dischargeSummary(person), 200);
    }

    @Test
    void every_fhir_read_of_a_person_is_in_the_access_log() throws Exception {
        Discharged person = dischargedFromRd1();
        int before = accessLogFor(person.id()).size();
        fhir(GP_RIVERSIDE, "/Patient/" + person.id(), 200);
        fhir(GP_RIVERSIDE, "/Patient?identifier=" + NHS + "|" + person.nhsNumber(), 200);
        fhir(GP_RIVERSIDE, dischargeSummary(person), 200);
        fhir(GP_RIVERSIDE, "/Patient/" + person.id() + "/$admission-notice?admission=" + person.admission(), 200);
        fhir(GP_RIVERSIDE, "/CarePlan?subject=Patient/" + person.id(), 200);
        fhir(GP_MARKET_STREET, "/Patient/" + person.id(), 404);
        List<Map<String, Object>> rows = accessLogFor(person.id());
        assertThat(rows.subList(before, rows.size())).extracting(row -> row.get("USER_ID") + " " + row.get("ACTION") + " " + row.get("OUTCOME"))
                .containsExactly(
                        GP_RIVERSIDE + " FHIR_READ_PATIENT ALLOWED",
                        GP_RIVERSIDE + " FHIR_SEARCH_PATIENTS ALLOWED",
                        GP_RIVERSIDE + " FHIR_DISCHARGE_SUMMARY ALLOWED",
                        GP_RIVERSIDE + " FHIR_ADMISSION_NOTICE ALLOWED",
                        GP_RIVERSIDE + " FHIR_SEARCH_CARE_PLANS ALLOWED",
                        GP_MARKET_STREET + " FHIR_READ_PATIENT REFUSED");
    }

    @Test
    void the_capability_statement_says_what_the_endpoint_answers() throws Exception {
        CapabilityStatement statement = parse(fhir(GP_RIVERSIDE, "/metadata", 200), CapabilityStatement.class);
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getRestFirstRep().getResource()).extracting(r -> r.getType()).containsExactly("Patient", "CarePlan");
        assertThat(statement.getRestFirstRep().getResourceFirstRep().getOperation()).extracting(o -> o.getName())
                .containsExactly("discharge-summary", "admission-notice");
    }

    @Test
    void a_request_it_cannot_answer_is_an_operation_outcome_never_a_stack_trace() throws Exception {
        Discharged person = dischargedFromRd1();
        OperationOutcome wrongSystem = parse(fhir(GP_RIVERSIDE, "/Patient?identifier=urn:other|123", 400), OperationOutcome.class);
        assertThat(wrongSystem.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
        parse(fhir(GP_RIVERSIDE, "/Patient?identifier=" + NHS + "|1234567890", 400), OperationOutcome.class);
        parse(fhir(GP_RIVERSIDE, "/Patient/" + person.id() + "/$admission-notice", 400), OperationOutcome.class);
        parse(fhir(GP_RIVERSIDE, "/Patient/" + person.id() + "/$discharge-summary?admission=" + UUID.randomUUID(), 404),
                OperationOutcome.class);
        MvcResult broken = fhir(GP_RIVERSIDE, "/CarePlan?subject=Patient/not-an-id", 400);
        assertThat(broken.getResponse().getContentAsString()).doesNotContain("Exception", "at org.");
    }

    @Test
    void a_linkworker_reads_the_plan_but_not_the_clinical_discharge_summary() throws Exception {
        Discharged person = dischargedFromRd1();
        assertThat(read(LINKWORKER_NORTH, FHIR + dischargeSummary(person)).getResponse().getStatus()).isEqualTo(403);
        fhir(LINKWORKER_NORTH, "/CarePlan?subject=Patient/" + person.id(), 200);
    }

    private record Discharged(UUID id, String nhsNumber, UUID admission) {
    }

    /** A person registered at Riverside with an NHS number, admitted to RD1 and discharged: a discharge notice to Riverside. */
    private Discharged dischargedFromRd1() throws Exception {
        String nhs = nhsNumber();
        Map<String, Object> registration = new LinkedHashMap<>(registration(RIVERSIDE, "Okafor"));
        registration.put("nhsNumber", nhs);
        UUID person = UUID.fromString(body(expectStatus(send(GP_RIVERSIDE, "/api/v1/care-records", registration), 201))
                .get("careRecordId").asText());
        MvcResult admitted = expectStatus(send(HOSPITAL_RD1, records(person) + "/admissions", Map.of(
                "hospitalName", "Great Western Hospital", "hospitalCode", "RD1", "ward", "Ward 4",
                "admittedAt", clock.instant().toString(), "type", "EMERGENCY", "privatePatient", false)), 201);
        UUID admission = UUID.fromString(body(admitted).get("id").asText());
        clock.advance(Duration.ofDays(2));
        Map<String, Object> discharge = new LinkedHashMap<>();
        discharge.put("dischargedAt", clock.instant().toString());
        discharge.put("destination", "USUAL_RESIDENCE");
        discharge.put("clinicalSummary", "Fractured wrist, plastered; mobilising with frame.");
        discharge.put("medicationChanges", List.of(Map.of("medication", "Codeine", "kind", "STARTED", "detail", "30mg qds for 5 days")));
        discharge.put("followUpActions", List.of(Map.of("forWhom", "GP", "action", "Review pain relief in a week")));
        discharge.put("informationGiven", "Leaflet on falls prevention");
        expectStatus(send(HOSPITAL_RD1, records(person) + "/admissions/" + admission + "/discharge", discharge), 200);
        return new Discharged(person, nhs, admission);
    }

    private static String dischargeSummary(Discharged person) {
        return "/Patient/" + person.id() + "/$discharge-summary?admission=" + person.admission();
    }

    private MvcResult fhir(String user, String path, int status) throws Exception {
        MvcResult result = expectStatus(perform(get(FHIR + path).with(httpBasic(user, PASSWORD))
                .accept(MediaType.parseMediaType("application/fhir+json"))), status);
        assertThat(result.getResponse().getContentType()).startsWith("application/fhir+json");
        return result;
    }

    private MvcResult expectStatus(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    private static <R extends IBaseResource> R parse(MvcResult result, Class<R> type) throws Exception {
        return TransferOfCare.fhirContext().newJsonParser().parseResource(type, result.getResponse().getContentAsString());
    }

    private static <R> R resource(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }

    private Map<String, Object> lastLogRow(String user, UUID person) {
        return jdbc.queryForMap("SELECT * FROM access_log WHERE user_id = ? AND care_record_id = ? ORDER BY id DESC LIMIT 1",
                user, person.toString());
    }
}
