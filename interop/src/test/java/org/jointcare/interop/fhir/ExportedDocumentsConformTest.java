package org.jointcare.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.registration.PersonDetails;
import org.junit.jupiter.api.Test;

/**
 * Every kind of document JointCare exports, validated by HAPI's instance validator against base
 * R4 and the UK Core profiles it claims: no errors. Terminology that cannot be checked offline
 * (SNOMED CT) stays a warning.
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
                "Sylheti", true, null, null, List.of());
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
     * Without the UK Core conformance resources the claimed profiles cannot be checked and a
     * pass above would prove only base R4: this test is then skipped, and says why.
     */
    @Test
    void the_validator_holds_exports_to_uk_core() {
        UkCoreValidator validator = UkCoreValidator.get();
        assumeThat(validator.hasUkCore())
                .as("UK Core conformance resources not found (-D%s=... or shared/fhir/uk-core): only base R4 was checked",
                        UkCoreValidator.UK_CORE_PROPERTY)
                .isTrue();
        Patient patient = export.patient(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice()).orElseThrow();
        patient.getIdentifierFirstRep().getExtensionFirstRep().setValue(new CodeableConcept(
                new Coding(Fhir.NHS_NUMBER_VERIFICATION_CODES, "99", "Not a verification status")));
        assertThat(UkCoreValidator.errors(validator.validate(patient))).isNotEmpty();
    }

    static void assertConforms(Resource resource) {
        List<SingleValidationMessage> messages = UkCoreValidator.get().validate(resource);
        System.out.printf("%s %s (UK Core: %s):%n%s%n", resource.fhirType(), resource.getIdElement().getIdPart(),
                UkCoreValidator.get().ukCoreSource(), describe(messages));
        assertThat(UkCoreValidator.errors(messages))
                .as("validation errors in %s:%n%s", resource.fhirType(), describe(messages))
                .isEmpty();
    }

    static String describe(List<SingleValidationMessage> messages) {
        return messages.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

}
