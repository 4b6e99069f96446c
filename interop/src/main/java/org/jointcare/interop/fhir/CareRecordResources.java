package org.jointcare.interop.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;

/** The people and places a care record names, as UK Core resources with stable ids. */
final class CareRecordResources {

    static final String INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";
    /** Where UK Core's person relationship types (extensible on a contact's relationship) name a carer. */
    static final String UK_CORE_RELATIONSHIP_ROLES = "https://fhir.hl7.org.uk/CodeSystem/UKCore-AdditionalPersonRelationshipRole";

    private final DirectoryNames names;

    CareRecordResources(DirectoryNames names) {
        this.names = names;
    }

    /**
     * The person. The NHS number's verification status is "present but not traced": JointCare
     * checks its modulus-11 digit but does not trace it against the national spine, and saying
     * "verified" would claim a check that was never made.
     */
    Patient patient(PersonRegistered registration) {
        PersonDetails person = registration.person();
        Patient patient = Fhir.profiled(new Patient(), "Patient");
        patient.setId(registration.careRecordId().toString());
        if (registration.nhsNumber() != null) {
            Identifier nhsNumber = patient.addIdentifier().setSystem(Fhir.NHS_NUMBER_SYSTEM)
                    .setValue(registration.nhsNumber().value());
            nhsNumber.addExtension(new Extension(Fhir.NHS_NUMBER_VERIFICATION, new CodeableConcept(
                    new Coding(Fhir.NHS_NUMBER_VERIFICATION_CODES, "02", "Number present but not traced"))));
        }
        patient.addIdentifier().setSystem(Fhir.CARE_RECORD_SYSTEM).setValue(registration.careRecordId().toString());
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(person.familyName()).addGiven(person.givenName());
        if (person.dateOfBirth() != null) {
            patient.setBirthDateElement(Fhir.date(person.dateOfBirth()));
        }
        if (person.registeredPracticeCode() != null) {
            patient.addGeneralPractitioner(new Reference().setIdentifier(Fhir.ods(person.registeredPracticeCode()))
                    .setDisplay(organisationDisplay(person.registeredPracticeCode())));
        }
        languageCode(person.preferredLanguage()).ifPresent(code -> patient.addCommunication()
                .setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", code, person.preferredLanguage()))
                        .setText(person.preferredLanguage()))
                .setPreferred(true));
        patient.addExtension(new Extension(INTERPRETER_REQUIRED, new BooleanType(person.interpreterNeeded())));
        for (Carer carer : person.carers()) {
            Patient.ContactComponent contact = patient.addContact()
                    .setName(new HumanName().setText(carer.name()));
            // every contact here is one of the person's carers: coded as such, with the record's own words
            contact.addRelationship(Fhir.text(carer.relationship() == null ? "Carer" : "Carer (" + carer.relationship() + ")")
                    .addCoding(new Coding(UK_CORE_RELATIONSHIP_ROLES, "Carer", "Carer of patient")));
            if (carer.contact() != null && !carer.contact().isBlank()) {
                contact.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(carer.contact());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(person.givenName() + " " + person.familyName()
                + (person.dateOfBirth() == null ? "" : ", born " + person.dateOfBirth()));
        lines.add(registration.nhsNumber() == null ? "No NHS number recorded" : "NHS number " + registration.nhsNumber());
        patient.setText(Fhir.narrative(lines));
        return patient;
    }

    Organization organization(String odsCode, String knownName) {
        Organization organization = Fhir.profiled(new Organization(), "Organization");
        organization.setId(StableIds.of("organization", odsCode));
        organization.addIdentifier(Fhir.ods(odsCode));
        Optional.ofNullable(knownName).or(() -> names.organisationName(odsCode)).ifPresent(organization::setName);
        organization.setText(Fhir.narrative(List.of(organisationDisplay(odsCode, knownName))));
        return organization;
    }

    Practitioner practitioner(Actor actor) {
        Practitioner practitioner = Fhir.profiled(new Practitioner(), "Practitioner");
        practitioner.setId(StableIds.of("practitioner", actor.userId()));
        practitioner.addIdentifier(Fhir.user(actor.userId()));
        names.professionalName(actor.userId()).ifPresent(name -> practitioner.addName().setText(name));
        practitioner.setText(Fhir.narrative(List.of(professionalDisplay(actor.userId()))));
        return practitioner;
    }

    PractitionerRole practitionerRole(Actor actor, Reference practitioner, Reference organization) {
        PractitionerRole role = Fhir.profiled(new PractitionerRole(), "PractitionerRole");
        role.setId(StableIds.of("practitioner-role", actor.userId(), actor.organisationCode(), actor.role()));
        role.setPractitioner(practitioner).setOrganization(organization);
        role.addCode(Fhir.text(roleWords(actor.role())));
        role.setText(Fhir.narrative(List.of(professionalDisplay(actor.userId()) + ", " + roleWords(actor.role())
                + ", " + organisationDisplay(actor.organisationCode()))));
        return role;
    }

    /** The hospital stay: inpatient, planned (elective) or emergency, finished once discharged. */
    Encounter encounter(PersonJourney.Stay stay, Reference patient, Reference hospital) {
        Admission admission = stay.admitted().admission();
        Encounter encounter = Fhir.profiled(new Encounter(), "Encounter");
        encounter.setId(stay.admitted().admissionId().toString());
        encounter.setStatus(stay.discharged() == null ? Encounter.EncounterStatus.INPROGRESS : Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"));
        encounter.setPriority(admission.type() == AdmissionType.EMERGENCY
                ? new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "emergency"))
                : new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EL", "elective")));
        encounter.setSubject(patient);
        Period period = new Period().setStartElement(Fhir.dateTime(admission.admittedAt()));
        if (stay.discharged() != null) {
            period.setEndElement(Fhir.dateTime(stay.summary().dischargedAt()));
            encounter.getHospitalization().setDischargeDisposition(
                    Fhir.text(Fhir.words(stay.summary().destination())));
        }
        encounter.setPeriod(period);
        encounter.setServiceProvider(hospital);
        if (admission.ward() != null) {
            encounter.addLocation().setLocation(new Reference().setDisplay(admission.ward() + ", " + admission.hospitalName()));
        }
        encounter.setText(Fhir.narrative(List.of(
                Fhir.words(admission.type()) + (admission.privatePatient() ? " private" : " NHS") + " admission to "
                        + admission.hospitalName() + (admission.ward() == null ? "" : ", " + admission.ward()))));
        return encounter;
    }

    /**
     * The record holds the preferred language as words ("Welsh"); FHIR requires a language code
     * for it. A name the JDK knows becomes its ISO 639 code; any other is left to the narrative
     * and the individual requirements section rather than guessed.
     */
    static Optional<String> languageCode(String language) {
        if (language == null || language.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(Locale.getISOLanguages())
                .filter(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language.trim()))
                .findFirst();
    }

    String patientDisplay(PersonJourney journey) {
        return journey.registration().map(r -> r.person().givenName() + " " + r.person().familyName()).orElse(null);
    }

    String organisationDisplay(String code) {
        return organisationDisplay(code, null);
    }

    String organisationDisplay(String code, String knownName) {
        return Optional.ofNullable(knownName).or(() -> names.organisationName(code))
                .map(name -> name + " (" + code + ")").orElse(code);
    }

    String professionalDisplay(String userId) {
        return names.professionalName(userId).orElse(userId);
    }

    static String roleWords(Role role) {
        return switch (role) {
            case LINKWORKER -> "Linkworker";
            case DISTRICT_NURSE -> "District nurse";
            case GP_PRACTICE -> "GP practice";
            case HOSPITAL_DISCHARGE_TEAM -> "Hospital discharge team";
            case COMMISSIONER -> "Commissioner";
            case PRIVACY_OFFICER -> "Privacy officer";
        };
    }
}
