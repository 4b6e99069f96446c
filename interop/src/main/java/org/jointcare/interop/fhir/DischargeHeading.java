package org.jointcare.interop.fhir;

/**
 * The PRSB eDischarge summary headings a discharge summary carries, in the order a reader
 * expects them, each with the SNOMED CT record heading concept the NHS Transfer of Care
 * eDischarge specification codes its section with, and the UK Core record heading code the UK
 * Core Composition's (extensible) section binding asks for. {@code mandatory} headings are
 * always present; with nothing recorded they say so with an empty reason.
 */
enum DischargeHeading {
    PATIENT_DEMOGRAPHICS("886731000000109", "patient-demographics", "Patient demographics", true),
    GP_PRACTICE("886711000000101", "gp-practice", "GP practice", true),
    SOCIAL_CONTEXT("887051000000101", "social-context", "Social context", false),
    INDIVIDUAL_REQUIREMENTS("1078911000000106", "individual-requirements", "Individual requirements", false),
    ADMISSION_DETAILS("886781000000108", "admission-details", "Admission details", false),
    DISCHARGE_DETAILS("886811000000106", "discharge-details", "Discharge details", false),
    CLINICAL_SUMMARY("887181000000106", "clinical-summary", "Clinical summary", true),
    DIAGNOSES("887161000000102", "diagnoses", "Diagnoses", true),
    MEDICATIONS_AND_MEDICAL_DEVICES("933361000000108", "medications-and-medical-devices",
            "Medications and medical devices", false),
    ALLERGIES_AND_ADVERSE_REACTIONS("886921000000105", "allergies-and-adverse-reaction",
            "Allergies and adverse reactions", true),
    PLAN_AND_REQUESTED_ACTIONS("887201000000105", "plan-and-requested-actions", "Plan and requested actions", false),
    INFORMATION_AND_ADVICE_GIVEN("1052951000000105", "information-and-advice-given", "Information and advice given", false),
    PATIENT_AND_CARER_CONCERNS("1052941000000107", "patient-and-carer-concerns-expectations-and-wishes",
            "Patient and carer concerns, expectations and wishes", false),
    PERSON_COMPLETING_RECORD("887231000000104", "person-completing-record", "Person completing record", true),
    DISTRIBUTION_LIST("887261000000109", "distribution-list", "Distribution list", false);

    static final String SNOMED_CT = "http://snomed.info/sct";
    static final String UK_CORE_RECORD_HEADINGS = "https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings";

    private final String snomedCode;
    private final String ukCoreCode;
    private final String title;
    private final boolean mandatory;

    DischargeHeading(String snomedCode, String ukCoreCode, String title, boolean mandatory) {
        this.snomedCode = snomedCode;
        this.ukCoreCode = ukCoreCode;
        this.title = title;
        this.mandatory = mandatory;
    }

    String snomedCode() {
        return snomedCode;
    }

    String ukCoreCode() {
        return ukCoreCode;
    }

    String title() {
        return title;
    }

    /** The UK Core code system words the heading its own way in one place. */
    String ukCoreDisplay() {
        return this == ALLERGIES_AND_ADVERSE_REACTIONS ? "Allergies and adverse reaction" : title;
    }

    boolean mandatory() {
        return mandatory;
    }
}
