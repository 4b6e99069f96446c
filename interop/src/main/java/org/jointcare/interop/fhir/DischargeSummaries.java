package org.jointcare.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;

/**
 * The discharge notice as an NHS Transfer of Care style discharge summary: a document whose
 * sections are the PRSB eDischarge headings, filled from what the record held when the notice
 * was raised.
 */
final class DischargeSummaries {

    static final String DISCHARGE_SUMMARY_CODE = "373942005";
    static final String DISCHARGE_SUMMARY_DISPLAY = "Discharge summary";

    private final CareRecordResources resources;

    DischargeSummaries(CareRecordResources resources) {
        this.resources = resources;
    }

    /** Empty when the journey holds no discharge notice for that admission. */
    Optional<Bundle> build(PersonJourney journey, UUID admissionId) {
        Optional<PersonRegistered> registration = journey.registration();
        Optional<PersonJourney.Stay> stay = journey.stay(admissionId).filter(s -> s.notice() != null && s.discharged() != null);
        if (registration.isEmpty() || stay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(journey, registration.get(), stay.get()));
    }

    private Bundle build(PersonJourney journey, PersonRegistered registration, PersonJourney.Stay stay) {
        PersonAdmittedToHospital admitted = stay.admitted();
        PersonDischargedFromHospital discharged = stay.discharged();
        Admission admission = admitted.admission();
        DischargeSummary summary = stay.summary();
        PersonDetails person = registration.person();
        String practiceCode = stay.notice().practiceCode();

        // A corrected summary is a new version of the same document: the Composition keeps its id and
        // identifier (the same clinical document), marked amended and dated by the correction; the
        // Bundle is a new document, with an id of its own named by that correction, since a
        // document Bundle once sent is never changed. The version before it still exports as it was.
        DischargeSummaryCorrected corrected = stay.corrected();
        DocumentAssembly document = new DocumentAssembly(corrected == null
                ? StableIds.of("discharge-summary", admitted.admissionId())
                : StableIds.of("discharge-summary-amended", admitted.admissionId(), corrected.at()),
                StableIds.of("discharge-summary-composition", admitted.admissionId()),
                corrected == null ? stay.notice().at() : corrected.at());
        if (corrected != null) {
            document.composition().setStatus(org.hl7.fhir.r4.model.Composition.CompositionStatus.AMENDED);
        }
        String patientName = person.givenName() + " " + person.familyName();
        Reference patient = document.add(resources.patient(registration), patientName);
        Reference hospital = document.add(resources.organization(admission.hospitalCode(), admission.hospitalName()),
                resources.organisationDisplay(admission.hospitalCode(), admission.hospitalName()));
        Reference practice = document.add(resources.organization(practiceCode, null), resources.organisationDisplay(practiceCode));
        Reference encounter = document.add(resources.encounter(stay, patient, hospital), "Hospital stay");
        Completion completion = completion(document, discharged.by(), admission);

        document.composition()
                .setType(Fhir.snomed(DISCHARGE_SUMMARY_CODE, DISCHARGE_SUMMARY_DISPLAY))
                .setSubject(patient)
                .setEncounter(encounter)
                .setTitle("Discharge summary")
                .setCustodian(hospital)
                .addAuthor(completion.role());

        document.section(DischargeHeading.PATIENT_DEMOGRAPHICS, List.of(
                patientName,
                person.dateOfBirth() == null ? "Date of birth not recorded" : "Born " + person.dateOfBirth(),
                registration.nhsNumber() == null ? "No NHS number recorded" : "NHS number " + registration.nhsNumber()),
                List.of(patient));
        document.section(DischargeHeading.GP_PRACTICE,
                List.of("Registered with " + resources.organisationDisplay(practiceCode)), List.of(practice));
        socialContext(document, person);
        individualRequirements(document, person);
        document.section(DischargeHeading.ADMISSION_DETAILS, admissionLines(admitted), List.of(encounter));
        document.section(DischargeHeading.DISCHARGE_DETAILS, dischargeLines(stay), List.of(encounter));
        if (present(summary.clinicalSummary())) {
            document.section(DischargeHeading.CLINICAL_SUMMARY, List.of(summary.clinicalSummary()), List.of());
        } else {
            document.emptySection(DischargeHeading.CLINICAL_SUMMARY, "unavailable", "Unavailable",
                    "No clinical summary was recorded with this discharge.");
        }
        document.emptySection(DischargeHeading.DIAGNOSES, "unavailable", "Unavailable",
                "JointCare does not record diagnoses: the discharging hospital's own record holds them.");
        medications(document, stay, patient, encounter, completion.role());
        document.emptySection(DischargeHeading.ALLERGIES_AND_ADVERSE_REACTIONS, "unavailable", "Unavailable",
                "JointCare does not record allergies or adverse reactions: the discharging hospital's own record holds them.");
        planAndRequestedActions(document, stay);
        if (present(summary.informationGiven())) {
            document.section(DischargeHeading.INFORMATION_AND_ADVICE_GIVEN, List.of(summary.informationGiven()), List.of());
        }
        journey.latestCompletedAssessment().ifPresent(assessment -> concerns(document, assessment));
        document.section(DischargeHeading.PERSON_COMPLETING_RECORD, List.of(
                resources.professionalDisplay(discharged.by().userId()) + ", "
                        + CareRecordResources.roleWords(discharged.by().role()) + ", "
                        + resources.organisationDisplay(discharged.by().organisationCode()),
                "Discharge recorded " + Fhir.dateTime(discharged.at()).getValueAsString()),
                List.of(completion.role(), completion.practitioner()));
        document.section(DischargeHeading.DISTRIBUTION_LIST,
                List.of("Discharge notice to " + resources.organisationDisplay(practiceCode) + ", the registered GP practice"),
                List.of(practice));
        return document.bundle();
    }

    /** The person completing the record, their role and the organisation they acted for. */
    record Completion(Reference practitioner, Reference role) {
    }

    static Completion completion(DocumentAssembly document, Actor by, Admission admission, CareRecordResources resources) {
        String organisationName = by.organisationCode().equals(admission.hospitalCode()) ? admission.hospitalName() : null;
        Reference organization = document.add(resources.organization(by.organisationCode(), organisationName),
                resources.organisationDisplay(by.organisationCode(), organisationName));
        Reference practitioner = document.add(resources.practitioner(by), resources.professionalDisplay(by.userId()));
        Reference role = document.add(resources.practitionerRole(by, practitioner, organization),
                resources.professionalDisplay(by.userId()) + ", " + CareRecordResources.roleWords(by.role()));
        return new Completion(practitioner, role);
    }

    private Completion completion(DocumentAssembly document, Actor by, Admission admission) {
        return completion(document, by, admission, resources);
    }

    static List<String> admissionLines(PersonAdmittedToHospital admitted) {
        Admission admission = admitted.admission();
        List<String> lines = new ArrayList<>();
        lines.add(Fhir.words(admission.type()) + (admission.privatePatient() ? " private" : " NHS") + " admission to "
                + admission.hospitalName() + " (" + admission.hospitalCode() + ")"
                + (admission.ward() == null ? "" : ", " + admission.ward()));
        lines.add("Admitted " + Fhir.dateTime(admission.admittedAt()).getValueAsString());
        if (admitted.readmissionWithin30Days()) {
            lines.add("Readmission within 30 days of a discharge");
        }
        return lines;
    }

    private static List<String> dischargeLines(PersonJourney.Stay stay) {
        PersonDischargedFromHospital discharged = stay.discharged();
        DischargeSummary summary = discharged.summary();
        List<String> lines = new ArrayList<>();
        lines.add("Discharged " + Fhir.dateTime(summary.dischargedAt()).getValueAsString()
                + (summary.destination() == null ? "" : " to " + Fhir.words(summary.destination()).toLowerCase(Locale.UK)));
        if (discharged.plannedDate() != null) {
            lines.add("Planned discharge date " + discharged.plannedDate()
                    + (discharged.daysLaterThanPlanned() > 0 ? ", " + discharged.daysLaterThanPlanned() + " days later than planned" : ""));
        }
        if (summary.delayReason() != null) {
            lines.add("Delayed: " + Fhir.words(summary.delayReason()).toLowerCase(Locale.UK));
        }
        if (stay.lastPlan() != null) {
            DischargePlan plan = stay.lastPlan().plan();
            if (plan.pathway() != null) {
                lines.add("Discharge to assess: " + Fhir.words(plan.pathway()).toLowerCase(Locale.UK));
            }
        }
        return lines;
    }

    private void socialContext(DocumentAssembly document, PersonDetails person) {
        List<String> lines = new ArrayList<>();
        if (person.livingSituation() != null) {
            lines.add("Living situation: " + Fhir.words(person.livingSituation()).toLowerCase(Locale.UK));
        }
        for (Carer carer : person.carers()) {
            lines.add("Carer: " + carer.name() + (carer.relationship() == null ? "" : " (" + carer.relationship() + ")")
                    + (present(carer.contact()) ? ", " + carer.contact() : "")
                    + (present(carer.ownNeeds()) ? ". Their own needs: " + carer.ownNeeds() : ""));
        }
        if (!lines.isEmpty()) {
            document.section(DischargeHeading.SOCIAL_CONTEXT, lines, List.of());
        }
    }

    private void individualRequirements(DocumentAssembly document, PersonDetails person) {
        List<String> lines = new ArrayList<>();
        if (present(person.preferredLanguage())) {
            lines.add("Preferred language: " + person.preferredLanguage());
        }
        if (person.interpreterNeeded()) {
            lines.add("Needs an interpreter");
        }
        if (present(person.communicationNeeds())) {
            lines.add("Communication needs: " + person.communicationNeeds());
        }
        if (!lines.isEmpty()) {
            document.section(DischargeHeading.INDIVIDUAL_REQUIREMENTS, lines, List.of());
        }
    }

    private void medications(DocumentAssembly document, PersonJourney.Stay stay, Reference patient, Reference encounter,
                             Reference completedBy) {
        List<MedicationChange> changes = stay.summary().medicationChanges();
        if (changes.isEmpty()) {
            document.emptySection(DischargeHeading.MEDICATIONS_AND_MEDICAL_DEVICES, "unavailable", "Unavailable",
                    "No medication changes were recorded with this discharge; JointCare holds no full medication list.");
            return;
        }
        List<String> lines = new ArrayList<>();
        List<Reference> entries = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            MedicationChange change = changes.get(i);
            String line = Fhir.words(change.kind()) + ": " + change.medication()
                    + (present(change.detail()) ? " (" + change.detail() + ")" : "");
            lines.add(line);
            entries.add(document.add(medicationStatement(stay, i, change, patient, encounter, completedBy), line));
        }
        document.section(DischargeHeading.MEDICATIONS_AND_MEDICAL_DEVICES, lines, entries);
    }

    /**
     * One medication change. Only the name the hospital wrote is known (no dm+d code), so the
     * medication is text; whether it was started, changed or stopped is its status and the reason
     * for it.
     */
    private static MedicationStatement medicationStatement(PersonJourney.Stay stay, int index, MedicationChange change,
                                                           Reference patient, Reference encounter, Reference completedBy) {
        PersonDischargedFromHospital discharged = stay.discharged();
        MedicationStatement statement = Fhir.profiled(new MedicationStatement(), "MedicationStatement");
        statement.setId(StableIds.of("medication-change", discharged.admissionId(), index));
        statement.setStatus(change.kind() == MedicationChangeKind.STOPPED
                ? MedicationStatement.MedicationStatementStatus.STOPPED
                : MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.addStatusReason(Fhir.text(Fhir.words(change.kind()) + " during this hospital stay"));
        statement.setMedication(Fhir.text(change.medication()));
        statement.setSubject(patient);
        statement.setContext(encounter);
        statement.setEffective(Fhir.dateTime(stay.summary().dischargedAt()));
        statement.setDateAssertedElement(Fhir.dateTime(discharged.at()));
        statement.setInformationSource(completedBy);
        if (present(change.detail())) {
            statement.addDosage().setText(change.detail());
        }
        statement.setText(Fhir.narrative(List.of(Fhir.words(change.kind()) + ": " + change.medication()
                + (present(change.detail()) ? " (" + change.detail() + ")" : ""))));
        return statement;
    }

    private void planAndRequestedActions(DocumentAssembly document, PersonJourney.Stay stay) {
        List<String> lines = new ArrayList<>();
        for (FollowUpAction action : stay.summary().followUpActions()) {
            lines.add("For " + forWhom(action) + ": " + action.action());
        }
        if (stay.lastPlan() != null) {
            stay.lastPlan().plan().toBeInPlaceFirst().forEach(item -> lines.add("In place before discharge: " + item));
        }
        if (!lines.isEmpty()) {
            document.section(DischargeHeading.PLAN_AND_REQUESTED_ACTIONS, lines, List.of());
        }
    }

    private static String forWhom(FollowUpAction action) {
        return switch (action.forWhom()) {
            case GP -> "the GP";
            case DISTRICT_NURSE -> "the district nurse";
            case SOCIAL_CARE -> "social care";
        };
    }

    private static void concerns(DocumentAssembly document, JointAssessmentCompleted assessment) {
        AssessmentConclusion conclusion = assessment.conclusion();
        List<String> lines = new ArrayList<>();
        String when = " (joint assessment completed " + Fhir.dateTime(assessment.at()).getValueAsString() + ")";
        if (present(conclusion.personViewsAndWishes())) {
            lines.add("The person's views and wishes" + when + ": " + conclusion.personViewsAndWishes());
        }
        if (present(conclusion.carerNeeds())) {
            lines.add("The carer's needs" + when + ": " + conclusion.carerNeeds());
        }
        if (!lines.isEmpty()) {
            document.section(DischargeHeading.PATIENT_AND_CARER_CONCERNS, lines, List.of());
        }
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
