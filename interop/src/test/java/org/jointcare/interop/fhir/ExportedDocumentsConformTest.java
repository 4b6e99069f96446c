package org.jointcare.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.registration.PersonDetails;
import org.junit.jupiter.api.Test;

/**
 * Every kind of document JointCare exports, validated by HAPI's instance validator against base
 * R4 and the UK Core profiles it claims (kept as test resources, always checked): no errors,
 * and no warnings but those {@link OfflineTerminology} explains (SNOMED CT cannot be checked
 * offline).
 */
class ExportedDocumentsConformTest {

    private final TransferOfCare export = new TransferOfCare(DischargeJourney.NAMES);

    @Test
    void the_discharge_summary_conforms() {
        assertConforms(export.dischargeSummary(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(),
                DischargeJourney.ADMISSION).orElseThrow());
    }

    @Test
    void a_discharge_summary_with_little_recorded_and_no_nhs_number_conforms() {
        PersonDetails noCarersNoLanguage = new PersonDetails("Yusuf", "Ahmed", null, DischargeJourney.SOUTHGATE, null,
                "Sylheti", true, null, null, List.of(), null);
        DischargeSummary bare = new DischargeSummary(DischargeJourney.SUMMARY.dischargedAt(), null, null, List.of(), List.of(),
                null, null);
        List<CareRecordEvent> events = DischargeJourney.untilDischargeNotice(null, noCarersNoLanguage, bare);
        assertConforms(export.dischargeSummary(DischargeJourney.CARE_RECORD, events, DischargeJourney.ADMISSION).orElseThrow());
    }

    @Test
    void the_admission_notice_conforms() {
        assertConforms(export.admissionNotice(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(),
                DischargeJourney.ADMISSION).orElseThrow());
    }

    @Test
    void the_care_plan_conforms() {
        assertConforms(export.carePlan(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice()).orElseThrow());
    }

    @Test
    void the_referral_conforms() {
        assertConforms(export.referral(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(),
                DischargeJourney.REFERRAL).orElseThrow());
    }

    @Test
    void the_patient_conforms() {
        assertConforms(export.patient(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice()).orElseThrow());
    }

    /**
     * Proves the checks above reach the UK Core profiles: a Patient that is valid base R4 but
     * breaks UK Core (an NHS number verification status outside its required code list) fails.
     */
    @Test
    void the_validator_holds_exports_to_uk_core() {
        Patient patient = export.patient(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice()).orElseThrow();
        patient.getIdentifierFirstRep().getExtensionFirstRep().setValue(new CodeableConcept(
                new Coding(Fhir.NHS_NUMBER_VERIFICATION_CODES, "99", "Not a verification status")));
        assertThat(UkCoreValidator.errors(UkCoreValidator.get().validate(patient)))
                .extracting(SingleValidationMessage::getMessage)
                .anyMatch(message -> message.contains("UKCore-NHSNumberVerificationStatus"));
    }

    /**
     * The section code warning that remains is the offline SNOMED CT coding's doing: the UK Core
     * record heading codes alone meet the UK Core section code binding.
     */
    @Test
    void the_uk_core_heading_codes_alone_meet_the_section_code_binding() {
        Bundle document = export.dischargeSummary(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(),
                DischargeJourney.ADMISSION).orElseThrow();
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        assertThat(sectionCodeWarnings(document)).hasSize(composition.getSection().size());

        composition.getSection().forEach(section -> section.getCode().getCoding()
                .removeIf(coding -> coding.getSystem().equals(DischargeHeading.SNOMED_CT)));
        assertThat(sectionCodeWarnings(document)).isEmpty();
    }

    private static List<SingleValidationMessage> sectionCodeWarnings(Bundle document) {
        return UkCoreValidator.get().validate(document).stream()
                .filter(m -> m.getLocationString().matches(".*\\.section\\[\\d+]\\.code$"))
                .toList();
    }

    static void assertConforms(Resource resource) {
        List<SingleValidationMessage> messages = UkCoreValidator.get().validate(resource);
        System.out.printf("%s %s (UK Core: %s):%n%s%n", resource.fhirType(), resource.getIdElement().getIdPart(),
                UkCoreValidator.get().ukCoreSource(), UkCoreValidator.describe(messages));
        assertThat(UkCoreValidator.errors(messages))
                .as("validation errors in %s:%n%s", resource.fhirType(), UkCoreValidator.describe(messages))
                .isEmpty();
        assertThat(UkCoreValidator.problems(messages))
                .as("warnings in %s other than the offline terminology ones docs/fhir.md lists:%n%s", resource.fhirType(),
                        UkCoreValidator.describe(messages))
                .isEmpty();
    }
}
