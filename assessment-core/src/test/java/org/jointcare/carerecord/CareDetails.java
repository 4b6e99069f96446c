package org.jointcare.carerecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.CareActOutcome;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.IdentifiedNeed;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.OutcomeAssessment;
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.assessment.UnableReason;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewOutcome;

import static org.jointcare.carerecord.Professionals.REGISTERED_PRACTICE;

/**
 * The details of Margaret Ellis's care as professionals would record them: who she is, what
 * each discipline found, what was agreed and arranged, her stay in hospital and her review.
 */
public final class CareDetails {

    public static final NhsNumber NHS_NUMBER = new NhsNumber("943 476 5919");
    public static final NhsNumber ANOTHER_NHS_NUMBER = new NhsNumber("401 023 2137");
    public static final LocalDate DATE_OF_BIRTH = LocalDate.of(1938, 5, 14);
    public static final Requester REFERRING_GP = new Requester("Dr Ada Okafor", REGISTERED_PRACTICE);

    private CareDetails() {
    }

    // registration

    public static PersonDetails margaret() {
        return new PersonDetails("Margaret", "Ellis", DATE_OF_BIRTH, REGISTERED_PRACTICE, "North Wiltshire",
                "English", false, "Hard of hearing: face her and speak clearly",
                LivingSituation.LIVES_WITH_CARER,
                List.of(new Carer("Tom Ellis", "husband", "01249 555 014",
                        "Exhausted by night-time care; would like a regular break")), null);
    }

    /** A person with only the details registration insists on. */
    public static PersonDetails person(String givenName, String familyName, LocalDate dateOfBirth,
                                       String registeredPracticeCode, String locality) {
        return new PersonDetails(givenName, familyName, dateOfBirth, registeredPracticeCode, locality,
                null, false, null, LivingSituation.LIVES_ALONE, List.of(), null);
    }

    // joint assessment

    public static OutcomeAssessment achieved(CareActOutcome outcome) {
        return new OutcomeAssessment(outcome, true, null, null);
    }

    public static OutcomeAssessment notAchieved(CareActOutcome outcome, UnableReason why) {
        return new OutcomeAssessment(outcome, false, why, null);
    }

    public static Contribution socialCareContribution() {
        return new Contribution(Discipline.SOCIAL_CARE, "Amy Shah",
                "Since her fall Margaret cannot wash or dress without help; Tom does it all and is exhausted.",
                List.of(new IdentifiedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, "Help to wash and dress every morning"),
                        new IdentifiedNeed(NeedDomain.CARER_SUPPORT, NeedLevel.MODERATE, "A regular break for Tom")),
                List.of(notAchieved(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, UnableReason.CANNOT_WITHOUT_HELP),
                        notAchieved(CareActOutcome.BEING_APPROPRIATELY_CLOTHED, UnableReason.TAKES_SIGNIFICANTLY_LONGER)),
                null, null);
    }

    public static Contribution districtNursingContribution() {
        return new Contribution(Discipline.DISTRICT_NURSING, "Joan Price",
                "Grade 2 pressure ulcer on the left heel; insulin-dependent diabetes, injects with prompting.",
                List.of(new IdentifiedNeed(NeedDomain.SKIN, NeedLevel.MODERATE, "Dressing three times a week"),
                        new IdentifiedNeed(NeedDomain.MEDICATION, NeedLevel.LOW, "Prompt for insulin")),
                List.of(), null, null);
    }

    public static Contribution gpContribution() {
        return new Contribution(Discipline.GP, "Dr Ada Okafor", "Frail, two falls this winter.",
                List.of(new IdentifiedNeed(NeedDomain.MOBILITY, NeedLevel.MODERATE, "Walks with a frame indoors")),
                List.of(),
                "Type 2 diabetes on insulin; osteoarthritis of both knees; fractured wrist 2024.",
                "Stable; further falls likely without support at home.");
    }

    public static Contribution occupationalTherapyContribution() {
        return new Contribution(Discipline.OCCUPATIONAL_THERAPY, "Lee Grant", "Bathroom unsafe: needs a perching stool and rails.",
                List.of(new IdentifiedNeed(NeedDomain.MOBILITY, NeedLevel.MODERATE, "Grab rails by the bath and toilet")),
                List.of(), null, null);
    }

    /** What the professionals agreed with Margaret: she is eligible under the Care Act. */
    public static AssessmentConclusion agreedConclusion() {
        return new AssessmentConclusion(
                List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, Responsibility.SOCIAL_CARE, "Morning and evening personal care"),
                        new AgreedNeed(NeedDomain.SKIN, NeedLevel.MODERATE, Responsibility.HEALTH, "Heel ulcer dressings"),
                        new AgreedNeed(NeedDomain.MOBILITY, NeedLevel.MODERATE, Responsibility.JOINT, "Safe bathing")),
                true,
                List.of(notAchieved(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, UnableReason.CANNOT_WITHOUT_HELP),
                        notAchieved(CareActOutcome.BEING_APPROPRIATELY_CLOTHED, UnableReason.TAKES_SIGNIFICANTLY_LONGER),
                        achieved(CareActOutcome.MANAGING_TOILET_NEEDS)),
                true,
                "Margaret wants to stay at home with Tom and keep going to the lunch club on Thursdays.",
                "Tom needs a regular break and help at night.",
                ChcChecklistResult.NEGATIVE);
    }

    /** A conclusion that differs from the agreed one only in the facts the eligibility test weighs. */
    public static AssessmentConclusion conclusionWith(boolean needsArisingFromImpairmentOrIllness,
                                                      List<OutcomeAssessment> outcomes,
                                                      boolean significantImpactOnWellbeing) {
        AssessmentConclusion agreed = agreedConclusion();
        return new AssessmentConclusion(agreed.agreedNeeds(), needsArisingFromImpairmentOrIllness, outcomes,
                significantImpactOnWellbeing, agreed.personViewsAndWishes(), agreed.carerNeeds(), agreed.chcChecklist());
    }

    // care package

    public static PlannedService homeCare() {
        return new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Wessex Homecare",
                14, 2_150, Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE));
    }

    public static PlannedService districtNursing() {
        return new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, "Wiltshire Community Nursing",
                3, 4_200, Funding.health(), Set.of(NeedDomain.SKIN, NeedDomain.MEDICATION));
    }

    public static PlannedService jointlyFundedBathing() {
        return bathing(Funding.joint(40, 60));
    }

    public static PlannedService bathing(Funding funding) {
        return new PlannedService(ServiceType.BATHING, ProviderType.LOCAL_AUTHORITY, "North Wiltshire Bathing Service",
                2, 3_500, funding, Set.of(NeedDomain.PERSONAL_CARE, NeedDomain.MOBILITY));
    }

    /** Home care, district nursing and joint bathing; Margaret pays £15 a week towards it. */
    public static PackageTerms agreedTerms() {
        return new PackageTerms(List.of(homeCare(), districtNursing(), jointlyFundedBathing()), 1_500);
    }

    /** After the review: evening calls added to home care. */
    public static PackageTerms termsWithEveningCalls() {
        PlannedService moreHomeCare = new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Wessex Homecare",
                21, 2_150, Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE));
        return new PackageTerms(List.of(moreHomeCare, districtNursing(), jointlyFundedBathing()), 1_500);
    }

    public static PackageTerms termsWith(PlannedService service) {
        return new PackageTerms(List.of(service), 0);
    }

    // hospital

    public static Admission emergencyAdmission(Instant admittedAt) {
        return new Admission("Royal United Hospital Bath", "RD1", "Combe Ward", admittedAt, AdmissionType.EMERGENCY, false);
    }

    public static DischargePlan dischargePlan(LocalDate expectedDate) {
        return new DischargePlan(expectedDate, true, DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT,
                List.of("Home care restarted", "Pressure-relieving mattress delivered"));
    }

    public static DischargeSummary dischargeHome(Instant dischargedAt, DelayReason delayReason) {
        return new DischargeSummary(dischargedAt, DischargeDestination.USUAL_RESIDENCE,
                "Admitted after a fall with a urinary tract infection; treated with antibiotics, mobilising with a frame.",
                List.of(new MedicationChange("Trimethoprim", MedicationChangeKind.STARTED, "200 mg twice daily for three more days")),
                List.of(new FollowUpAction(FollowUpFor.GP, "Check renal function in one week"),
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress the left heel ulcer")),
                "Falls leaflet given to Margaret and Tom",
                delayReason);
    }

    // review

    public static ReviewFindings reviewFindings(ReviewOutcome outcome) {
        return new ReviewFindings(true, outcome, "The morning calls mean I can get up and dressed properly.",
                "I sleep better knowing someone comes in.", "Carers arrive on time.");
    }
}
