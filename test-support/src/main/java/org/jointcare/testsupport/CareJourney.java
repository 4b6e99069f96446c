package org.jointcare.testsupport;

import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.closure.CloseCareRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.AddContribution;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.CareActOutcome;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.CompleteJointAssessment;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.IdentifiedNeed;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.OutcomeAssessment;
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.assessment.StartJointAssessment;
import org.jointcare.carerecord.assessment.UnableReason;
import org.jointcare.carerecord.carepackage.ArrangeCarePackage;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ResumeCarePackage;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
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
import org.jointcare.carerecord.hospital.PlanDischarge;
import org.jointcare.carerecord.hospital.RecordDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewSchedule;

/**
 * One person's joint care journey as the commands professionals send, the one journey the API's
 * tests and the benchmarks drive: registration, referral, joint assessment, a care package, a
 * hospital stay and its notices, a review, closure and reopening. The professionals are the demo
 * directory's (practices J82034/J82035/J82036 and their teams), so the same people could be read
 * over HTTP. Ids are fixed when the journey is made.
 */
public final class CareJourney {

    public static final Actor DISCHARGE_TEAM = new Actor("sam.patel", Role.HOSPITAL_DISCHARGE_TEAM, "RD1");

    /** A practice with the professionals who serve it. */
    public record Practice(String code, String locality, Actor gp, Actor linkworker, Actor nurse) {
    }

    public static final List<Practice> PRACTICES = List.of(
            new Practice("J82034", "North Wiltshire", new Actor("dr.priya.shah", Role.GP_PRACTICE, "J82034"),
                    new Actor("amara.okafor", Role.LINKWORKER, "SC-NORTH"), new Actor("grace.mbeki", Role.DISTRICT_NURSE, "DN-NORTH")),
            new Practice("J82035", "North Wiltshire", new Actor("dr.alan.reid", Role.GP_PRACTICE, "J82035"),
                    new Actor("amara.okafor", Role.LINKWORKER, "SC-NORTH"), new Actor("grace.mbeki", Role.DISTRICT_NURSE, "DN-NORTH")),
            new Practice("J82036", "South Wiltshire", new Actor("dr.helen.ward", Role.GP_PRACTICE, "J82036"),
                    new Actor("tom.hughes", Role.LINKWORKER, "SC-SOUTH"), new Actor("owen.price", Role.DISTRICT_NURSE, "DN-SOUTH")));

    public final UUID careRecordId = UUID.randomUUID();
    final UUID reopeningReferralId = UUID.randomUUID();
    final UUID referralId = UUID.randomUUID();
    final UUID assessmentId = UUID.randomUUID();
    final UUID packageId = UUID.randomUUID();
    final UUID admissionId = UUID.randomUUID();
    final Practice practice;
    final Instant start;
    final String nhsNumber;
    final LocalDate packageStart;

    public CareJourney(Practice practice, Instant start, String nhsNumber) {
        this.practice = practice;
        this.start = start;
        this.nhsNumber = nhsNumber;
        this.packageStart = CareCalendar.dateOf(day(30));
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public Instant day(int n) {
        return start.plus(Duration.ofDays(n)).plus(Duration.ofMinutes(n));
    }

    public RegisterPerson register() {
        return new RegisterPerson(careRecordId, nhsNumber == null ? null : new NhsNumber(nhsNumber),
                new PersonDetails("Margaret", "Hill", LocalDate.of(1933, 11, 30), practice.code(), practice.locality(),
                        "English", false, null, LivingSituation.LIVES_ALONE, List.of(), null), practice.gp(), day(0));
    }

    public RecordConsent consent(int day) {
        return new RecordConsent(careRecordId, ConsentDecision.AGREED, null, practice.gp(), day(day));
    }

    /** Registration to a care package in place: ten events. */
    public List<Object> toCarePackage() {
        List<Object> commands = new ArrayList<>();
        commands.add(register());
        commands.add(consent(0));
        commands.add(referral(1));
        commands.add(new AcceptReferral(careRecordId, referralId, practice.linkworker().userId(), practice.linkworker(), day(2)));
        commands.add(new StartJointAssessment(careRecordId, assessmentId, referralId, practice.linkworker().userId(),
                practice.linkworker(), day(5)));
        commands.add(socialCareContribution(8));
        commands.add(nursingContribution(9));
        commands.add(completeAssessment(12));
        commands.add(arrangePackage(28));
        return commands;
    }

    /** Registration, a hospital stay with an unacknowledged discharge notice, then a referral being assessed: ten events. */
    public List<Object> throughHospital() {
        List<Object> commands = new ArrayList<>();
        commands.add(register());
        commands.add(consent(0));
        commands.addAll(hospitalStay(3));
        commands.add(referral(12));
        commands.add(new AcceptReferral(careRecordId, referralId, practice.linkworker().userId(), practice.linkworker(), day(13)));
        commands.add(new StartJointAssessment(careRecordId, assessmentId, referralId, practice.linkworker().userId(),
                practice.linkworker(), day(14)));
        commands.add(socialCareContribution(15));
        return commands;
    }

    /** The whole journey: assessed with three contributions, a package, a hospital stay, the notice acknowledged, a review. */
    public List<Object> whole() {
        List<Object> commands = new ArrayList<>();
        commands.add(register());
        commands.add(consent(0));
        commands.add(referral(1));
        commands.add(new AcceptReferral(careRecordId, referralId, practice.linkworker().userId(), practice.linkworker(), day(2)));
        commands.add(new StartJointAssessment(careRecordId, assessmentId, referralId, practice.linkworker().userId(),
                practice.linkworker(), day(5)));
        commands.add(socialCareContribution(8));
        commands.add(nursingContribution(9));
        commands.add(new AddContribution(careRecordId, assessmentId, new Contribution(Discipline.GP, "GP",
                "Frail, two falls this year", List.of(new IdentifiedNeed(NeedDomain.MOBILITY, NeedLevel.MODERATE, "Falls")),
                List.of(), "Heart failure", "Stable"), practice.gp(), day(10)));
        commands.add(completeAssessment(12));
        commands.add(arrangePackage(28));
        commands.addAll(hospitalStay(40));
        commands.add(new AcknowledgeDischargeNotice(careRecordId, admissionId, practice.gp(), day(47)));
        commands.add(new ResumeCarePackage(careRecordId, packageId, practice.linkworker(), day(47)));
        LocalDate due = ReviewSchedule.afterStartOrChange(packageStart).dueBy();
        commands.add(new CompleteReview(careRecordId, ReviewSchedule.scheduledReviewId(packageId, due), CareCalendar.dateOf(day(80)),
                new ReviewFindings(true, ReviewOutcome.CONTINUE, "Happy with the carers", null, null), practice.linkworker(), day(80)));
        return commands;
    }

    private ReceiveReferral referral(int day) {
        return new ReceiveReferral(careRecordId, referralId, ReferralSource.GP,
                new Requester(practice.gp().userId(), practice.code()), "Falls at home", Urgency.SOON, practice.gp(), day(day));
    }

    private AddContribution socialCareContribution(int day) {
        return new AddContribution(careRecordId, assessmentId, new Contribution(Discipline.SOCIAL_CARE, "Linkworker",
                "Needs help to wash, dress and eat well",
                List.of(new IdentifiedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, "Washing and dressing")),
                List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, UnableReason.CANNOT_WITHOUT_HELP, null)),
                null, null), practice.linkworker(), day(day));
    }

    private AddContribution nursingContribution(int day) {
        return new AddContribution(careRecordId, assessmentId, new Contribution(Discipline.DISTRICT_NURSING, "District nurse",
                "Leg ulcer needs dressing twice a week",
                List.of(new IdentifiedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, "Leg ulcer")), List.of(), null, null),
                practice.nurse(), day(day));
    }

    private CompleteJointAssessment completeAssessment(int day) {
        return new CompleteJointAssessment(careRecordId, assessmentId, new AssessmentConclusion(
                List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, Responsibility.SOCIAL_CARE, "Daily help"),
                        new AgreedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, Responsibility.HEALTH, "Dressings")),
                true,
                List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, UnableReason.CANNOT_WITHOUT_HELP, null),
                        new OutcomeAssessment(CareActOutcome.MANAGING_AND_MAINTAINING_NUTRITION, false,
                                UnableReason.ENDANGERS_SELF_OR_OTHERS, "Leaves the gas on")),
                true, "Wants to stay at home", null, ChcChecklistResult.NEGATIVE), practice.linkworker(), day(day));
    }

    private ArrangeCarePackage arrangePackage(int day) {
        return new ArrangeCarePackage(careRecordId, packageId, assessmentId, packageStart, new PackageTerms(List.of(
                new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Bluebell Home Care", 14, 2_150,
                        Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE)),
                new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, "North Community Nursing", 2, 4_800,
                        Funding.joint(60, 40), Set.of(NeedDomain.SKIN))), 3_500), practice.linkworker(), day(day));
    }

    private List<Object> hospitalStay(int from) {
        return List.of(
                new RecordHospitalAdmission(careRecordId, admissionId, new Admission("Royal United Hospital", "RD1",
                        "Pickwick Ward", day(from), AdmissionType.EMERGENCY, false), DISCHARGE_TEAM, day(from)),
                new PlanDischarge(careRecordId, admissionId, new DischargePlan(CareCalendar.dateOf(day(from + 4)), true,
                        DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT, List.of("Home care restarted")), DISCHARGE_TEAM, day(from + 2)),
                new RecordDischarge(careRecordId, admissionId, new DischargeSummary(day(from + 6), DischargeDestination.USUAL_RESIDENCE,
                        "Chest infection treated", List.of(new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "5 days")),
                        List.of(new FollowUpAction(FollowUpFor.GP, "Review in one week")), "Leaflet given",
                        DelayReason.AWAITING_CARE_PACKAGE), DISCHARGE_TEAM, day(from + 6)));
    }

    /** The journey at the first practice, as the API's tests drive it. */
    public static CareJourney startingAt(Instant start, NhsNumber nhsNumber) {
        return new CareJourney(PRACTICES.get(0), start, nhsNumber == null ? null : nhsNumber.value());
    }

    public UUID careRecordId() {
        return careRecordId;
    }

    public UUID admissionId() {
        return admissionId;
    }

    public UUID reopeningReferralId() {
        return reopeningReferralId;
    }

    /** The first review the package schedules. */
    public UUID firstReviewId() {
        return ReviewSchedule.scheduledReviewId(packageId, ReviewSchedule.afterStartOrChange(packageStart).dueBy());
    }

    /** Every command of the journey from registration to closure and reopening, in the order they are sent. */
    public List<Object> commands() {
        List<Object> commands = new ArrayList<>(whole());
        commands.add(new CloseCareRecord(careRecordId, ClosureReason.MOVED_AWAY, "Moved to Devon", practice.linkworker(), day(120)));
        commands.add(new ReceiveReferral(careRecordId, reopeningReferralId, ReferralSource.SELF, new Requester("Margaret Hill", null),
                "Moved back; needs help again", Urgency.ROUTINE, practice.linkworker(), day(200)));
        return commands;
    }

    /** The events {@link #commands()} leave on the record, by simple class name, in order. */
    public static final List<String> EVENTS = List.of(
            "PersonRegistered",
            "ConsentRecorded",
            "ReferralReceived",
            "ReferralAccepted",
            "JointAssessmentStarted",
            "ContributionAdded",
            "ContributionAdded",
            "ContributionAdded",
            "JointAssessmentCompleted",
            "CarePackageArranged", "ReviewScheduled",
            "PersonAdmittedToHospital", "CarePackageSuspended",
            "DischargePlanned",
            "PersonDischargedFromHospital", "DischargeNoticeRaised",
            "DischargeNoticeAcknowledged",
            "CarePackageResumed",
            "ReviewCompleted", "ReviewScheduled",
            "CarePackageEnded", "CareRecordClosed",
            "CareRecordReopened", "ReferralReceived");
}
