package org.jointcare.api.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What the FHIR endpoint answers, as its CapabilityStatement says it. */
final class FhirCapabilities {

    static final String OPERATIONS = "https://jointcare.example/fhir/OperationDefinition/";

    private FhirCapabilities() {
    }

    static CapabilityStatement statement(Date published) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(published);
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.getSoftware().setName("JointCare");
        statement.getImplementation().setDescription("JointCare: the shared joint health and social care record, read-only FHIR R4");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "Basic", "Basic")))
                .setDescription("The same sign-in as the JointCare API (HTTP Basic, or a bearer token on the jwt profile). "
                        + "A person you have no relationship with, or whose consent hides them from you, is not found; "
                        + "every read is in the access log.");
        CapabilityStatement.CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient")
                .addSupportedProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
        patient.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        patient.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        patient.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("https://fhir.nhs.uk/Id/nhs-number|<NHS number>");
        patient.addOperation().setName("discharge-summary").setDefinition(OPERATIONS + "Patient-discharge-summary")
                .setDocumentation("GET Patient/<id>/$discharge-summary[?admission=<admission id>]: the discharge notice (the latest "
                        + "without admission) as a document Bundle (UK Core Composition with the PRSB eDischarge headings)");
        patient.addOperation().setName("admission-notice").setDefinition(OPERATIONS + "Patient-admission-notice")
                .setDocumentation("GET Patient/<id>/$admission-notice?admission=<admission id>: the admission notice as a document Bundle");
        CapabilityStatement.CapabilityStatementRestResourceComponent carePlan = rest.addResource().setType("CarePlan")
                .addSupportedProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan");
        carePlan.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        carePlan.addSearchParam().setName("subject").setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("Patient/<id>: the person's care package as a CarePlan");
        return statement;
    }
}
