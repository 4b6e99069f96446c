package org.jointcare.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.junit.jupiter.api.Test;

/**
 * Doris's discharge exported and read back field by field against what her record holds: every
 * PRSB heading the record has data for is there, with that data, and the mandatory headings it
 * has nothing for say so.
 */
class DischargeSummaryGoldenTest {

    private final TransferOfCare export = new TransferOfCare(DischargeJourney.NAMES);
    private final Bundle document = export.dischargeSummary(DischargeJourney.CARE_RECORD,
            DischargeJourney.untilDischargeNotice(), DischargeJourney.ADMISSION).orElseThrow();
    private final Map<String, Resource> entries = document.getEntry().stream()
            .collect(Collectors.toMap(Bundle.BundleEntryComponent::getFullUrl, Bundle.BundleEntryComponent::getResource));
    private final Composition composition = (Composition) document.getEntryFirstRep().getResource();

    @Test
    void it_is_a_document_whose_first_entry_is_the_composition() {
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(document.getMeta().getProfile().get(0).getValue()).isEqualTo(Fhir.UK_CORE + "Bundle");
        assertThat(document.getTimestampElement().getValueAsString()).isEqualTo("2026-12-02T11:30:00Z");
        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
        assertThat(composition.getType().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
        assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("373942005");
        assertThat(composition.getDateElement().getValueAsString()).isEqualTo("2026-12-02T11:30:00Z");
        assertThat(entries.values()).allMatch(resource -> !resource.getMeta().getProfile().isEmpty()
                && resource.getMeta().getProfile().get(0).getValue().startsWith(Fhir.UK_CORE));
    }

    @Test
    void the_patient_is_doris_with_her_nhs_number_and_its_verification_status() {
        Patient patient = resolve(composition.getSubject(), Patient.class);
        Identifier nhsNumber = patient.getIdentifier().stream()
                .filter(i -> i.getSystem().equals("https://fhir.nhs.uk/Id/nhs-number")).findFirst().orElseThrow();
        assertThat(nhsNumber.getValue()).isEqualTo("9997938348");
        assertThat(nhsNumber.getExtensionByUrl(Fhir.NHS_NUMBER_VERIFICATION).getValue())
                .extracting(v -> ((org.hl7.fhir.r4.model.CodeableConcept) v).getCodingFirstRep().getCode()).isEqualTo("02");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Walker");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Doris");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1930-01-08");
        assertThat(patient.getGeneralPractitionerFirstRep().getIdentifier().getValue()).isEqualTo("J82036");
        assertThat(patient.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode()).isEqualTo("en");
        assertThat(patient.getContactFirstRep().getName().getText()).isEqualTo("Susan Walker");
        assertThat(patient.getContactFirstRep().getRelationshipFirstRep().getCodingFirstRep().getCode()).isEqualTo("Carer");
        assertThat(patient.getContactFirstRep().getRelationshipFirstRep().getText()).startsWith("Carer");
        assertThat(patient.getIdElement().getIdPart()).isEqualTo(DischargeJourney.CARE_RECORD.toString());
    }

    @Test
    void the_encounter_is_the_stay_from_admission_to_discharge_at_the_hospital() {
        Encounter encounter = resolve(composition.getEncounter(), Encounter.class);
        assertThat(encounter.getIdElement().getIdPart()).isEqualTo(DischargeJourney.ADMISSION.toString());
        assertThat(encounter.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(encounter.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-11-20T09:15:00Z");
        assertThat(encounter.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-12-02T11:00:00Z");
        assertThat(encounter.getPriority().getCodingFirstRep().getCode()).isEqualTo("EM");
        assertThat(encounter.getHospitalization().getDischargeDisposition().getText()).isEqualTo("Usual residence");
        Organization hospital = resolve(encounter.getServiceProvider(), Organization.class);
        assertThat(hospital.getIdentifierFirstRep().getSystem()).isEqualTo("https://fhir.nhs.uk/Id/ods-organization-code");
        assertThat(hospital.getIdentifierFirstRep().getValue()).isEqualTo("RD1");
        assertThat(hospital.getName()).isEqualTo("Royal United Hospital");
        assertThat(resolve(composition.getCustodian(), Organization.class)).isSameAs(hospital);
    }

    @Test
    void the_person_completing_it_is_the_discharge_coordinator_who_recorded_the_discharge() {
        PractitionerRole role = resolve(composition.getAuthorFirstRep(), PractitionerRole.class);
        Practitioner practitioner = resolve(role.getPractitioner(), Practitioner.class);
        assertThat(practitioner.getIdentifierFirstRep().getValue()).isEqualTo("sam.patel");
        assertThat(practitioner.getNameFirstRep().getText()).isEqualTo("Sam Patel");
        assertThat(resolve(role.getOrganization(), Organization.class).getIdentifierFirstRep().getValue()).isEqualTo("RD1");
        assertThat(role.getCodeFirstRep().getText()).isEqualTo("Hospital discharge team");
        assertThat(section(DischargeHeading.PERSON_COMPLETING_RECORD).getEntry()).extracting(Reference::getReference)
                .contains(composition.getAuthorFirstRep().getReference());
    }

    @Test
    void every_heading_the_record_has_data_for_is_there_in_the_prsb_order_with_its_snomed_code() {
        assertThat(composition.getSection()).extracting(Composition.SectionComponent::getTitle).containsExactly(
                "Patient demographics", "GP practice", "Social context", "Individual requirements", "Admission details",
                "Discharge details", "Clinical summary", "Diagnoses", "Medications and medical devices",
                "Allergies and adverse reactions", "Plan and requested actions", "Information and advice given",
                "Patient and carer concerns, expectations and wishes", "Person completing record", "Distribution list");
        for (Composition.SectionComponent section : composition.getSection()) {
            DischargeHeading heading = java.util.Arrays.stream(DischargeHeading.values())
                    .filter(h -> h.title().equals(section.getTitle())).findFirst().orElseThrow();
            assertThat(section.getCode().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                    .containsExactly(DischargeHeading.UK_CORE_RECORD_HEADINGS + "|" + heading.ukCoreCode(),
                            "http://snomed.info/sct|" + heading.snomedCode());
        }
    }

    @Test
    void mandatory_headings_with_nothing_recorded_say_why_and_carry_no_data() {
        for (DischargeHeading heading : List.of(DischargeHeading.DIAGNOSES, DischargeHeading.ALLERGIES_AND_ADVERSE_REACTIONS)) {
            Composition.SectionComponent section = section(heading);
            assertThat(section.getEmptyReason().getCodingFirstRep().getCode()).isEqualTo("unavailable");
            assertThat(section.getEntry()).isEmpty();
        }
        assertThat(composition.getSection()).filteredOn(Composition.SectionComponent::hasEmptyReason)
                .extracting(Composition.SectionComponent::getTitle)
                .containsExactly("Diagnoses", "Allergies and adverse reactions");
    }

    @Test
    void the_sections_say_what_the_record_holds() {
        var summary = DischargeJourney.SUMMARY;
        assertThat(text(DischargeHeading.CLINICAL_SUMMARY)).contains(summary.clinicalSummary());
        assertThat(text(DischargeHeading.INFORMATION_AND_ADVICE_GIVEN)).contains(summary.informationGiven());
        for (FollowUpAction action : summary.followUpActions()) {
            assertThat(text(DischargeHeading.PLAN_AND_REQUESTED_ACTIONS)).contains(action.action());
        }
        assertThat(text(DischargeHeading.PLAN_AND_REQUESTED_ACTIONS)).contains("Home care package restarted");
        assertThat(text(DischargeHeading.DISCHARGE_DETAILS)).contains("2026-12-02T11:00:00Z", "usual residence",
                "Planned discharge date 2026-11-29, 3 days later than planned", "awaiting care package",
                "pathway 1 home with support");
        assertThat(text(DischargeHeading.ADMISSION_DETAILS)).contains("Emergency NHS admission to Royal United Hospital (RD1), Pickwick Ward",
                "2026-11-20T09:15:00Z");
        assertThat(text(DischargeHeading.SOCIAL_CONTEXT)).contains("lives with family", "Susan Walker (daughter)");
        assertThat(text(DischargeHeading.INDIVIDUAL_REQUIREMENTS)).contains("Uses a hearing aid in her left ear");
        assertThat(text(DischargeHeading.PATIENT_AND_CARER_CONCERNS)).contains(
                DischargeJourney.CONCLUSION.personViewsAndWishes(), DischargeJourney.CONCLUSION.carerNeeds());
        assertThat(text(DischargeHeading.GP_PRACTICE)).contains("Southgate Surgery (J82036)");
        assertThat(resolve(section(DischargeHeading.DISTRIBUTION_LIST).getEntryFirstRep(), Organization.class)
                .getIdentifierFirstRep().getValue()).isEqualTo("J82036");
    }

    @Test
    void each_medication_change_is_a_medication_statement_of_the_stay() {
        List<MedicationStatement> statements = section(DischargeHeading.MEDICATIONS_AND_MEDICAL_DEVICES).getEntry().stream()
                .map(reference -> resolve(reference, MedicationStatement.class)).toList();
        List<MedicationChange> changes = DischargeJourney.SUMMARY.medicationChanges();
        assertThat(statements).hasSameSizeAs(changes);
        for (int i = 0; i < changes.size(); i++) {
            MedicationStatement statement = statements.get(i);
            assertThat(statement.getMedicationCodeableConcept().getText()).isEqualTo(changes.get(i).medication());
            assertThat(statement.getDosageFirstRep().getText()).isEqualTo(changes.get(i).detail());
            assertThat(statement.getContext().getReference()).isEqualTo(composition.getEncounter().getReference());
        }
        assertThat(statements).extracting(MedicationStatement::getStatus).containsExactly(
                MedicationStatement.MedicationStatementStatus.ACTIVE, MedicationStatement.MedicationStatementStatus.ACTIVE,
                MedicationStatement.MedicationStatementStatus.STOPPED);
        assertThat(statements).extracting(s -> s.getStatusReasonFirstRep().getText()).containsExactly(
                "Started during this hospital stay", "Changed during this hospital stay", "Stopped during this hospital stay");
    }

    @Test
    void the_same_notice_exported_twice_or_after_it_was_acknowledged_is_the_same_document() {
        String once = TransferOfCare.json(document);
        String again = TransferOfCare.json(new TransferOfCare(DischargeJourney.NAMES).dischargeSummary(DischargeJourney.CARE_RECORD,
                DischargeJourney.untilDischargeNotice(), DischargeJourney.ADMISSION).orElseThrow());
        String afterAcknowledgement = TransferOfCare.json(export.dischargeSummary(DischargeJourney.CARE_RECORD,
                DischargeJourney.withAcknowledgement(), DischargeJourney.ADMISSION).orElseThrow());
        assertThat(again).isEqualTo(once);
        assertThat(afterAcknowledgement).isEqualTo(once);
        assertThat(document.getIdElement().getIdPart()).isEqualTo(StableIds.of("discharge-summary", DischargeJourney.ADMISSION));
    }

    @Test
    void a_corrected_summary_is_a_new_version_of_the_same_document_and_the_first_version_is_unchanged() {
        Bundle amended = export.dischargeSummary(DischargeJourney.CARE_RECORD, DischargeJourney.withCorrection(),
                DischargeJourney.ADMISSION).orElseThrow();
        Composition amendedComposition = (Composition) amended.getEntryFirstRep().getResource();

        // a new document: its own Bundle id and identifier, dated by the correction
        assertThat(amended.getIdElement().getIdPart()).isEqualTo(StableIds.of("discharge-summary-amended",
                DischargeJourney.ADMISSION, DischargeJourney.CORRECTED_AT));
        assertThat(amended.getIdentifier().getValue()).isNotEqualTo(document.getIdentifier().getValue());
        assertThat(amended.getTimestampElement().getValueAsString()).isEqualTo("2026-12-03T10:00:00Z");
        // of the same clinical document, amended
        assertThat(amendedComposition.getIdElement().getIdPart()).isEqualTo(composition.getIdElement().getIdPart());
        assertThat(amendedComposition.getIdentifier().getValue()).isEqualTo(composition.getIdentifier().getValue());
        assertThat(amendedComposition.getStatus()).isEqualTo(Composition.CompositionStatus.AMENDED);
        // with the corrected content
        assertThat(TransferOfCare.json(amended)).contains("CORRECTED " + DischargeJourney.SUMMARY.medicationChanges().get(0).detail());

        // exported again it is the same amended document; the version before it still exports as it was sent
        assertThat(TransferOfCare.json(export.dischargeSummary(DischargeJourney.CARE_RECORD, DischargeJourney.withCorrection(),
                DischargeJourney.ADMISSION).orElseThrow())).isEqualTo(TransferOfCare.json(amended));
        assertThat(TransferOfCare.json(export.dischargeSummary(DischargeJourney.CARE_RECORD, DischargeJourney.withAcknowledgement(),
                DischargeJourney.ADMISSION).orElseThrow())).isEqualTo(TransferOfCare.json(document));
    }

    @Test
    void there_is_no_discharge_summary_before_the_notice_is_raised() {
        List<CareRecordEvent> beforeNotice = DischargeJourney.untilDischargeNotice().subList(0,
                DischargeJourney.untilDischargeNotice().size() - 1);
        assertThat(export.dischargeSummary(DischargeJourney.CARE_RECORD, beforeNotice, DischargeJourney.ADMISSION)).isEmpty();
        assertThat(export.admissionNotice(DischargeJourney.CARE_RECORD, beforeNotice, DischargeJourney.ADMISSION)).isPresent();
    }

    private Composition.SectionComponent section(DischargeHeading heading) {
        return composition.getSection().stream().filter(s -> s.getTitle().equals(heading.title())).findFirst().orElseThrow();
    }

    private String text(DischargeHeading heading) {
        return section(heading).getText().getDivAsString();
    }

    private <R extends Resource> R resolve(Reference reference, Class<R> type) {
        Resource resource = entries.get(reference.getReference());
        assertThat(resource).as("entry %s", reference.getReference()).isInstanceOf(type);
        return type.cast(resource);
    }

}
