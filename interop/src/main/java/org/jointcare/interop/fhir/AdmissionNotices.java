package org.jointcare.interop.fhir;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;

/**
 * The admission notice to the registered practice as a document with the PRSB headings that
 * apply to an admission: who, which practice, the admission, who recorded it and who it went to.
 * There is no national document type for it, so its type is words only.
 */
final class AdmissionNotices {

    static final String TITLE = "Hospital admission notice";

    private final CareRecordResources resources;

    AdmissionNotices(CareRecordResources resources) {
        this.resources = resources;
    }

    Optional<Bundle> build(PersonJourney journey, UUID admissionId) {
        Optional<PersonRegistered> registration = journey.registration();
        Optional<PersonJourney.Stay> stay = journey.stay(admissionId);
        if (registration.isEmpty() || stay.isEmpty()) {
            return Optional.empty();
        }
        PersonAdmittedToHospital admitted = stay.get().admitted();
        Admission admission = admitted.admission();
        PersonDetails person = registration.get().person();
        String practiceCode = admitted.notifiedPracticeCode();

        DocumentAssembly document = new DocumentAssembly(StableIds.of("admission-notice", admissionId),
                StableIds.of("admission-notice-composition", admissionId), admitted.at());
        String patientName = person.givenName() + " " + person.familyName();
        Reference patient = document.add(resources.patient(registration.get()), patientName);
        Reference hospital = document.add(resources.organization(admission.hospitalCode(), admission.hospitalName()),
                resources.organisationDisplay(admission.hospitalCode(), admission.hospitalName()));
        Reference encounter = document.add(resources.encounter(stay.get(), patient, hospital), "Hospital stay");
        DischargeSummaries.Completion completion = DischargeSummaries.completion(document, admitted.by(), admission, resources);

        document.composition()
                .setType(Fhir.text(TITLE))
                .setSubject(patient)
                .setEncounter(encounter)
                .setTitle(TITLE)
                .setCustodian(hospital)
                .addAuthor(completion.role());
        document.section(DischargeHeading.PATIENT_DEMOGRAPHICS, List.of(
                patientName,
                person.dateOfBirth() == null ? "Date of birth not recorded" : "Born " + person.dateOfBirth(),
                registration.get().nhsNumber() == null ? "No NHS number recorded" : "NHS number " + registration.get().nhsNumber()),
                List.of(patient));
        if (practiceCode != null) {
            Reference practice = document.add(resources.organization(practiceCode, null), resources.organisationDisplay(practiceCode));
            document.section(DischargeHeading.GP_PRACTICE,
                    List.of("Registered with " + resources.organisationDisplay(practiceCode)), List.of(practice));
        } else {
            document.emptySection(DischargeHeading.GP_PRACTICE, "unavailable", "Unavailable",
                    "No registered GP practice is recorded.");
        }
        document.section(DischargeHeading.ADMISSION_DETAILS, DischargeSummaries.admissionLines(admitted), List.of(encounter));
        document.section(DischargeHeading.PERSON_COMPLETING_RECORD, List.of(
                resources.professionalDisplay(admitted.by().userId()) + ", "
                        + CareRecordResources.roleWords(admitted.by().role()) + ", "
                        + resources.organisationDisplay(admitted.by().organisationCode()),
                "Admission recorded " + Fhir.dateTime(admitted.at()).getValueAsString()),
                List.of(completion.role(), completion.practitioner()));
        if (practiceCode != null) {
            document.section(DischargeHeading.DISTRIBUTION_LIST,
                    List.of("Admission notice to " + resources.organisationDisplay(practiceCode) + ", the registered GP practice"),
                    List.of(Fhir.to(StableIds.urn(StableIds.of("organization", practiceCode)), resources.organisationDisplay(practiceCode))));
        }
        return Optional.of(document.bundle());
    }
}
