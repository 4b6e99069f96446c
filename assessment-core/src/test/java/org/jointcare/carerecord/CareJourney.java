package org.jointcare.carerecord;

import java.time.Duration;
import org.jointcare.carerecord.erasure.EraseRecord;
import org.jointcare.carerecord.erasure.ErasureGround;
import org.jointcare.carerecord.erasure.RecordErased;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.death.AcknowledgeDeathNotice;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.death.RecordDeath;
import org.jointcare.carerecord.enteredinerror.EntryKind;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.enteredinerror.MarkEnteredInError;

import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.access.RecordEmergencyAccess;
import org.jointcare.carerecord.assessment.AddContribution;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.CompleteJointAssessment;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.EligibilityPolicy;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.assessment.StartJointAssessment;
import org.jointcare.carerecord.carepackage.AmendCarePackage;
import org.jointcare.carerecord.carepackage.ArrangeCarePackage;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.EndCarePackage;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.ResumeCarePackage;
import org.jointcare.carerecord.carepackage.ReviseCarePackage;
import org.jointcare.carerecord.carepackage.SuspendCarePackage;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.ArrangeCarerSupport;
import org.jointcare.carerecord.carers.CarerOutcome;
import org.jointcare.carerecord.carers.CarerOutcomeAssessment;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarerUnableReason;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentFindings;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.carers.CarersEligibilityPolicy;
import org.jointcare.carerecord.carers.CarryOutCarersAssessment;
import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.carers.RequestCarersAssessment;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.closure.CloseCareRecord;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.RecordNursingVisit;
import org.jointcare.carerecord.followup.RecordSocialCareFollowUp;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.CorrectDischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.hospital.PlanDischarge;
import org.jointcare.carerecord.hospital.RecordDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.referral.CloseReferral;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.AssignNursingTeam;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.ChangePersonDetails;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.MoveToAnotherPractice;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewSchedule;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.carerecord.review.ScheduleReview;

import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.Professionals.*;

/**
 * Margaret Ellis's journey through joint care, spring 2026: registered by her practice,
 * referred by her GP, jointly assessed by social care and district nursing, given a care
 * package, admitted to hospital after a fall, discharged home and reviewed.
 * <p>
 * Each step is available as the command that asks for it and as the events it leads to, with
 * the same ids and times, so a test can start from any point of the journey
 * ({@link #packageInPlace()}, {@link #inHospital()}...) and expect exactly what happens next.
 */
public final class CareJourney {

    public final UUID careRecordId = UUID.fromString("0c8f3a52-2a7e-4c11-9a3b-5e2f1d6c7b01");
    public final UUID referralId = UUID.fromString("1a111111-0000-4000-8000-000000000001");
    public final UUID secondReferralId = UUID.fromString("1a111111-0000-4000-8000-000000000002");
    public final UUID assessmentId = UUID.fromString("2b222222-0000-4000-8000-000000000001");
    public final UUID packageId = UUID.fromString("3c333333-0000-4000-8000-000000000001");
    public final UUID revisedPackageId = UUID.fromString("3c333333-0000-4000-8000-000000000002");
    public final UUID admissionId = UUID.fromString("4d444444-0000-4000-8000-000000000001");
    public final UUID readmissionId = UUID.fromString("4d444444-0000-4000-8000-000000000002");
    public final UUID accessId = UUID.fromString("5e555555-0000-4000-8000-000000000001");
    public final UUID visitId = UUID.fromString("7a777777-0000-4000-8000-000000000001");
    public final UUID secondVisitId = UUID.fromString("7a777777-0000-4000-8000-000000000002");
    public final UUID carersAssessmentId = UUID.fromString("8b888888-0000-4000-8000-000000000001");
    public final UUID secondCarersAssessmentId = UUID.fromString("8b888888-0000-4000-8000-000000000002");

    // when each step happened (UTC; British Summer Time starts on 29 March 2026)
    public static final Instant REGISTERED_AT = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instant REFERRED_AT = Instant.parse("2026-03-02T10:30:00Z");
    public static final Instant ACCEPTED_AT = Instant.parse("2026-03-03T09:15:00Z");
    public static final Instant ASSESSMENT_STARTED_AT = Instant.parse("2026-03-05T10:00:00Z");
    public static final Instant SOCIAL_CARE_CONTRIBUTED_AT = Instant.parse("2026-03-05T12:00:00Z");
    public static final Instant NURSING_CONTRIBUTED_AT = Instant.parse("2026-03-06T11:00:00Z");
    public static final Instant ASSESSED_AT = Instant.parse("2026-03-09T15:00:00Z");
    public static final Instant PACKAGE_ARRANGED_AT = Instant.parse("2026-03-10T10:00:00Z");
    public static final LocalDate PACKAGE_STARTS = LocalDate.of(2026, 3, 16);
    /** Six to eight weeks after the package starts. */
    public static final LocalDate FIRST_REVIEW_FROM = LocalDate.of(2026, 4, 27);
    public static final LocalDate FIRST_REVIEW_BY = LocalDate.of(2026, 5, 11);
    public static final Instant ADMITTED_AT = Instant.parse("2026-04-20T22:40:00Z");
    public static final Instant ADMISSION_RECORDED_AT = Instant.parse("2026-04-20T23:10:00Z");
    public static final Instant DISCHARGE_PLANNED_AT = Instant.parse("2026-04-22T10:00:00Z");
    public static final LocalDate PLANNED_DISCHARGE_DATE = LocalDate.of(2026, 4, 27);
    public static final Instant DISCHARGED_AT = Instant.parse("2026-04-27T14:00:00Z");
    public static final Instant DISCHARGE_RECORDED_AT = Instant.parse("2026-04-27T15:00:00Z");
    public static final Instant LATER = Instant.parse("2026-05-01T09:00:00Z");
    public static final Instant NURSE_VISITED_AT = Instant.parse("2026-04-29T10:00:00Z");
    public static final Instant FOLLOWED_UP_AT = Instant.parse("2026-04-30T11:00:00Z");
    public static final String VISIT_NOTES = "Left heel ulcer dressed; healing, no sign of infection.";
    public static final String FOLLOW_UP_OUTCOME = "Home care restarted on the day; Tom managing the evenings.";
    public static final String CORRECTION_REASON = "Trimethoprim dose was given wrongly: 100 mg, not 200 mg";
    public static final LocalDate REVIEWED_ON = LocalDate.of(2026, 5, 6);
    public static final Instant REVIEW_RECORDED_AT = Instant.parse("2026-05-06T16:00:00Z");

    // histories: where a scenario starts

    public List<Object> registered() {
        return List.of(personRegistered());
    }

    public List<Object> referred() {
        return then(registered(), referralReceived());
    }

    public List<Object> accepted() {
        return then(referred(), referralAccepted());
    }

    public List<Object> assessing() {
        return then(accepted(), assessmentStarted());
    }

    /** An assessment in progress with a social care and a district nursing contribution. */
    public List<Object> contributedByHealthAndSocialCare() {
        return then(assessing(), socialCareContributed(), districtNursingContributed());
    }

    public List<Object> assessed() {
        return then(contributedByHealthAndSocialCare(), assessmentCompleted());
    }

    /** The package is active and its first review is scheduled. */
    public List<Object> packageInPlace() {
        return then(assessed(), packageArranged(), firstReviewScheduled());
    }

    /** Admitted to hospital; the admission suspended the package. */
    public List<Object> inHospital() {
        return then(packageInPlace(), admitted(), packageSuspendedOnAdmission());
    }

    public List<Object> dischargePlanned() {
        return then(inHospital(), dischargePlannedOn(PLANNED_DISCHARGE_DATE));
    }

    /** Home on the planned day; the practice has a discharge notice to acknowledge. */
    public List<Object> dischargedHome() {
        return then(dischargePlanned(), discharged(), dischargeNoticeRaised());
    }

    /** Back home with the package resumed and the first review conducted: it continues. */
    public List<Object> reviewedAndContinuing() {
        return then(dischargedHome(), packageResumed(), reviewCompleted(ReviewOutcome.CONTINUE), annualReviewScheduled());
    }

    /** Margaret died in hospital: her package ended with the record; the admission stays open. */
    public List<Object> closedWhileInHospital() {
        return then(inHospital(), packageEnded("Care record closed: no longer needs services"), recordClosed());
    }

    /** Closed from screening: the referral was still waiting and was withdrawn with the record. */
    public List<Object> closedWhileReferred() {
        return then(referred(), closedOnMovingAway());
    }

    public CloseCareRecord closeOnMovingAway() {
        return new CloseCareRecord(careRecordId, ClosureReason.MOVED_AWAY, "Moved to her daughter's in Leeds", LINKWORKER, LATER);
    }

    /** The waiting referral is withdrawn, then the record closes. */
    public Object[] closedOnMovingAway() {
        return new Object[]{
                referralClosed(referralId, ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE, "Care record closed: moved away"),
                new CareRecordClosed(careRecordId, ClosureReason.MOVED_AWAY, "Moved to her daughter's in Leeds", LINKWORKER, LATER)};
    }

    /** One of each kind of command, as professionals would send them along the journey. */
    public List<CareRecordCommand> oneOfEveryCommand() {
        return List.of(registerPerson(), changePersonDetails(), moveToAnotherPractice(), assignNursingTeam(NORTH_NURSING_TEAM),
                recordConsent(ConsentDecision.AGREED_WITH_LIMITS, "Not her mental health history"),
                receiveReferral(), acceptReferral(), closeReferral(ReferralClosure.SIGNPOSTED, "Signposted to Age UK befriending"),
                startJointAssessment(), addContribution(gpContribution()), completeJointAssessment(),
                arrangeCarePackage(), reviseCarePackage(), amendCarePackage(LocalDate.of(2026, 4, 1)), suspendCarePackage(), resumeCarePackage(),
                endCarePackage(), recordAdmission(), acknowledgeAdmissionNotice(PRACTICE_RECEPTION),
                planDischarge(PLANNED_DISCHARGE_DATE), recordDischarge(dischargeHome(DISCHARGED_AT, DelayReason.HOUSING)),
                acknowledgeDischargeNotice(PRACTICE_RECEPTION),
                correctDischargeSummary(DISCHARGE_COORDINATOR, LATER), recordNursingVisit(visitId, NURSE_VISITED_AT),
                recordSocialCareFollowUp(), requestCarersAssessment(), carryOutCarersAssessment(carerStruggling()),
                arrangeCarerSupportInPackage(),
                scheduleReview(UUID.fromString("6f666666-0000-4000-8000-000000000001"), LocalDate.of(2026, 6, 30), ReviewTrigger.ON_REQUEST),
                completeFirstReview(ReviewOutcome.CONTINUE), recordEmergencyAccess(Duration.ofHours(4)),
                closeCareRecord(ClosureReason.NO_LONGER_NEEDS_SERVICES), recordDeath(GP), acknowledgeDeathNotice(DISTRICT_NURSE),
                markEnteredInError(SEQUENCE_OF_ADMISSION, DISCHARGE_COORDINATOR),
                eraseRecord(ErasureGround.UNLAWFUL_PROCESSING, LATER));
    }

    /** One or more of each kind of event, as the journey records them. */
    public List<CareRecordEvent> oneOfEveryEvent() {
        List<Object> events = new ArrayList<>(reviewedAndContinuing());
        events.addAll(List.of(personDetailsChanged(), movedPractice(), nursingTeamAssigned(NORTH_NURSING_TEAM), consentRecorded(ConsentDecision.REFUSED, null),
                referralClosed(secondReferralId, ReferralClosure.DECLINED, "No support wanted", LINKWORKER, LATER),
                packageAmended(LocalDate.of(2026, 4, 1)), packageRevised(), packageEnded("Ended at review"),
                admissionNoticeAcknowledged(), dischargeNoticeAcknowledged(), dischargeSummaryCorrected(LATER),
                nursingVisitRecorded(visitId, true, NURSE_VISITED_AT), socialCareFollowUpRecorded(),
                emergencyAccessGranted(Duration.ofHours(4)),
                carersAssessmentRequested(), carersAssessmentCarriedOut(carerStruggling()), carerSupportArrangedInPackage(),
                recordClosed(), reopenedBy(secondReferralId, LATER), personDied(GP), deathNoticeAcknowledged(DISTRICT_NURSE),
                enteredInError(SEQUENCE_OF_ADMISSION, EntryKind.HOSPITAL_ADMISSION, admissionId, null, DISCHARGE_COORDINATOR),
                recordErased(ErasureGround.UNLAWFUL_PROCESSING, LATER)));
        return events.stream().map(CareRecordEvent.class::cast).toList();
    }

    public static List<Object> then(List<Object> history, Object... next) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(next));
        return List.copyOf(events);
    }

    // registration

    public RegisterPerson registerPerson() {
        return new RegisterPerson(careRecordId, NHS_NUMBER, margaret(), PRACTICE_RECEPTION, REGISTERED_AT);
    }

    public PersonRegistered personRegistered() {
        return new PersonRegistered(careRecordId, NHS_NUMBER, margaret(), PRACTICE_RECEPTION, REGISTERED_AT);
    }

    public static final String DETAILS_CHANGE_REASON = "Tom has moved into residential care; her daughter Ann is her carer now";

    /** Margaret after Tom went into care: she lives alone, her daughter is her carer. */
    public static PersonDetails margaretLivingAlone() {
        PersonDetails before = margaret();
        return new PersonDetails(before.givenName(), before.familyName(), before.dateOfBirth(),
                before.registeredPracticeCode(), before.locality(), before.preferredLanguage(),
                before.interpreterNeeded(), before.communicationNeeds(), LivingSituation.LIVES_ALONE,
                List.of(new Carer("Ann Price", "daughter", "07700 900 417", "Works full time; visits evenings")), before.characteristics());
    }

    public ChangePersonDetails changePersonDetails() {
        return new ChangePersonDetails(careRecordId, margaretLivingAlone(), DETAILS_CHANGE_REASON, LINKWORKER, LATER);
    }

    public PersonDetailsChanged personDetailsChanged() {
        return new PersonDetailsChanged(careRecordId, margaretLivingAlone(), List.of("livingSituation", "carers"),
                DETAILS_CHANGE_REASON, LINKWORKER, LATER);
    }

    public static final String NEW_PRACTICE = "J82099";

    public MoveToAnotherPractice moveToAnotherPractice() {
        return new MoveToAnotherPractice(careRecordId, NEW_PRACTICE, LINKWORKER, LATER);
    }

    public PersonMovedPractice movedPractice() {
        return new PersonMovedPractice(careRecordId, REGISTERED_PRACTICE, NEW_PRACTICE, LINKWORKER, LATER);
    }

    public AssignNursingTeam assignNursingTeam(String teamCode) {
        return new AssignNursingTeam(careRecordId, teamCode, DISTRICT_NURSE, LATER);
    }

    public NursingTeamAssigned nursingTeamAssigned(String teamCode) {
        return new NursingTeamAssigned(careRecordId, teamCode, DISTRICT_NURSE, LATER);
    }

    // consent

    public RecordConsent recordConsent(ConsentDecision decision, String limits) {
        return new RecordConsent(careRecordId, decision, limits, LINKWORKER, LATER);
    }

    public ConsentRecorded consentRecorded(ConsentDecision decision, String limits) {
        return new ConsentRecorded(careRecordId, decision, limits, LINKWORKER, LATER);
    }

    // referral

    public ReceiveReferral receiveReferral() {
        return receiveReferral(referralId, REFERRED_AT);
    }

    public ReceiveReferral receiveReferral(UUID referral, Instant at) {
        return new ReceiveReferral(careRecordId, referral, ReferralSource.GP, REFERRING_GP,
                "Two falls this winter; husband struggling to cope with personal care", Urgency.SOON, GP, at);
    }

    public ReferralReceived referralReceived() {
        return referralReceived(referralId, REFERRED_AT);
    }

    /** A SOON referral must be answered within seven days. */
    public ReferralReceived referralReceived(UUID referral, Instant at) {
        ReceiveReferral asked = receiveReferral(referral, at);
        return new ReferralReceived(careRecordId, referral, asked.source(), asked.requester(), asked.reason(),
                Urgency.SOON, at.plus(Duration.ofDays(7)), GP, at);
    }

    public AcceptReferral acceptReferral() {
        return new AcceptReferral(careRecordId, referralId, LINKWORKER.userId(), LINKWORKER, ACCEPTED_AT);
    }

    public ReferralAccepted referralAccepted() {
        return new ReferralAccepted(careRecordId, referralId, LINKWORKER.userId(), LINKWORKER, ACCEPTED_AT);
    }

    public CloseReferral closeReferral(ReferralClosure closure, String reason) {
        return new CloseReferral(careRecordId, referralId, closure, reason, LINKWORKER, ACCEPTED_AT);
    }

    public ReferralClosed referralClosed(UUID referral, ReferralClosure closure, String reason, Actor by, Instant at) {
        return new ReferralClosed(careRecordId, referral, closure, reason, by, at);
    }

    private ReferralClosed referralClosed(UUID referral, ReferralClosure closure, String reason) {
        return referralClosed(referral, closure, reason, LINKWORKER, LATER);
    }

    // joint assessment

    public StartJointAssessment startJointAssessment() {
        return new StartJointAssessment(careRecordId, assessmentId, referralId, LINKWORKER.userId(), LINKWORKER, ASSESSMENT_STARTED_AT);
    }

    public JointAssessmentStarted assessmentStarted() {
        return new JointAssessmentStarted(careRecordId, assessmentId, referralId, LINKWORKER.userId(), LINKWORKER, ASSESSMENT_STARTED_AT);
    }

    /** Added by the professional whose discipline it is: the GP's by the GP, social care's (and others') by the linkworker. */
    public AddContribution addContribution(Contribution contribution) {
        return new AddContribution(careRecordId, assessmentId, contribution, contributorOf(contribution), NURSING_CONTRIBUTED_AT);
    }

    public ContributionAdded contributionAdded(Contribution contribution) {
        return new ContributionAdded(careRecordId, assessmentId, contribution, contributorOf(contribution), NURSING_CONTRIBUTED_AT);
    }

    public static Actor contributorOf(Contribution contribution) {
        if (contribution == null || contribution.discipline() == null) {
            return LINKWORKER;
        }
        return switch (contribution.discipline()) {
            case GP -> GP;
            case DISTRICT_NURSING -> DISTRICT_NURSE;
            case SOCIAL_CARE, OCCUPATIONAL_THERAPY, OTHER -> LINKWORKER;
        };
    }

    public ContributionAdded socialCareContributed() {
        return new ContributionAdded(careRecordId, assessmentId, socialCareContribution(), LINKWORKER, SOCIAL_CARE_CONTRIBUTED_AT);
    }

    public ContributionAdded districtNursingContributed() {
        return contributionAdded(districtNursingContribution());
    }

    public CompleteJointAssessment completeJointAssessment() {
        return completeJointAssessment(agreedConclusion());
    }

    public CompleteJointAssessment completeJointAssessment(AssessmentConclusion conclusion) {
        return new CompleteJointAssessment(careRecordId, assessmentId, conclusion, LINKWORKER, ASSESSED_AT);
    }

    /** The eligibility decision is the policy's own (pinned down in EligibilityPolicyTest). */
    public JointAssessmentCompleted assessmentCompleted() {
        return new JointAssessmentCompleted(careRecordId, assessmentId, agreedConclusion(),
                EligibilityPolicy.decide(agreedConclusion()), LINKWORKER, ASSESSED_AT);
    }

    // care package

    public ArrangeCarePackage arrangeCarePackage() {
        return new ArrangeCarePackage(careRecordId, packageId, assessmentId, PACKAGE_STARTS, agreedTerms(), LINKWORKER, PACKAGE_ARRANGED_AT);
    }

    public ArrangeCarePackage arrangeCarePackage(PackageTerms terms) {
        return new ArrangeCarePackage(careRecordId, packageId, assessmentId, PACKAGE_STARTS, terms, LINKWORKER, PACKAGE_ARRANGED_AT);
    }

    public CarePackageArranged packageArranged() {
        return new CarePackageArranged(careRecordId, packageId, assessmentId, PACKAGE_STARTS, agreedTerms(), null, LINKWORKER, PACKAGE_ARRANGED_AT);
    }

    public static final LocalDate REVISED_PACKAGE_STARTS = LocalDate.of(2026, 5, 11);
    public static final String REVISION_REASON = "Review found she cannot get to bed safely alone: evening calls added";

    /** Replaces the package in force with one that adds evening calls, starting 11 May. */
    public ReviseCarePackage reviseCarePackage() {
        return new ReviseCarePackage(careRecordId, revisedPackageId, packageId, assessmentId, REVISED_PACKAGE_STARTS,
                termsWithEveningCalls(), REVISION_REASON, LINKWORKER, LATER);
    }

    public CarePackageRevised packageRevised() {
        return new CarePackageRevised(careRecordId, revisedPackageId, packageId, assessmentId, REVISED_PACKAGE_STARTS,
                termsWithEveningCalls(), REVISION_REASON, LINKWORKER, LATER);
    }

    /** The revised package's first review, six to eight weeks after 11 May, scheduled as a change's. */
    public ReviewScheduled revisedPackageFirstReviewScheduled() {
        return reviewScheduled(revisedPackageId, LocalDate.of(2026, 6, 22), LocalDate.of(2026, 7, 6),
                ReviewTrigger.PACKAGE_CHANGED, LINKWORKER, LATER);
    }

    public ReviewScheduled firstReviewScheduled() {
        return reviewScheduled(packageId, FIRST_REVIEW_FROM, FIRST_REVIEW_BY, ReviewTrigger.PACKAGE_STARTED, LINKWORKER, PACKAGE_ARRANGED_AT);
    }

    public UUID firstReviewId() {
        return ReviewSchedule.scheduledReviewId(packageId, FIRST_REVIEW_BY);
    }

    /** A review the schedule raises itself: its id comes from the package and the due date. */
    public ReviewScheduled reviewScheduled(UUID packageInForce, LocalDate dueFrom, LocalDate dueBy, ReviewTrigger trigger, Actor by, Instant at) {
        return new ReviewScheduled(careRecordId, ReviewSchedule.scheduledReviewId(packageInForce, dueBy), packageInForce,
                dueFrom, dueBy, trigger, by, at);
    }

    public AmendCarePackage amendCarePackage(LocalDate effectiveFrom) {
        return new AmendCarePackage(careRecordId, packageId, effectiveFrom, termsWithEveningCalls(),
                "Evening calls added: Margaret cannot get to bed safely alone", LINKWORKER, LATER);
    }

    public CarePackageAmended packageAmended(LocalDate effectiveFrom) {
        return new CarePackageAmended(careRecordId, packageId, effectiveFrom, termsWithEveningCalls(),
                "Evening calls added: Margaret cannot get to bed safely alone", LINKWORKER, LATER);
    }

    public SuspendCarePackage suspendCarePackage() {
        return new SuspendCarePackage(careRecordId, packageId, "Two weeks with her daughter in Leeds", LINKWORKER, LATER);
    }

    public CarePackageSuspended packageSuspendedByHand() {
        return new CarePackageSuspended(careRecordId, packageId, "Two weeks with her daughter in Leeds", null, LINKWORKER, LATER);
    }

    public CarePackageSuspended packageSuspendedOnAdmission() {
        return new CarePackageSuspended(careRecordId, packageId, "Admitted to hospital", admissionId, DISCHARGE_COORDINATOR, ADMISSION_RECORDED_AT);
    }

    public ResumeCarePackage resumeCarePackage() {
        return new ResumeCarePackage(careRecordId, packageId, LINKWORKER, LATER);
    }

    public CarePackageResumed packageResumed() {
        return new CarePackageResumed(careRecordId, packageId, LINKWORKER, LATER);
    }

    public EndCarePackage endCarePackage() {
        return new EndCarePackage(careRecordId, packageId, "Margaret manages with Tom and the lunch club now", LINKWORKER, LATER);
    }

    public CarePackageEnded packageEnded(String reason) {
        return new CarePackageEnded(careRecordId, packageId, reason, LINKWORKER, LATER);
    }

    // hospital

    public RecordHospitalAdmission recordAdmission() {
        return new RecordHospitalAdmission(careRecordId, admissionId, emergencyAdmission(ADMITTED_AT), DISCHARGE_COORDINATOR, ADMISSION_RECORDED_AT);
    }

    public PersonAdmittedToHospital admitted() {
        return new PersonAdmittedToHospital(careRecordId, admissionId, emergencyAdmission(ADMITTED_AT), REGISTERED_PRACTICE,
                false, null, DISCHARGE_COORDINATOR, ADMISSION_RECORDED_AT);
    }

    public RecordHospitalAdmission recordReadmission(Instant admittedAt) {
        return new RecordHospitalAdmission(careRecordId, readmissionId, emergencyAdmission(admittedAt), DISCHARGE_COORDINATOR, admittedAt);
    }

    public AcknowledgeAdmissionNotice acknowledgeAdmissionNotice(Actor by) {
        return new AcknowledgeAdmissionNotice(careRecordId, admissionId, by, LATER);
    }

    public AdmissionNoticeAcknowledged admissionNoticeAcknowledged() {
        return new AdmissionNoticeAcknowledged(careRecordId, admissionId, PRACTICE_RECEPTION, LATER);
    }

    public PlanDischarge planDischarge(LocalDate expectedDate) {
        return new PlanDischarge(careRecordId, admissionId, dischargePlan(expectedDate), DISCHARGE_COORDINATOR, DISCHARGE_PLANNED_AT);
    }

    public DischargePlanned dischargePlannedOn(LocalDate expectedDate) {
        return new DischargePlanned(careRecordId, admissionId, dischargePlan(expectedDate), DISCHARGE_COORDINATOR, DISCHARGE_PLANNED_AT);
    }

    public RecordDischarge recordDischarge() {
        return recordDischarge(dischargeHome(DISCHARGED_AT, null));
    }

    public RecordDischarge recordDischarge(DischargeSummary summary) {
        return new RecordDischarge(careRecordId, admissionId, summary, DISCHARGE_COORDINATOR, DISCHARGE_RECORDED_AT);
    }

    public PersonDischargedFromHospital discharged() {
        return new PersonDischargedFromHospital(careRecordId, admissionId, dischargeHome(DISCHARGED_AT, null),
                PLANNED_DISCHARGE_DATE, 0, DISCHARGE_COORDINATOR, DISCHARGE_RECORDED_AT);
    }

    public DischargeNoticeRaised dischargeNoticeRaised() {
        return new DischargeNoticeRaised(careRecordId, admissionId, REGISTERED_PRACTICE, DISCHARGE_COORDINATOR, DISCHARGE_RECORDED_AT);
    }

    public AcknowledgeDischargeNotice acknowledgeDischargeNotice(Actor by) {
        return new AcknowledgeDischargeNotice(careRecordId, admissionId, by, LATER);
    }

    public DischargeNoticeAcknowledged dischargeNoticeAcknowledged() {
        return new DischargeNoticeAcknowledged(careRecordId, admissionId, PRACTICE_RECEPTION, LATER);
    }

    /** The discharge summary as it should have read: the medication dose put right. */
    public static DischargeSummary correctedSummary() {
        DischargeSummary recorded = CareDetails.dischargeHome(DISCHARGED_AT, null);
        return new DischargeSummary(recorded.dischargedAt(), recorded.destination(), recorded.clinicalSummary(),
                List.of(new MedicationChange("Trimethoprim", MedicationChangeKind.STARTED, "100 mg twice daily for three more days")),
                recorded.followUpActions(), recorded.informationGiven(), recorded.delayReason());
    }

    public CorrectDischargeSummary correctDischargeSummary(Actor by, Instant at) {
        return new CorrectDischargeSummary(careRecordId, admissionId, correctedSummary(), CORRECTION_REASON, by, at);
    }

    public DischargeSummaryCorrected dischargeSummaryCorrected(Instant at) {
        return new DischargeSummaryCorrected(careRecordId, admissionId, correctedSummary(), CORRECTION_REASON,
                REGISTERED_PRACTICE, DISCHARGE_COORDINATOR, at);
    }

    // work after the discharge

    public RecordNursingVisit recordNursingVisit(UUID visit, Instant visitedAt) {
        return new RecordNursingVisit(careRecordId, visit, admissionId, visitedAt, VISIT_NOTES, DISTRICT_NURSE, LATER);
    }

    public NursingVisitRecorded nursingVisitRecorded(UUID visit, boolean first, Instant visitedAt) {
        return new NursingVisitRecorded(careRecordId, visit, admissionId, first, visitedAt, VISIT_NOTES, DISTRICT_NURSE, LATER);
    }

    public RecordSocialCareFollowUp recordSocialCareFollowUp() {
        return new RecordSocialCareFollowUp(careRecordId, admissionId, FOLLOWED_UP_AT, FOLLOW_UP_OUTCOME, LINKWORKER, LATER);
    }

    public SocialCareFollowUpRecorded socialCareFollowUpRecorded() {
        return new SocialCareFollowUpRecorded(careRecordId, admissionId, FOLLOWED_UP_AT, FOLLOW_UP_OUTCOME, LINKWORKER, LATER);
    }

    // carers (Care Act 2014 s.10)

    public static final NamedCarer TOM = new NamedCarer("Tom Hill", "husband", "07700 900461");
    public static final Instant CARERS_ASSESSMENT_REQUESTED_AT = Instant.parse("2026-03-10T11:00:00Z");
    public static final LocalDate CARER_ASSESSED_ON = LocalDate.of(2026, 3, 20);
    public static final Instant CARERS_ASSESSMENT_RECORDED_AT = Instant.parse("2026-03-20T16:00:00Z");
    public static final LocalDate CARER_SUPPORT_STARTS = LocalDate.of(2026, 3, 23);
    public static final Instant CARER_SUPPORT_ARRANGED_AT = Instant.parse("2026-03-21T10:00:00Z");
    public static final String CARER_SUPPORT_PLAN = "A carers' centre break every other Thursday; a carer's emergency card";

    /** Tom's sleep is broken every night and he has not been out on his own for months: eligible. */
    public static CarersAssessmentFindings carerStruggling() {
        return new CarersAssessmentFindings(true, true, List.of(
                new CarerOutcomeAssessment(CarerOutcome.RECREATIONAL_ACTIVITIES, false,
                        CarerUnableReason.CANNOT_WITHOUT_ASSISTANCE, "Has not been to his bowls club since October"),
                new CarerOutcomeAssessment(CarerOutcome.MANAGING_AND_MAINTAINING_NUTRITION, true, null, null)),
                true, true, "I want to keep looking after her, but I need a night's sleep.");
    }

    /** A carer who manages well: not eligible. */
    public static CarersAssessmentFindings carerCoping() {
        return new CarersAssessmentFindings(true, false, List.of(
                new CarerOutcomeAssessment(CarerOutcome.RECREATIONAL_ACTIVITIES, true, null, null)),
                false, true, "We manage; I would like to know who to call if I am ill.");
    }

    /** The package is in place and Tom, her husband, has asked for a carer's assessment. */
    public List<Object> carerAwaitingAssessment() {
        return then(packageInPlace(), carersAssessmentRequested());
    }

    public List<Object> carerAssessed() {
        return then(carerAwaitingAssessment(), carersAssessmentCarriedOut(carerStruggling()));
    }

    public RequestCarersAssessment requestCarersAssessment() {
        return new RequestCarersAssessment(careRecordId, carersAssessmentId, TOM, GP, CARERS_ASSESSMENT_REQUESTED_AT);
    }

    public CarersAssessmentRequested carersAssessmentRequested() {
        return new CarersAssessmentRequested(careRecordId, carersAssessmentId, TOM, GP, CARERS_ASSESSMENT_REQUESTED_AT);
    }

    public CarryOutCarersAssessment carryOutCarersAssessment(CarersAssessmentFindings findings) {
        return new CarryOutCarersAssessment(careRecordId, carersAssessmentId, CARER_ASSESSED_ON, findings, LINKWORKER,
                CARERS_ASSESSMENT_RECORDED_AT);
    }

    public CarersAssessmentCarriedOut carersAssessmentCarriedOut(CarersAssessmentFindings findings) {
        return new CarersAssessmentCarriedOut(careRecordId, carersAssessmentId, CARER_ASSESSED_ON, findings,
                CarersEligibilityPolicy.decide(findings), LINKWORKER, CARERS_ASSESSMENT_RECORDED_AT);
    }

    /** Home care in Margaret's package gives Tom his evenings. */
    public ArrangeCarerSupport arrangeCarerSupportInPackage() {
        return new ArrangeCarerSupport(careRecordId, carersAssessmentId, CarerSupportKind.SERVICE_IN_PACKAGE, packageId,
                ServiceType.HOME_CARE, null, CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT);
    }

    public CarerSupportArranged carerSupportArrangedInPackage() {
        return new CarerSupportArranged(careRecordId, carersAssessmentId, CarerSupportKind.SERVICE_IN_PACKAGE, packageId,
                ServiceType.HOME_CARE, null, CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT);
    }

    public ArrangeCarerSupport arrangeOwnCarerSupportPlan() {
        return new ArrangeCarerSupport(careRecordId, carersAssessmentId, CarerSupportKind.OWN_SUPPORT_PLAN, null, null,
                CARER_SUPPORT_PLAN, CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT);
    }

    public CarerSupportArranged ownCarerSupportPlanArranged() {
        return new CarerSupportArranged(careRecordId, carersAssessmentId, CarerSupportKind.OWN_SUPPORT_PLAN, null, null,
                CARER_SUPPORT_PLAN, CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT);
    }

    // review

    public ScheduleReview scheduleReview(UUID reviewId, LocalDate dueBy, ReviewTrigger trigger) {
        return new ScheduleReview(careRecordId, reviewId, dueBy, trigger, LINKWORKER, LATER);
    }

    public CompleteReview completeFirstReview(ReviewOutcome outcome) {
        return new CompleteReview(careRecordId, firstReviewId(), REVIEWED_ON, reviewFindings(outcome), LINKWORKER, REVIEW_RECORDED_AT);
    }

    public ReviewCompleted reviewCompleted(ReviewOutcome outcome) {
        return new ReviewCompleted(careRecordId, firstReviewId(), packageId, REVIEWED_ON, reviewFindings(outcome), LINKWORKER, REVIEW_RECORDED_AT);
    }

    /** Twelve months after the review, opening four weeks before. */
    public ReviewScheduled annualReviewScheduled() {
        return reviewScheduled(packageId, LocalDate.of(2027, 4, 8), LocalDate.of(2027, 5, 6), ReviewTrigger.ANNUAL,
                LINKWORKER, REVIEW_RECORDED_AT);
    }

    // emergency access

    public RecordEmergencyAccess recordEmergencyAccess(Duration duration) {
        return new RecordEmergencyAccess(careRecordId, accessId, "Found collapsed at home; out-of-hours GP needs her medication",
                duration, GP_ELSEWHERE, LATER);
    }

    public EmergencyAccessGranted emergencyAccessGranted(Duration duration) {
        return new EmergencyAccessGranted(careRecordId, accessId, "Found collapsed at home; out-of-hours GP needs her medication",
                LATER.plus(duration), GP_ELSEWHERE, LATER);
    }

    // closure

    public CloseCareRecord closeCareRecord(ClosureReason reason) {
        return new CloseCareRecord(careRecordId, reason, "Managing at home with her daughter's help", LINKWORKER, LATER);
    }

    public CareRecordClosed recordClosed() {
        return new CareRecordClosed(careRecordId, ClosureReason.NO_LONGER_NEEDS_SERVICES, "Managing at home with her daughter's help",
                LINKWORKER, LATER);
    }

    public CareRecordReopened reopenedBy(UUID referral, Instant at) {
        return new CareRecordReopened(careRecordId, referral, GP, at);
    }

    // death

    public static final LocalDate DATE_OF_DEATH = LocalDate.of(2026, 4, 30);
    public static final String DIED = "The person died on 2026-04-30";

    public RecordDeath recordDeath(Actor by) {
        return new RecordDeath(careRecordId, DATE_OF_DEATH, by, LATER);
    }

    public PersonDied personDied(Actor by) {
        return new PersonDied(careRecordId, DATE_OF_DEATH, REGISTERED_PRACTICE, null, by, LATER);
    }

    public CareRecordClosed closedOnDeath(Actor by) {
        return new CareRecordClosed(careRecordId, ClosureReason.DIED, null, by, LATER);
    }

    public AcknowledgeDeathNotice acknowledgeDeathNotice(Actor by) {
        return new AcknowledgeDeathNotice(careRecordId, by, LATER);
    }

    public DeathNoticeAcknowledged deathNoticeAcknowledged(Actor by) {
        return new DeathNoticeAcknowledged(careRecordId, by, LATER);
    }

    // entered in error: where the journey's entries stand in its history

    public static final long SEQUENCE_OF_REFERRAL = 1;
    public static final long SEQUENCE_OF_SOCIAL_CARE_CONTRIBUTION = 4;
    public static final long SEQUENCE_OF_NURSING_CONTRIBUTION = 5;
    public static final long SEQUENCE_OF_ADMISSION = 9;
    /** The first nursing visit after {@link #dischargedHome()}. */
    public static final long SEQUENCE_OF_VISIT = 14;
    public static final String WRONG_PERSON = "Recorded on the wrong Margaret: this is Margaret Ellis of Combe Road";

    public MarkEnteredInError markEnteredInError(long sequenceNumber, Actor by) {
        return new MarkEnteredInError(careRecordId, sequenceNumber, WRONG_PERSON, by, LATER);
    }

    public EntryMarkedEnteredInError enteredInError(long sequenceNumber, EntryKind kind, UUID entryId,
                                                    Discipline discipline, Actor by) {
        return enteredInError(sequenceNumber, kind, entryId, discipline,
                kind == EntryKind.HOSPITAL_ADMISSION ? admissionId : null, false, by);
    }

    /** A nursing visit's marking: the discharge it followed up, and whether that discharge now waits for its first visit again. */
    public EntryMarkedEnteredInError visitEnteredInError(long sequenceNumber, UUID visit, boolean followUpUndone, Actor by) {
        return enteredInError(sequenceNumber, EntryKind.NURSING_VISIT, visit, null, admissionId, followUpUndone, by);
    }

    public EntryMarkedEnteredInError enteredInError(long sequenceNumber, EntryKind kind, UUID entryId, Discipline discipline,
                                                    UUID admission, boolean followUpUndone, Actor by) {
        return new EntryMarkedEnteredInError(careRecordId, sequenceNumber, kind, entryId, discipline, admission,
                followUpUndone, WRONG_PERSON, by, LATER);
    }

    // erasure

    public EraseRecord eraseRecord(ErasureGround ground, Instant at) {
        return new EraseRecord(careRecordId, ground, Professionals.PRIVACY_OFFICER, at);
    }

    public RecordErased recordErased(ErasureGround ground, Instant at) {
        return new RecordErased(careRecordId, ground, Professionals.PRIVACY_OFFICER, at);
    }
}
