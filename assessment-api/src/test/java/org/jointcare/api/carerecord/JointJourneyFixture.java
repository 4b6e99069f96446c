package org.jointcare.api.carerecord;

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
import org.jointcare.carerecord.closure.CloseCareRecord;
import org.jointcare.carerecord.closure.ClosureReason;
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
 * One person's whole joint care journey as the commands professionals send: registration to
 * closure and reopening. Shared by the integration tests that send it through the gateway.
 */
public final class JointJourneyFixture {

    public static final Actor GP = new Actor("dr.priya.shah", Role.GP_PRACTICE, "J82034");
    public static final Actor LINKWORKER = new Actor("amara.okafor", Role.LINKWORKER, "SC-NORTH");
    public static final Actor NURSE = new Actor("grace.mbeki", Role.DISTRICT_NURSE, "DN-NORTH");
    public static final Actor DISCHARGE_TEAM = new Actor("sam.patel", Role.HOSPITAL_DISCHARGE_TEAM, "RD1");

    final UUID careRecordId = UUID.randomUUID();
    final NhsNumber nhsNumber;
    final UUID referralId = UUID.randomUUID();
    final UUID assessmentId = UUID.randomUUID();
    final UUID packageId = UUID.randomUUID();
    final UUID admissionId = UUID.randomUUID();
    final UUID reopeningReferralId = UUID.randomUUID();
    final LocalDate packageStart;
    private final Instant start;

    public static JointJourneyFixture startingAt(Instant start, NhsNumber nhsNumber) {
        return new JointJourneyFixture(nhsNumber, start);
    }

    private JointJourneyFixture(NhsNumber nhsNumber, Instant start) {
        this.nhsNumber = nhsNumber;
        this.start = start;
        this.packageStart = CareCalendar.dateOf(day(30));
    }

    public Instant day(int n) {
        return start.plus(Duration.ofDays(n));
    }

    /** Every command of the journey, in the order they are sent. */
    public List<Object> commands() {
        List<Object> commands = new ArrayList<>();
        commands.add(new RegisterPerson(careRecordId, nhsNumber, new PersonDetails("Margaret", "Hill",
                LocalDate.of(1933, 11, 30), "J82034", "North Wiltshire", "English", false, null,
                LivingSituation.LIVES_ALONE, List.of()), GP, day(0)));
        commands.add(new RecordConsent(careRecordId, ConsentDecision.AGREED, null, GP, day(0)));
        commands.add(new ReceiveReferral(careRecordId, referralId, ReferralSource.GP, new Requester("Dr Priya Shah", "J82034"),
                "Falls at home", Urgency.SOON, GP, day(1)));
        commands.add(new AcceptReferral(careRecordId, referralId, LINKWORKER.userId(), LINKWORKER, day(2)));
        commands.add(new StartJointAssessment(careRecordId, assessmentId, referralId, LINKWORKER.userId(), LINKWORKER, day(5)));
        commands.add(new AddContribution(careRecordId, assessmentId, new Contribution(Discipline.SOCIAL_CARE, "Amara Okafor",
                "Needs help to wash, dress and eat well",
                List.of(new IdentifiedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, "Washing and dressing")),
                List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, UnableReason.CANNOT_WITHOUT_HELP, null)),
                null, null), LINKWORKER, day(8)));
        commands.add(new AddContribution(careRecordId, assessmentId, new Contribution(Discipline.DISTRICT_NURSING, "Grace Mbeki",
                "Leg ulcer needs dressing twice a week",
                List.of(new IdentifiedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, "Leg ulcer")), List.of(), null, null),
                NURSE, day(9)));
        commands.add(new CompleteJointAssessment(careRecordId, assessmentId, new AssessmentConclusion(
                List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, Responsibility.SOCIAL_CARE, "Daily help"),
                        new AgreedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, Responsibility.HEALTH, "Dressings")),
                true,
                List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, UnableReason.CANNOT_WITHOUT_HELP, null),
                        new OutcomeAssessment(CareActOutcome.MANAGING_AND_MAINTAINING_NUTRITION, false,
                                UnableReason.ENDANGERS_SELF_OR_OTHERS, "Leaves the gas on")),
                true, "Wants to stay at home", null, ChcChecklistResult.NEGATIVE), LINKWORKER, day(12)));
        commands.add(new ArrangeCarePackage(careRecordId, packageId, assessmentId, packageStart, new PackageTerms(List.of(
                new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Bluebell Home Care", 14, 2_150,
                        Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE)),
                new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, "North Community Nursing", 2, 4_800,
                        Funding.joint(60, 40), Set.of(NeedDomain.SKIN))), 3_500), LINKWORKER, day(28)));
        commands.add(new RecordHospitalAdmission(careRecordId, admissionId, new Admission("Royal United Hospital", "RD1",
                "Pickwick Ward", day(40), AdmissionType.EMERGENCY, false), DISCHARGE_TEAM, day(40)));
        commands.add(new PlanDischarge(careRecordId, admissionId, new DischargePlan(CareCalendar.dateOf(day(44)), true,
                DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT, List.of("Home care restarted")), DISCHARGE_TEAM, day(42)));
        commands.add(new RecordDischarge(careRecordId, admissionId, new DischargeSummary(day(46), DischargeDestination.USUAL_RESIDENCE,
                "Chest infection treated", List.of(new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "5 days")),
                List.of(new FollowUpAction(FollowUpFor.GP, "Review in one week")), "Leaflet given",
                DelayReason.AWAITING_CARE_PACKAGE), DISCHARGE_TEAM, day(46)));
        commands.add(new AcknowledgeDischargeNotice(careRecordId, admissionId, GP, day(47)));
        commands.add(new ResumeCarePackage(careRecordId, packageId, LINKWORKER, day(47)));
        commands.add(new CompleteReview(careRecordId, firstReviewId(), CareCalendar.dateOf(day(80)),
                new ReviewFindings(true, ReviewOutcome.CONTINUE, "Happy with the carers", null, null), LINKWORKER, day(80)));
        commands.add(new CloseCareRecord(careRecordId, ClosureReason.MOVED_AWAY, "Moved to Devon", LINKWORKER, day(120)));
        commands.add(new ReceiveReferral(careRecordId, reopeningReferralId, ReferralSource.SELF, new Requester("Margaret Hill", null),
                "Moved back; needs help again", Urgency.ROUTINE, LINKWORKER, day(200)));
        return commands;
    }

    public UUID careRecordId() {
        return careRecordId;
    }

    public NhsNumber nhsNumber() {
        return nhsNumber;
    }

    public UUID admissionId() {
        return admissionId;
    }

    public UUID reopeningReferralId() {
        return reopeningReferralId;
    }

    public UUID firstReviewId() {
        return ReviewSchedule.scheduledReviewId(packageId, ReviewSchedule.afterStartOrChange(packageStart).dueBy());
    }

    /** The events the journey leaves on the record, by simple class name, in order. */
    public static final List<String> EVENTS = List.of(
            "PersonRegistered",
            "ConsentRecorded",
            "ReferralReceived",
            "ReferralAccepted",
            "JointAssessmentStarted",
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
