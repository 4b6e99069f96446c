package org.jointcare.interop.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.EligibilityDecision;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;

/**
 * Doris's journey as the demo world tells it, as events: registered at Southgate, referred by
 * her GP, jointly assessed, a package of home care, district nursing and an alarm, then admitted
 * as an emergency with a chest infection and discharged home three days later than planned.
 */
final class DischargeJourney {

    static final UUID CARE_RECORD = UUID.fromString("6f1c2b0e-6d2a-4c55-9d7e-0a1b2c3d4e5f");
    static final UUID REFERRAL = UUID.fromString("11111111-2222-4333-8444-555555555555");
    static final UUID ASSESSMENT = UUID.fromString("21111111-2222-4333-8444-555555555555");
    static final UUID PACKAGE = UUID.fromString("31111111-2222-4333-8444-555555555555");
    static final UUID ADMISSION = UUID.fromString("41111111-2222-4333-8444-555555555555");

    static final String SOUTHGATE = "J82036";
    static final String HOSPITAL_TRUST = "RD1";

    static final Actor GP = new Actor("dr.shah", Role.GP_PRACTICE, SOUTHGATE);
    static final Actor LINKWORKER = new Actor("lee.jones", Role.LINKWORKER, "SC-SOUTH");
    static final Actor DISCHARGE_COORDINATOR = new Actor("sam.patel", Role.HOSPITAL_DISCHARGE_TEAM, HOSPITAL_TRUST);

    static final DirectoryNames NAMES = new DirectoryNames() {
        @Override
        public Optional<String> organisationName(String code) {
            return switch (code) {
                case SOUTHGATE -> Optional.of("Southgate Surgery");
                case "SC-SOUTH" -> Optional.of("South Wiltshire social care team");
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<String> professionalName(String userId) {
            return switch (userId) {
                case "sam.patel" -> Optional.of("Sam Patel");
                case "dr.shah" -> Optional.of("Dr Anita Shah");
                default -> Optional.empty();
            };
        }
    };

    static final PersonDetails DORIS = new PersonDetails("Doris", "Walker", LocalDate.of(1930, 1, 8),
            SOUTHGATE, "South Wiltshire", "English", false, "Uses a hearing aid in her left ear",
            LivingSituation.LIVES_WITH_FAMILY,
            List.of(new Carer("Susan Walker", "daughter", "07700 900456", "Caring alongside a part-time job")), null);

    static final Admission ADMITTED = new Admission("Royal United Hospital", HOSPITAL_TRUST, "Pickwick Ward",
            Instant.parse("2026-11-20T09:15:00Z"), AdmissionType.EMERGENCY, false);

    static final DischargeSummary SUMMARY = new DischargeSummary(Instant.parse("2026-12-02T11:00:00Z"),
            DischargeDestination.USUAL_RESIDENCE,
            "Admitted with a chest infection; treated with antibiotics. Mobilising with a frame.",
            List.of(new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "500 mg three times a day for 5 more days"),
                    new MedicationChange("Furosemide", MedicationChangeKind.CHANGED, "Reduced to 20 mg once a day"),
                    new MedicationChange("Naproxen", MedicationChangeKind.STOPPED, "Stopped: renal function")),
            List.of(new FollowUpAction(FollowUpFor.GP, "Review chest and renal function in one week"),
                    new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Check pressure areas within 48 hours"),
                    new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Confirm home care has restarted")),
            "Leaflet on chest infections given to Doris and her daughter",
            DelayReason.AWAITING_CARE_PACKAGE);

    static final AssessmentConclusion CONCLUSION = new AssessmentConclusion(
            List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, Responsibility.SOCIAL_CARE,
                            "Morning and evening help to wash and dress"),
                    new AgreedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, Responsibility.HEALTH, "Leg ulcer dressings"),
                    new AgreedNeed(NeedDomain.MOBILITY, NeedLevel.MODERATE, Responsibility.JOINT,
                            "Falls alarm and a grab rail by the bath"),
                    new AgreedNeed(NeedDomain.SOCIAL_CONTACT, NeedLevel.LOW, Responsibility.SOCIAL_CARE,
                            "Would like company once a week")),
            true, List.of(), true,
            "Wants to stay in her own home and keep going to church on Sundays",
            "Family carer would like a regular break and information about carers' groups",
            ChcChecklistResult.NEGATIVE);

    static final PackageTerms TERMS = new PackageTerms(List.of(
            new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Bluebell Home Care", 14, 2_150,
                    Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE)),
            new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, "DN-SOUTH", 2, 4_800,
                    Funding.health(), Set.of(NeedDomain.SKIN)),
            new PlannedService(ServiceType.ALARM, ProviderType.LOCAL_AUTHORITY, "Wiltshire Telecare", 1, 450,
                    Funding.joint(50, 50), Set.of(NeedDomain.MOBILITY))),
            3_500);

    private DischargeJourney() {
    }

    /** Up to and including the discharge notice. */
    static List<CareRecordEvent> untilDischargeNotice() {
        return untilDischargeNotice(new NhsNumber("9997938348"), DORIS, SUMMARY);
    }

    static List<CareRecordEvent> untilDischargeNotice(NhsNumber nhsNumber, PersonDetails person, DischargeSummary summary) {
        List<CareRecordEvent> events = new ArrayList<>();
        events.add(new PersonRegistered(CARE_RECORD, nhsNumber, person, GP, Instant.parse("2026-04-08T10:00:00Z")));
        events.add(new ConsentRecorded(CARE_RECORD, ConsentDecision.AGREED, null, LINKWORKER, Instant.parse("2026-04-13T10:00:00Z")));
        events.add(new ReferralReceived(CARE_RECORD, REFERRAL, ReferralSource.GP, new Requester("Dr Anita Shah", SOUTHGATE),
                "Struggling with personal care since a fall", Urgency.SOON, Instant.parse("2026-04-16T10:00:00Z"),
                GP, Instant.parse("2026-04-09T10:00:00Z")));
        events.add(new ReferralAccepted(CARE_RECORD, REFERRAL, "lee.jones", LINKWORKER, Instant.parse("2026-04-10T10:00:00Z")));
        events.add(new JointAssessmentStarted(CARE_RECORD, ASSESSMENT, REFERRAL, "lee.jones", LINKWORKER,
                Instant.parse("2026-04-14T10:00:00Z")));
        events.add(new JointAssessmentCompleted(CARE_RECORD, ASSESSMENT, CONCLUSION,
                new EligibilityDecision(true, List.of(), "Eligible"), LINKWORKER, Instant.parse("2026-04-23T10:00:00Z")));
        events.add(new CarePackageArranged(CARE_RECORD, PACKAGE, ASSESSMENT, LocalDate.of(2026, 5, 1), TERMS, null,
                LINKWORKER, Instant.parse("2026-04-29T10:00:00Z")));
        events.add(new PersonAdmittedToHospital(CARE_RECORD, ADMISSION, ADMITTED, SOUTHGATE, false, null,
                DISCHARGE_COORDINATOR, Instant.parse("2026-11-20T11:15:00Z")));
        events.add(new CarePackageSuspended(CARE_RECORD, PACKAGE, "Admitted to hospital", ADMISSION,
                DISCHARGE_COORDINATOR, Instant.parse("2026-11-20T11:15:00Z")));
        events.add(new AdmissionNoticeAcknowledged(CARE_RECORD, ADMISSION, GP, Instant.parse("2026-11-21T09:00:00Z")));
        events.add(new DischargePlanned(CARE_RECORD, ADMISSION, new DischargePlan(LocalDate.of(2026, 11, 29), true,
                DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT, List.of("Home care package restarted")),
                DISCHARGE_COORDINATOR, Instant.parse("2026-11-26T10:00:00Z")));
        events.add(new PersonDischargedFromHospital(CARE_RECORD, ADMISSION, summary, LocalDate.of(2026, 11, 29), 3,
                DISCHARGE_COORDINATOR, Instant.parse("2026-12-02T11:30:00Z")));
        events.add(new DischargeNoticeRaised(CARE_RECORD, ADMISSION, SOUTHGATE, DISCHARGE_COORDINATOR,
                Instant.parse("2026-12-02T11:30:00Z")));
        return events;
    }

    static final Instant CORRECTED_AT = Instant.parse("2026-12-03T10:00:00Z");

    /** The summary as the hospital corrected it the next day: the first medication change's dose put right. */
    static DischargeSummary correctedSummary() {
        List<MedicationChange> medication = new ArrayList<>(SUMMARY.medicationChanges());
        MedicationChange first = medication.get(0);
        medication.set(0, new MedicationChange(first.medication(), first.kind(), "CORRECTED " + first.detail()));
        return new DischargeSummary(SUMMARY.dischargedAt(), SUMMARY.destination(), SUMMARY.clinicalSummary(), medication,
                SUMMARY.followUpActions(), SUMMARY.informationGiven(), SUMMARY.delayReason());
    }

    /** Acknowledged, then corrected by the team that wrote it: the amended notice. */
    static List<CareRecordEvent> withCorrection() {
        List<CareRecordEvent> events = new ArrayList<>(withAcknowledgement());
        events.add(new DischargeSummaryCorrected(CARE_RECORD, ADMISSION, correctedSummary(), "Dose mistyped", SOUTHGATE,
                DISCHARGE_COORDINATOR, CORRECTED_AT));
        return events;
    }

    /** What happened after the notice: the practice acknowledged it. */
    static List<CareRecordEvent> withAcknowledgement() {
        List<CareRecordEvent> events = new ArrayList<>(untilDischargeNotice());
        events.add(new DischargeNoticeAcknowledged(CARE_RECORD, ADMISSION, GP, Instant.parse("2026-12-03T08:45:00Z")));
        return events;
    }
}
