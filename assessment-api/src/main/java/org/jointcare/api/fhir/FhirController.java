package org.jointcare.api.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Resource;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.views.sharing.SharingQueries;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.interop.fhir.DirectoryNames;
import org.jointcare.interop.fhir.TransferOfCare;
import org.jointcare.views.CareRecordEvents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The care record as FHIR R4 for GP systems: read-only, with the API's sign-in, the same
 * sharing policy and the same access log. Every read of a person goes through
 * {@link PersonAccess}, exactly as the API's own reads do; a person out of reach is not found.
 */
@RestController
@RequestMapping(path = "/fhir/R4")
@Tag(name = "FHIR R4", description = "Discharge and admission notices, care plans and patients as FHIR R4 (UK Core), application/fhir+json")
public class FhirController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");
    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    /** When what this endpoint answers last changed: the CapabilityStatement's date. */
    static final Instant CAPABILITIES_PUBLISHED = Instant.parse("2026-12-04T00:00:00Z");

    private final PersonAccess access;
    private final SharingQueries people;
    private final CareRecordEvents events;
    private final TransferOfCare export;

    public FhirController(PersonAccess access, SharingQueries people, CareRecordEvents events, DirectoryNames names) {
        this.access = access;
        this.people = people;
        this.events = events;
        this.export = new TransferOfCare(names);
    }

    @GetMapping("/metadata")
    @Operation(summary = "The CapabilityStatement: what this FHIR endpoint answers")
    public ResponseEntity<String> metadata() {
        CapabilityStatement statement = FhirCapabilities.statement(Date.from(CAPABILITIES_PUBLISHED));
        statement.getImplementation().setUrl(base());
        return fhir(statement);
    }

    @GetMapping("/Patient/{careRecordId}")
    @Operation(summary = "Read a person as a UK Core Patient", description = "404 when there is no such record or you may not reach it.")
    public ResponseEntity<String> patient(@PathVariable UUID careRecordId, @AuthenticationPrincipal CareProfessional who) {
        access.reach(who, careRecordId, ApiEndpoint.FHIR_READ_PATIENT);
        return fhir(export.patient(careRecordId, eventsOf(careRecordId)).orElseThrow(() -> FhirProblem.notFound(
                "There is no care record here that you can see.")));
    }

    @GetMapping("/Patient")
    @Operation(summary = "Find a person by NHS number",
            description = "identifier=https://fhir.nhs.uk/Id/nhs-number|<NHS number>. A searchset Bundle of the people you may reach.")
    public ResponseEntity<String> findPatients(@RequestParam String identifier, @AuthenticationPrincipal CareProfessional who) {
        int bar = identifier.indexOf('|');
        if (bar < 0 || !identifier.substring(0, bar).equals(NHS_NUMBER_SYSTEM)) {
            throw FhirProblem.invalid("Search by identifier=" + NHS_NUMBER_SYSTEM + "|<NHS number>.");
        }
        String nhsNumber = identifier.substring(bar + 1).replaceAll("[\\s-]", "");
        if (!NhsNumber.isValid(nhsNumber)) {
            throw FhirProblem.invalid("That is not a valid NHS number: 10 digits with a correct modulus-11 check digit.");
        }
        List<SharingFacts> reachable = access.reachable(who, people.findByNhsNumber(nhsNumber),
                ApiEndpoint.FHIR_SEARCH_PATIENTS);
        Bundle found = searchset();
        for (SharingFacts person : reachable) {
            export.patient(person.careRecordId(), eventsOf(person.careRecordId())).ifPresent(patient -> match(found, patient));
        }
        return fhir(found.setTotal(found.getEntry().size()));
    }

    @GetMapping("/Patient/{careRecordId}/$discharge-summary")
    @Operation(summary = "The discharge notice of an admission as a FHIR document",
            description = "A document Bundle whose Composition carries the PRSB eDischarge headings; without admission, the latest "
                    + "discharge notice. 404 when no discharge notice was raised.")
    public ResponseEntity<String> dischargeSummary(@PathVariable UUID careRecordId, @RequestParam(required = false) UUID admission,
                                                   @AuthenticationPrincipal CareProfessional who) {
        access.reach(who, careRecordId, ApiEndpoint.FHIR_DISCHARGE_SUMMARY);
        List<CareRecordEvent> record = eventsOf(careRecordId);
        UUID admissionId = admission != null ? admission : record.stream()
                .filter(DischargeNoticeRaised.class::isInstance).map(e -> ((DischargeNoticeRaised) e).admissionId())
                .reduce((first, second) -> second).orElse(null);
        return fhir(Optional.ofNullable(admissionId).flatMap(id -> export.dischargeSummary(careRecordId, record, id))
                .orElseThrow(() -> FhirProblem.notFound("No discharge notice was raised for that admission.")));
    }

    @GetMapping("/Patient/{careRecordId}/$admission-notice")
    @Operation(summary = "The admission notice of an admission as a FHIR document", description = "404 when there is no such admission.")
    public ResponseEntity<String> admissionNotice(@PathVariable UUID careRecordId, @RequestParam UUID admission,
                                                  @AuthenticationPrincipal CareProfessional who) {
        access.reach(who, careRecordId, ApiEndpoint.FHIR_ADMISSION_NOTICE);
        return fhir(export.admissionNotice(careRecordId, eventsOf(careRecordId), admission)
                .orElseThrow(() -> FhirProblem.notFound("There is no such admission.")));
    }

    @GetMapping("/CarePlan")
    @Operation(summary = "A person's care plan", description = "subject=Patient/<id>: a searchset Bundle with the care package in force "
            + "(else the last one arranged) as a UK Core CarePlan, or none.")
    public ResponseEntity<String> carePlans(@RequestParam String subject, @AuthenticationPrincipal CareProfessional who) {
        UUID careRecordId = patientId(subject);
        access.reach(who, careRecordId, ApiEndpoint.FHIR_SEARCH_CARE_PLANS);
        Bundle found = searchset();
        export.carePlan(careRecordId, eventsOf(careRecordId)).ifPresent(plan -> match(found, plan));
        return fhir(found.setTotal(found.getEntry().size()));
    }

    private List<CareRecordEvent> eventsOf(UUID careRecordId) {
        // an entry recorded in error is in no export
        return CareRecordEvents.withoutEntriesInError(events.before(careRecordId, Long.MAX_VALUE));
    }

    private static UUID patientId(String subject) {
        String id = subject.startsWith("Patient/") ? subject.substring("Patient/".length()) : subject;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw FhirProblem.invalid("subject must be Patient/<id>.");
        }
    }

    /** A searchset says which search it answers: its self link is the request as it came. */
    private static Bundle searchset() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(ServletUriComponentsBuilder.fromCurrentRequest().toUriString());
        return bundle;
    }

    private static void match(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(base() + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                .setResource(resource)
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir/R4").toUriString();
    }

    private static ResponseEntity<String> fhir(Resource resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(TransferOfCare.json(resource));
    }

}
