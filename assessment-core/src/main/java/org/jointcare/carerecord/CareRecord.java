package org.jointcare.carerecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.access.RecordEmergencyAccess;
import org.jointcare.carerecord.assessment.AddContribution;
import org.jointcare.carerecord.assessment.AssessmentContentPolicy;
import org.jointcare.carerecord.assessment.CompleteJointAssessment;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.Discipline;
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
import org.jointcare.carerecord.carepackage.NewCarePackage;
import org.jointcare.carerecord.carepackage.PackageTermsPolicy;
import org.jointcare.carerecord.carepackage.ResumeCarePackage;
import org.jointcare.carerecord.carepackage.ReviseCarePackage;
import org.jointcare.carerecord.carepackage.SuspendCarePackage;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.ArrangeCarerSupport;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.carers.CarersEligibilityPolicy;
import org.jointcare.carerecord.carers.CarryOutCarersAssessment;
import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.carers.RequestCarersAssessment;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.closure.CloseCareRecord;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.death.AcknowledgeDeathNotice;
import org.jointcare.carerecord.death.AfterDeathPolicy;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.death.RecordDeath;
import org.jointcare.carerecord.enteredinerror.EntryKind;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.enteredinerror.MarkEnteredInError;
import org.jointcare.carerecord.erasure.EraseRecord;
import org.jointcare.carerecord.erasure.ErasureGround;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.RecordNursingVisit;
import org.jointcare.carerecord.followup.RecordSocialCareFollowUp;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.CorrectDischargeSummary;
import org.jointcare.carerecord.hospital.DischargeCorrectionPolicy;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.hospital.PlanDischarge;
import org.jointcare.carerecord.hospital.ReadmissionPolicy;
import org.jointcare.carerecord.hospital.RecordDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.referral.CloseReferral;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.AssignNursingTeam;
import org.jointcare.carerecord.registration.NhsNumberRegistry;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.ChangePersonDetails;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonDetailsDifference;
import org.jointcare.carerecord.registration.MoveToAnotherPractice;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewSchedule;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.carerecord.review.ScheduleReview;

/**
 * One person's care record: every fact about them, in order, from registration to closure.
 * Command handlers decide (check the rules, then apply events); state changes only in the
 * event sourcing handlers below them. A refused command throws {@link CareRuleViolation} and
 * applies nothing.
 *
 * <p>The revision is that of the record's own state as a snapshot stores it. Axon skips a
 * snapshot of any other revision and rebuilds the record from its events, so a snapshot taken
 * before a field was added is never read with that field missing. Whenever the state's fields
 * change, raise it ({@code CareRecordSnapshotShapeTest} fails until it is raised).
 */
@Revision(CareRecord.SNAPSHOT_REVISION)
public class CareRecord {

    /** The shape of the state a snapshot holds; see the class comment. */
    public static final String SNAPSHOT_REVISION = "11";

    /**
     * How long a closed record is kept before it may be erased at the end of its retention period:
     * the records-management code's period for adult health and social care records (8 years after
     * care ended or the person died).
     */
    public static final java.time.Period RETENTION_AFTER_CLOSURE = java.time.Period.ofYears(8);

    static final Duration LONGEST_EMERGENCY_ACCESS = Duration.ofHours(12);
    static final String SUSPENDED_WHILE_IN_HOSPITAL = "In hospital when the package was arranged";

    @AggregateIdentifier
    private UUID careRecordId;
    private String registeredPracticeCode;
    /** The person's details as they now stand, to tell what a change changes. */
    private PersonDetails person;
    private Instant registeredAt;
    private String nursingTeamCode;
    private boolean closed;
    /** When the record was last closed (null while open): the retention period runs from here. */
    private Instant closedAt;
    /** Erased: nothing more is recorded, and the person's details are no longer held. */
    private boolean erased;
    /** The date the person died (null while alive): from then on the record is read and corrected only ({@link AfterDeathPolicy}). */
    private LocalDate dateOfDeath;
    /** The organisations that have acknowledged the death notice. */
    private Set<String> deathNoticeAcknowledgedBy = new HashSet<>();
    /** The entries that can be marked entered in error, by their event's sequence number on the record. */
    private Map<Long, Entry> entries = new HashMap<>();
    /** The organisation that recorded the person's refusal to share, while that refusal stands; else null. */
    private String consentRefusedBy;

    private Map<UUID, ReferralStatus> referrals = new HashMap<>();
    private Map<UUID, Assessment> assessments = new HashMap<>();
    private UUID assessmentInProgress;
    private Map<UUID, CarePackage> packages = new HashMap<>();
    private UUID packageInForce;
    private Map<UUID, HospitalStay> hospitalStays = new HashMap<>();
    private UUID openAdmission;
    private UUID lastDischargedAdmission;
    private Map<UUID, Boolean> reviewsCompleted = new HashMap<>();
    private Set<UUID> nursingVisits = new HashSet<>();
    private Map<UUID, CarersAssessment> carersAssessments = new HashMap<>();
    private UUID outstandingReview;
    /** The date from which the twelve-month review limit runs: the last review, or the package's start or change. */
    private LocalDate reviewClockStartedOn;

    enum ReferralStatus { RECEIVED, ACCEPTED, ASSESSED, CLOSED, ENTERED_IN_ERROR }

    /**
     * An entry that can be marked entered in error: its kind, the id views know it by, who recorded
     * it, and for a visit the discharge it followed up (null otherwise) and for a contribution its discipline.
     */
    record Entry(EntryKind kind, UUID entryId, Discipline discipline, UUID followedUpAdmission,
                 String recordedByUser, String recordedByOrganisation, boolean inError) {

        Entry markedInError() {
            return new Entry(kind, entryId, discipline, followedUpAdmission, recordedByUser, recordedByOrganisation, true);
        }
    }

    enum PackageStatus { ACTIVE, SUSPENDED, OVER }

    enum AssessmentStatus { IN_PROGRESS, COMPLETED, DROPPED_ON_CLOSURE }

    record Assessment(UUID referralId, List<Discipline> contributors, AssessmentStatus status, LocalDate completedOn) {

        Assessment withStatus(AssessmentStatus newStatus) {
            return new Assessment(referralId, contributors, newStatus, completedOn);
        }
    }

    /**
     * A package's state, with the types of service it holds (a carer may be supported by one of them);
     * {@code suspendedByAdmission}: the admission that suspended it, while it is so suspended.
     */
    record CarePackage(PackageStatus status, LocalDate startDate, Set<ServiceType> services, UUID suspendedByAdmission) {

        CarePackage withStatus(PackageStatus newStatus) {
            return new CarePackage(newStatus, startDate, services, null);
        }

        CarePackage suspendedBy(UUID admissionId) {
            return new CarePackage(PackageStatus.SUSPENDED, startDate, services, admissionId);
        }

        CarePackage withServicesOf(PackageTerms terms) {
            return new CarePackage(status, startDate, servicesOf(terms), suspendedByAdmission);
        }

        static Set<ServiceType> servicesOf(PackageTerms terms) {
            Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
            terms.services().forEach(service -> types.add(service.type()));
            return types;
        }
    }

    enum CarersAssessmentStatus { REQUESTED, CARRIED_OUT, WITHDRAWN_ON_CLOSURE }

    /**
     * A carer's assessment: whose (the carer's name as it was given, to tell a second request for the
     * same carer), where it stands, and whether support was arranged from it.
     */
    record CarersAssessment(String carerName, CarersAssessmentStatus status, LocalDate requestedOn,
                            LocalDate carriedOutOn, boolean supported) {
    }

    record HospitalStay(
            Instant admittedAt,
            String notifiedPracticeCode,
            boolean admissionNoticeAcknowledged,
            LocalDate plannedDischargeDate,
            Instant dischargedAt,
            String dischargeNoticePracticeCode,
            boolean dischargeNoticeAcknowledged,
            Instant dischargeRecordedAt,
            String dischargedByOrganisation,
            boolean nursingVisited,
            boolean socialCareFollowedUp) {

        static HospitalStay admitted(Instant admittedAt, String notifiedPracticeCode) {
            return new HospitalStay(admittedAt, notifiedPracticeCode, false, null, null, null, false,
                    null, null, false, false);
        }

        HospitalStay admissionNoticeAcknowledgedNow() {
            return new HospitalStay(admittedAt, notifiedPracticeCode, true, plannedDischargeDate,
                    dischargedAt, dischargeNoticePracticeCode, dischargeNoticeAcknowledged,
                    dischargeRecordedAt, dischargedByOrganisation, nursingVisited, socialCareFollowedUp);
        }

        HospitalStay plannedFor(LocalDate planned) {
            return new HospitalStay(admittedAt, notifiedPracticeCode, admissionNoticeAcknowledged, planned,
                    dischargedAt, dischargeNoticePracticeCode, dischargeNoticeAcknowledged,
                    dischargeRecordedAt, dischargedByOrganisation, nursingVisited, socialCareFollowedUp);
        }

        HospitalStay dischargedAt(Instant at, Instant recordedAt, String byOrganisation) {
            return new HospitalStay(admittedAt, notifiedPracticeCode, admissionNoticeAcknowledged, plannedDischargeDate,
                    at, dischargeNoticePracticeCode, dischargeNoticeAcknowledged,
                    recordedAt, byOrganisation, nursingVisited, socialCareFollowedUp);
        }

        /** A new or amended discharge notice: the practice acknowledges it afresh. */
        HospitalStay dischargeNoticeSentTo(String practiceCode) {
            return new HospitalStay(admittedAt, notifiedPracticeCode, admissionNoticeAcknowledged, plannedDischargeDate,
                    dischargedAt, practiceCode, false,
                    dischargeRecordedAt, dischargedByOrganisation, nursingVisited, socialCareFollowedUp);
        }

        HospitalStay dischargeNoticeAcknowledgedNow() {
            return new HospitalStay(admittedAt, notifiedPracticeCode, admissionNoticeAcknowledged, plannedDischargeDate,
                    dischargedAt, dischargeNoticePracticeCode, true,
                    dischargeRecordedAt, dischargedByOrganisation, nursingVisited, socialCareFollowedUp);
        }

        HospitalStay waitingNoticesSentTo(String practiceCode) {
            return new HospitalStay(admittedAt, admissionNoticeAcknowledged ? notifiedPracticeCode : practiceCode,
                    admissionNoticeAcknowledged, plannedDischargeDate, dischargedAt,
                    dischargeNoticePracticeCode == null || dischargeNoticeAcknowledged ? dischargeNoticePracticeCode : practiceCode,
                    dischargeNoticeAcknowledged, dischargeRecordedAt, dischargedByOrganisation, nursingVisited, socialCareFollowedUp);
        }

        HospitalStay visitedByNurse() {
            return new HospitalStay(admittedAt, notifiedPracticeCode, admissionNoticeAcknowledged, plannedDischargeDate,
                    dischargedAt, dischargeNoticePracticeCode, dischargeNoticeAcknowledged,
                    dischargeRecordedAt, dischargedByOrganisation, true, socialCareFollowedUp);
        }

        HospitalStay notVisitedByNurse() {
            return new HospitalStay(admittedAt, notifiedPracticeCode, admissionNoticeAcknowledged, plannedDischargeDate,
                    dischargedAt, dischargeNoticePracticeCode, dischargeNoticeAcknowledged,
                    dischargeRecordedAt, dischargedByOrganisation, false, socialCareFollowedUp);
        }

        HospitalStay followedUpBySocialCare() {
            return new HospitalStay(admittedAt, notifiedPracticeCode, admissionNoticeAcknowledged, plannedDischargeDate,
                    dischargedAt, dischargeNoticePracticeCode, dischargeNoticeAcknowledged,
                    dischargeRecordedAt, dischargedByOrganisation, nursingVisited, true);
        }
    }

    protected CareRecord() {
        // required by Axon to rebuild the record from its events
    }

    // ---------------------------------------------------------------- registration

    @CommandHandler
    public CareRecord(RegisterPerson command, NhsNumberRegistry nhsNumbers) {
        requireWhoAndWhen(command);
        PersonDetails person = command.person();
        CareRule.PERSON_DETAILS_INCOMPLETE.require(person != null
                && hasText(person.givenName()) && hasText(person.familyName())
                && hasText(person.registeredPracticeCode()) && hasText(person.locality())
                && person.dateOfBirth() != null);
        RecordTimeline.requireBornOn("person.dateOfBirth", person.dateOfBirth(), command.at());
        if (command.nhsNumber() != null) {
            CareRule.NHS_NUMBER_ALREADY_REGISTERED.require(nhsNumbers.claim(command.nhsNumber(), command.careRecordId()),
                    "A care record already exists for NHS number " + command.nhsNumber() + ".");
        }
        apply(new PersonRegistered(command.careRecordId(), command.nhsNumber(), person, command.by(), command.at()));
    }

    /** Rules every command on an existing record obeys: it names who and when, and a closed record only takes a new referral. */
    @CommandHandlerInterceptor
    public Object everyCommandNamesWhoAndWhen(CareRecordCommand command, InterceptorChain chain) throws Exception {
        requireWhoAndWhen(command);
        if (erased) {
            throw new CareRuleViolation(CareRule.RECORD_ERASED);
        }
        if (dateOfDeath != null) {
            AfterDeathPolicy.check(command, dateOfDeath);
            return chain.proceed();
        }
        if (closed && !(command instanceof ReceiveReferral) && !(command instanceof EraseRecord)
                && !(command instanceof RecordDeath) && !(command instanceof MarkEnteredInError)) {
            throw new CareRuleViolation(CareRule.RECORD_CLOSED);
        }
        return chain.proceed();
    }

    @CommandHandler
    public void handle(ChangePersonDetails command) {
        PersonDetails changed = command.person();
        CareRule.PERSON_DETAILS_INCOMPLETE.require(changed != null
                && hasText(changed.givenName()) && hasText(changed.familyName())
                && hasText(changed.registeredPracticeCode()) && hasText(changed.locality())
                && changed.dateOfBirth() != null);
        RecordTimeline.requireBornOn("person.dateOfBirth", changed.dateOfBirth(), command.at());
        CareRule.PRACTICE_CHANGED_BY_MOVE_ONLY.require(changed.registeredPracticeCode().equals(registeredPracticeCode));
        CareRule.CHANGE_REASON_REQUIRED.require(hasText(command.reason()));
        List<String> what = PersonDetailsDifference.between(person, changed);
        CareRule.PERSON_DETAILS_UNCHANGED.require(!what.isEmpty());
        apply(new PersonDetailsChanged(careRecordId, changed, what, command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(MoveToAnotherPractice command) {
        CareRule.PRACTICE_REQUIRED.require(hasText(command.practiceCode()));
        CareRule.ALREADY_AT_PRACTICE.require(!command.practiceCode().equals(registeredPracticeCode));
        apply(new PersonMovedPractice(careRecordId, registeredPracticeCode, command.practiceCode(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(AssignNursingTeam command) {
        CareRule.NURSING_TEAM_REQUIRED.require(hasText(command.nursingTeamCode()));
        if (!command.nursingTeamCode().equals(nursingTeamCode)) {
            apply(new NursingTeamAssigned(careRecordId, command.nursingTeamCode(), command.by(), command.at()));
        }
    }

    // ---------------------------------------------------------------- consent

    @CommandHandler
    public void handle(RecordConsent command) {
        CareRule.CONSENT_DECISION_REQUIRED.require(command.decision() != null);
        CareRule.CONSENT_CHANGE_NOT_PERMITTED.require(mayChangeConsent(command.by()),
                "The person refused consent to share (recorded by " + consentRefusedBy + "): only " + consentRefusedBy
                        + " or the registered practice " + registeredPracticeCode + " can record a later decision.");
        CareRule.CONSENT_LIMITS_REQUIRED.require(
                command.decision() != ConsentDecision.AGREED_WITH_LIMITS || hasText(command.limits()));
        apply(new ConsentRecorded(careRecordId, command.decision(), command.limits(), command.by(), command.at()));
    }

    /**
     * Anyone with a relationship may record consent; once the person has refused, only the
     * organisation that recorded the refusal (it alone still sees the record) and the person's
     * registered GP practice (the person tells whoever they see, and the practice holds the
     * lifelong record) may record a later decision.
     */
    private boolean mayChangeConsent(Actor by) {
        return consentRefusedBy == null
                || consentRefusedBy.equals(by.organisationCode())
                || (by.role() == Role.GP_PRACTICE && by.organisationCode().equals(registeredPracticeCode));
    }

    // ---------------------------------------------------------------- referral

    @CommandHandler
    public void handle(ReceiveReferral command) {
        CareRule.REFERRAL_DETAILS_INCOMPLETE.require(command.referralId() != null && command.source() != null
                && command.requester() != null && hasText(command.requester().name())
                && hasText(command.reason()) && command.urgency() != null);
        CareRule.REFERRAL_ALREADY_RECEIVED.require(!referrals.containsKey(command.referralId()));
        if (closed) {
            apply(new CareRecordReopened(careRecordId, command.referralId(), command.by(), command.at()));
        }
        apply(new ReferralReceived(careRecordId, command.referralId(), command.source(), command.requester(),
                command.reason(), command.urgency(), command.at().plus(command.urgency().responseTarget()),
                command.by(), command.at()));
    }

    @CommandHandler
    public void handle(AcceptReferral command) {
        requireAwaitingScreening(command.referralId());
        CareRule.LINKWORKER_REQUIRED.require(hasText(command.linkworkerUserId()));
        apply(new ReferralAccepted(careRecordId, command.referralId(), command.linkworkerUserId(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(CloseReferral command) {
        requireAwaitingScreening(command.referralId());
        CareRule.REFERRAL_CLOSURE_REASON_REQUIRED.require(command.closure() != null
                && command.closure() != ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE
                && hasText(command.reason()));
        apply(new ReferralClosed(careRecordId, command.referralId(), command.closure(), command.reason(), command.by(), command.at()));
    }

    private void requireAwaitingScreening(UUID referralId) {
        ReferralStatus status = referrals.get(referralId);
        CareRule.REFERRAL_UNKNOWN.require(status != null);
        CareRule.REFERRAL_NOT_AWAITING_SCREENING.require(status == ReferralStatus.RECEIVED);
    }

    // ---------------------------------------------------------------- joint assessment

    @CommandHandler
    public void handle(StartJointAssessment command) {
        CareRule.ASSESSMENT_LEAD_REQUIRED.require(command.assessmentId() != null && hasText(command.leadAssessorUserId()));
        CareRule.ASSESSMENT_ALREADY_IN_PROGRESS.require(assessmentInProgress == null
                && !assessments.containsKey(command.assessmentId()));
        ReferralStatus referral = referrals.get(command.referralId());
        CareRule.REFERRAL_UNKNOWN.require(referral != null);
        CareRule.ASSESSMENT_NEEDS_ACCEPTED_REFERRAL.require(referral == ReferralStatus.ACCEPTED);
        apply(new JointAssessmentStarted(careRecordId, command.assessmentId(), command.referralId(),
                command.leadAssessorUserId(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(AddContribution command) {
        requireInProgress(command.assessmentId());
        AssessmentContentPolicy.checkContribution(command.contribution(), command.by());
        apply(new ContributionAdded(careRecordId, command.assessmentId(), command.contribution(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(CompleteJointAssessment command) {
        Assessment assessment = requireInProgress(command.assessmentId());
        CareRule.ASSESSMENT_NEEDS_HEALTH_AND_SOCIAL_CARE.require(AssessmentContentPolicy.isJoint(assessment.contributors()));
        AssessmentContentPolicy.checkConclusion(command.conclusion());
        apply(new JointAssessmentCompleted(careRecordId, command.assessmentId(), command.conclusion(),
                EligibilityPolicy.decide(command.conclusion()), command.by(), command.at()));
    }

    private Assessment requireInProgress(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        CareRule.ASSESSMENT_UNKNOWN.require(assessment != null);
        CareRule.ASSESSMENT_NOT_IN_PROGRESS.require(assessment.status() == AssessmentStatus.IN_PROGRESS);
        return assessment;
    }

    // ---------------------------------------------------------------- care package

    /** A first package, or a new one after the last ended; a package in force is replaced only by revising it. */
    @CommandHandler
    public void handle(ArrangeCarePackage command) {
        CareRule.PACKAGE_DETAILS_INCOMPLETE.require(command.packageId() != null);
        CareRule.PACKAGE_ALREADY_ARRANGED.require(!packages.containsKey(command.packageId()));
        CareRule.PACKAGE_ALREADY_IN_FORCE.require(packageInForce == null);
        Assessment assessment = requireCompletedAssessment(command.assessmentId());
        requirePackageStart(command.startDate(), assessment, command);
        PackageTermsPolicy.check(command.terms());
        apply(new CarePackageArranged(careRecordId, command.packageId(), command.assessmentId(), command.startDate(),
                command.terms(), null, command.by(), command.at()));
        comeIntoForce(command.packageId(), command.startDate(), ReviewTrigger.PACKAGE_STARTED, command);
    }

    /** The revised package replaces the one in force, which stays in history; its first review is a change's. */
    @CommandHandler
    public void handle(ReviseCarePackage command) {
        CareRule.PACKAGE_DETAILS_INCOMPLETE.require(command.packageId() != null && command.replacesPackageId() != null);
        CareRule.PACKAGE_ALREADY_ARRANGED.require(!packages.containsKey(command.packageId()));
        requireNotOver(command.replacesPackageId());
        CareRule.PACKAGE_CHANGE_REASON_REQUIRED.require(hasText(command.reason()));
        Assessment assessment = requireCompletedAssessment(command.assessmentId());
        requirePackageStart(command.startDate(), assessment, command);
        PackageTermsPolicy.check(command.terms());
        apply(new CarePackageRevised(careRecordId, command.packageId(), command.replacesPackageId(), command.assessmentId(),
                command.startDate(), command.terms(), command.reason(), command.by(), command.at()));
        comeIntoForce(command.packageId(), command.startDate(), ReviewTrigger.PACKAGE_CHANGED, command);
    }

    private Assessment requireCompletedAssessment(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        CareRule.PACKAGE_NEEDS_COMPLETED_ASSESSMENT.require(assessment != null
                && assessment.status() == AssessmentStatus.COMPLETED);
        return assessment;
    }

    /** A package starts once the assessment it comes from is complete, and within the planning horizon. */
    private static void requirePackageStart(LocalDate startDate, Assessment assessment, CareRecordCommand command) {
        CareRule.PACKAGE_DETAILS_INCOMPLETE.require(startDate != null);
        RecordTimeline.requireNotBefore("startDate", startDate, assessment.completedOn(), "the assessment it comes from was completed");
        RecordTimeline.requirePlannable("startDate", startDate, command.at());
    }

    /**
     * A package arranged or revised while the person is in hospital cannot be delivered yet: the
     * open admission suspends it, as it suspended the package in force when it began. Either way
     * its first review is scheduled from its start date.
     */
    private void comeIntoForce(UUID packageId, LocalDate startDate, ReviewTrigger trigger, CareRecordCommand command) {
        if (openAdmission != null) {
            apply(new CarePackageSuspended(careRecordId, packageId, SUSPENDED_WHILE_IN_HOSPITAL, openAdmission,
                    command.by(), command.at()));
        }
        scheduleReview(packageId, ReviewSchedule.afterStartOrChange(startDate), trigger, command);
    }

    @CommandHandler
    public void handle(AmendCarePackage command) {
        CarePackage carePackage = requireNotOver(command.packageId());
        CareRule.PACKAGE_CHANGE_REASON_REQUIRED.require(hasText(command.reason()));
        CareRule.PACKAGE_DETAILS_INCOMPLETE.require(command.effectiveFrom() != null);
        RecordTimeline.requireNotBefore("effectiveFrom", command.effectiveFrom(), carePackage.startDate(), "the package started");
        RecordTimeline.requirePlannable("effectiveFrom", command.effectiveFrom(), command.at());
        PackageTermsPolicy.check(command.terms());
        apply(new CarePackageAmended(careRecordId, command.packageId(), command.effectiveFrom(), command.terms(),
                command.reason(), command.by(), command.at()));
        scheduleReview(command.packageId(), ReviewSchedule.afterStartOrChange(command.effectiveFrom()),
                ReviewTrigger.PACKAGE_CHANGED, command);
    }

    @CommandHandler
    public void handle(SuspendCarePackage command) {
        CarePackage carePackage = requireNotOver(command.packageId());
        CareRule.PACKAGE_NOT_ACTIVE.require(carePackage.status() == PackageStatus.ACTIVE);
        CareRule.PACKAGE_CHANGE_REASON_REQUIRED.require(hasText(command.reason()));
        apply(new CarePackageSuspended(careRecordId, command.packageId(), command.reason(), null, command.by(), command.at()));
    }

    @CommandHandler
    public void handle(ResumeCarePackage command) {
        CarePackage carePackage = requireNotOver(command.packageId());
        CareRule.PACKAGE_NOT_SUSPENDED.require(carePackage.status() == PackageStatus.SUSPENDED);
        apply(new CarePackageResumed(careRecordId, command.packageId(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(EndCarePackage command) {
        requireNotOver(command.packageId());
        CareRule.PACKAGE_CHANGE_REASON_REQUIRED.require(hasText(command.reason()));
        apply(new CarePackageEnded(careRecordId, command.packageId(), command.reason(), command.by(), command.at()));
    }

    private CarePackage requireNotOver(UUID packageId) {
        CarePackage carePackage = packages.get(packageId);
        CareRule.PACKAGE_UNKNOWN.require(carePackage != null);
        CareRule.PACKAGE_ENDED.require(carePackage.status() != PackageStatus.OVER);
        return carePackage;
    }

    // ---------------------------------------------------------------- hospital

    @CommandHandler
    public void handle(RecordHospitalAdmission command) {
        CareRule.ALREADY_IN_HOSPITAL.require(openAdmission == null);
        var admission = command.admission();
        CareRule.ADMISSION_DETAILS_INCOMPLETE.require(command.admissionId() != null && admission != null
                && hasText(admission.hospitalName()) && hasText(admission.ward())
                && admission.admittedAt() != null && admission.type() != null
                && !hospitalStays.containsKey(command.admissionId()));
        Instant lastDischargedAt = lastDischargedAdmission == null ? null
                : hospitalStays.get(lastDischargedAdmission).dischargedAt();
        RecordTimeline.requireHappened("admittedAt", admission.admittedAt(), command.at());
        RecordTimeline.requireNotBeforeDay("admittedAt", admission.admittedAt(), registeredOn(), "the person was registered");
        RecordTimeline.requireNotBefore("admittedAt", admission.admittedAt(), lastDischargedAt, "the last discharge");
        boolean readmission = ReadmissionPolicy.isReadmission(lastDischargedAt, admission.admittedAt());
        apply(new PersonAdmittedToHospital(careRecordId, command.admissionId(), admission, registeredPracticeCode,
                readmission, readmission ? lastDischargedAdmission : null, command.by(), command.at()));
        if (packageInForce != null && packages.get(packageInForce).status() == PackageStatus.ACTIVE) {
            apply(new CarePackageSuspended(careRecordId, packageInForce, "Admitted to hospital",
                    command.admissionId(), command.by(), command.at()));
        }
    }

    @CommandHandler
    public void handle(AcknowledgeAdmissionNotice command) {
        HospitalStay stay = hospitalStays.get(command.admissionId());
        CareRule.NOTICE_UNKNOWN.require(stay != null);
        requireRegisteredPractice(command.by(), stay.notifiedPracticeCode());
        CareRule.NOTICE_ALREADY_ACKNOWLEDGED.require(!stay.admissionNoticeAcknowledged());
        apply(new AdmissionNoticeAcknowledged(careRecordId, command.admissionId(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(PlanDischarge command) {
        HospitalStay stay = requireOpenAdmission(command.admissionId());
        CareRule.DISCHARGE_DETAILS_INCOMPLETE.require(command.plan() != null
                && command.plan().expectedDate() != null && command.plan().pathway() != null);
        RecordTimeline.requireNotBefore("expectedDate", command.plan().expectedDate(),
                CareCalendar.dateOf(stay.admittedAt()), "the admission");
        RecordTimeline.requirePlannable("expectedDate", command.plan().expectedDate(), command.at());
        apply(new DischargePlanned(careRecordId, command.admissionId(), command.plan(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(RecordDischarge command) {
        HospitalStay stay = requireOpenAdmission(command.admissionId());
        DischargeSummary summary = command.summary();
        CareRule.DISCHARGE_DETAILS_INCOMPLETE.require(summary != null && summary.dischargedAt() != null
                && summary.destination() != null && hasText(summary.clinicalSummary()));
        RecordTimeline.requireHappened("dischargedAt", summary.dischargedAt(), command.at());
        RecordTimeline.requireNotBefore("dischargedAt", summary.dischargedAt(), stay.admittedAt(), "the admission");
        LocalDate planned = stay.plannedDischargeDate();
        long daysLate = planned == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(planned, CareCalendar.dateOf(summary.dischargedAt())));
        CareRule.DISCHARGE_DELAY_REASON_REQUIRED.require(daysLate == 0 || summary.delayReason() != null,
                "The discharge is " + daysLate + " day(s) later than planned (" + planned + "): say why it was delayed.");
        apply(new PersonDischargedFromHospital(careRecordId, command.admissionId(), summary, planned, daysLate,
                command.by(), command.at()));
        apply(new DischargeNoticeRaised(careRecordId, command.admissionId(), registeredPracticeCode, command.by(), command.at()));
    }

    @CommandHandler
    public void handle(AcknowledgeDischargeNotice command) {
        HospitalStay stay = hospitalStays.get(command.admissionId());
        CareRule.NOTICE_UNKNOWN.require(stay != null && stay.dischargeNoticePracticeCode() != null);
        requireRegisteredPractice(command.by(), stay.dischargeNoticePracticeCode());
        CareRule.NOTICE_ALREADY_ACKNOWLEDGED.require(!stay.dischargeNoticeAcknowledged());
        apply(new DischargeNoticeAcknowledged(careRecordId, command.admissionId(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(CorrectDischargeSummary command) {
        HospitalStay stay = requireDischarged(command.admissionId());
        CareRule.DISCHARGE_CORRECTION_NOT_YOURS.require(command.by().role() == Role.HOSPITAL_DISCHARGE_TEAM
                && command.by().organisationCode().equals(stay.dischargedByOrganisation()));
        CareRule.DISCHARGE_CORRECTION_WINDOW_CLOSED.require(
                DischargeCorrectionPolicy.open(stay.dischargeRecordedAt(), command.at()),
                "The discharge was recorded at " + stay.dischargeRecordedAt() + "; it could be corrected until "
                        + DischargeCorrectionPolicy.closesAt(stay.dischargeRecordedAt()) + ".");
        DischargeSummary summary = command.summary();
        CareRule.DISCHARGE_CORRECTION_INCOMPLETE.require(summary != null && hasText(command.reason())
                && stay.dischargedAt().equals(summary.dischargedAt())
                && summary.destination() != null && hasText(summary.clinicalSummary()));
        LocalDate planned = stay.plannedDischargeDate();
        long daysLate = planned == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(planned, CareCalendar.dateOf(summary.dischargedAt())));
        CareRule.DISCHARGE_DELAY_REASON_REQUIRED.require(daysLate == 0 || summary.delayReason() != null,
                "The discharge was " + daysLate + " day(s) later than planned (" + planned + "): the corrected summary must say why.");
        apply(new DischargeSummaryCorrected(careRecordId, command.admissionId(), summary, command.reason(),
                registeredPracticeCode, command.by(), command.at()));
    }

    private HospitalStay requireDischarged(UUID admissionId) {
        HospitalStay stay = admissionId == null ? null : hospitalStays.get(admissionId);
        CareRule.DISCHARGE_UNKNOWN.require(stay != null && stay.dischargedAt() != null);
        return stay;
    }

    // ---------------------------------------------------------------- work after a discharge

    @CommandHandler
    public void handle(RecordNursingVisit command) {
        CareRule.VISIT_BY_DISTRICT_NURSE_ONLY.require(command.by().role() == Role.DISTRICT_NURSE);
        CareRule.VISIT_DETAILS_INCOMPLETE.require(command.visitId() != null && command.visitedAt() != null
                && hasText(command.notes()));
        CareRule.VISIT_ALREADY_RECORDED.require(!nursingVisits.contains(command.visitId()));
        RecordTimeline.requireHappened("visitedAt", command.visitedAt(), command.at());
        boolean first = false;
        if (command.admissionId() != null) {
            HospitalStay stay = requireDischarged(command.admissionId());
            RecordTimeline.requireNotBefore("visitedAt", command.visitedAt(), stay.dischargedAt(), "the discharge");
            first = !stay.nursingVisited();
        } else {
            RecordTimeline.requireNotBefore("visitedAt", command.visitedAt(), registeredAt, "the registration");
        }
        apply(new NursingVisitRecorded(careRecordId, command.visitId(), command.admissionId(), first,
                command.visitedAt(), command.notes(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(RecordSocialCareFollowUp command) {
        CareRule.FOLLOW_UP_BY_LINKWORKER_ONLY.require(command.by().role() == Role.LINKWORKER);
        HospitalStay stay = requireDischarged(command.admissionId());
        CareRule.FOLLOW_UP_DETAILS_INCOMPLETE.require(command.followedUpAt() != null && hasText(command.outcome()));
        CareRule.FOLLOW_UP_ALREADY_RECORDED.require(!stay.socialCareFollowedUp());
        RecordTimeline.requireHappened("followedUpAt", command.followedUpAt(), command.at());
        RecordTimeline.requireNotBefore("followedUpAt", command.followedUpAt(), stay.dischargedAt(), "the discharge");
        apply(new SocialCareFollowUpRecorded(careRecordId, command.admissionId(), command.followedUpAt(),
                command.outcome(), command.by(), command.at()));
    }

    private HospitalStay requireOpenAdmission(UUID admissionId) {
        CareRule.NO_OPEN_ADMISSION.require(admissionId != null && admissionId.equals(openAdmission));
        return hospitalStays.get(admissionId);
    }

    private static void requireRegisteredPractice(Actor by, String practiceCode) {
        CareRule.NOTICE_NOT_FOR_YOUR_PRACTICE.require(by.role() == Role.GP_PRACTICE
                && by.organisationCode().equals(practiceCode));
    }

    // ---------------------------------------------------------------- carers (Care Act 2014 s.10)

    /** Anyone with a relationship may ask for a carer's assessment; one waits at a time for each carer. */
    @CommandHandler
    public void handle(RequestCarersAssessment command) {
        NamedCarer carer = command.carer();
        CareRule.CARERS_ASSESSMENT_DETAILS_INCOMPLETE.require(command.carersAssessmentId() != null && carer != null
                && hasText(carer.name()) && hasText(carer.relationship()));
        CareRule.CARERS_ASSESSMENT_ALREADY_REQUESTED.require(!carersAssessments.containsKey(command.carersAssessmentId())
                && carersAssessments.values().stream().noneMatch(a -> a.status() == CarersAssessmentStatus.REQUESTED
                        && sameCarer(a.carerName(), carer.name())),
                "A carer's assessment for " + carer.name() + " is already waiting to be carried out.");
        apply(new CarersAssessmentRequested(careRecordId, command.carersAssessmentId(), carer, command.by(), command.at()));
    }

    private static boolean sameCarer(String one, String other) {
        return one.strip().toLowerCase(Locale.UK).equals(other.strip().toLowerCase(Locale.UK));
    }

    @CommandHandler
    public void handle(CarryOutCarersAssessment command) {
        CareRule.CARERS_ASSESSMENT_BY_LINKWORKER_ONLY.require(command.by().role() == Role.LINKWORKER);
        CarersAssessment assessment = requireCarersAssessment(command.carersAssessmentId());
        CareRule.CARERS_ASSESSMENT_NOT_AWAITED.require(assessment.status() == CarersAssessmentStatus.REQUESTED);
        CareRule.CARERS_ASSESSMENT_FINDINGS_INCOMPLETE.require(command.carriedOutOn() != null);
        CarersEligibilityPolicy.check(command.findings());
        RecordTimeline.requireHappened("carriedOutOn", command.carriedOutOn(), command.at());
        RecordTimeline.requireNotBefore("carriedOutOn", command.carriedOutOn(), assessment.requestedOn(),
                "the carer's assessment was requested");
        apply(new CarersAssessmentCarriedOut(careRecordId, command.carersAssessmentId(), command.carriedOutOn(),
                command.findings(), CarersEligibilityPolicy.decide(command.findings()), command.by(), command.at()));
    }

    /**
     * Support follows the assessment, eligible or not: eligible needs must be met (Care Act s.20), and
     * the local authority may meet others. A service in the package must be one the package in force holds.
     */
    @CommandHandler
    public void handle(ArrangeCarerSupport command) {
        CareRule.CARERS_ASSESSMENT_BY_LINKWORKER_ONLY.require(command.by().role() == Role.LINKWORKER);
        CarersAssessment assessment = requireCarersAssessment(command.carersAssessmentId());
        CareRule.CARER_SUPPORT_NEEDS_ASSESSMENT.require(assessment.status() == CarersAssessmentStatus.CARRIED_OUT);
        CareRule.CARER_SUPPORT_ALREADY_ARRANGED.require(!assessment.supported());
        boolean inPackage = command.kind() == CarerSupportKind.SERVICE_IN_PACKAGE;
        CareRule.CARER_SUPPORT_DETAILS_INCOMPLETE.require(command.kind() != null && command.startDate() != null
                && (inPackage
                        ? command.packageId() != null && command.service() != null && command.plan() == null
                        : hasText(command.plan()) && command.packageId() == null && command.service() == null));
        if (inPackage) {
            CarePackage carePackage = command.packageId().equals(packageInForce) ? packages.get(packageInForce) : null;
            CareRule.CARER_SUPPORT_SERVICE_NOT_IN_PACKAGE.require(carePackage != null
                            && carePackage.services().contains(command.service()), "service",
                    "service " + command.service() + " is not a service of the package in force.");
        }
        RecordTimeline.requireNotBefore("startDate", command.startDate(), assessment.carriedOutOn(),
                "the carer's assessment was carried out");
        RecordTimeline.requirePlannable("startDate", command.startDate(), command.at());
        apply(new CarerSupportArranged(careRecordId, command.carersAssessmentId(), command.kind(),
                command.packageId(), command.service(), command.plan(), command.startDate(), command.by(), command.at()));
    }

    private CarersAssessment requireCarersAssessment(UUID carersAssessmentId) {
        CarersAssessment assessment = carersAssessmentId == null ? null : carersAssessments.get(carersAssessmentId);
        CareRule.CARERS_ASSESSMENT_UNKNOWN.require(assessment != null);
        return assessment;
    }

    // ---------------------------------------------------------------- review

    @CommandHandler
    public void handle(ScheduleReview command) {
        CareRule.REVIEW_NEEDS_PACKAGE.require(packageInForce != null);
        CareRule.REVIEW_DETAILS_INCOMPLETE.require(command.reviewId() != null && command.dueBy() != null
                && command.trigger() != null
                && command.trigger() != ReviewTrigger.PACKAGE_STARTED
                && command.trigger() != ReviewTrigger.PACKAGE_CHANGED
                && !reviewsCompleted.containsKey(command.reviewId()));
        // a review may be recorded as already due (its due window then opens on its due date), but not before
        // its package started; how far ahead it may be is the twelve-month review interval's to say
        RecordTimeline.requireNotBefore("dueBy", command.dueBy(), packages.get(packageInForce).startDate(),
                "the package it reviews started");
        CareRule.REVIEW_INTERVAL_TOO_LONG.require(
                ReviewSchedule.withinLongestInterval(reviewClockStartedOn, command.dueBy()),
                "Reviews must be at most twelve months apart: this one must be due by "
                        + reviewClockStartedOn.plus(ReviewSchedule.LONGEST_INTERVAL) + ".");
        LocalDate today = CareCalendar.dateOf(command.at());
        LocalDate dueFrom = today.isBefore(command.dueBy()) ? today : command.dueBy();
        apply(new ReviewScheduled(careRecordId, command.reviewId(), packageInForce, dueFrom, command.dueBy(),
                command.trigger(), command.by(), command.at()));
    }

    @CommandHandler
    public void handle(CompleteReview command) {
        CareRule.REVIEW_UNKNOWN.require(reviewsCompleted.containsKey(command.reviewId()));
        CareRule.REVIEW_ALREADY_COMPLETED.require(!reviewsCompleted.get(command.reviewId()));
        CareRule.REVIEW_NO_LONGER_DUE.require(command.reviewId().equals(outstandingReview));
        var findings = command.findings();
        CareRule.REVIEW_FINDINGS_INCOMPLETE.require(command.conductedOn() != null && findings != null
                && findings.outcome() != null && hasText(findings.personViews()));
        UUID packageId = packageInForce;
        RecordTimeline.requireHappened("conductedOn", command.conductedOn(), command.at());
        RecordTimeline.requireNotBefore("conductedOn", command.conductedOn(),
                packageId == null ? registeredOn() : packages.get(packageId).startDate(), "the package it reviews started");
        apply(new ReviewCompleted(careRecordId, command.reviewId(), packageId, command.conductedOn(), findings,
                command.by(), command.at()));
        if (packageId == null) {
            return;
        }
        if (findings.outcome() == ReviewOutcome.CONTINUE) {
            scheduleReview(packageId, ReviewSchedule.annualAfter(command.conductedOn()), ReviewTrigger.ANNUAL, command);
        } else if (findings.outcome() == ReviewOutcome.END) {
            apply(new CarePackageEnded(careRecordId, packageId, "Ended at review", command.by(), command.at()));
        }
    }

    private void scheduleReview(UUID packageId, ReviewSchedule.DueWindow window, ReviewTrigger trigger, CareRecordCommand cause) {
        apply(new ReviewScheduled(careRecordId, ReviewSchedule.scheduledReviewId(packageId, window.dueBy()), packageId,
                window.dueFrom(), window.dueBy(), trigger, cause.by(), cause.at()));
    }

    // ---------------------------------------------------------------- emergency access

    @CommandHandler
    public void handle(RecordEmergencyAccess command) {
        CareRule.EMERGENCY_ACCESS_REASON_REQUIRED.require(hasText(command.reason()));
        CareRule.EMERGENCY_ACCESS_TOO_LONG.require(command.accessId() != null && command.duration() != null
                && !command.duration().isNegative() && !command.duration().isZero() && command.duration().compareTo(LONGEST_EMERGENCY_ACCESS) <= 0);
        apply(new EmergencyAccessGranted(careRecordId, command.accessId(), command.reason(),
                command.at().plus(command.duration()), command.by(), command.at()));
    }

    // ---------------------------------------------------------------- closure

    @CommandHandler
    public void handle(CloseCareRecord command) {
        CareRule.CLOSURE_REASON_REQUIRED.require(command.reason() != null);
        // a closure saying "died" would leave out the date and the notices RecordDeath gives everyone (AfterDeathPolicy)
        CareRule.DEATH_IS_RECORDED_NOT_CLOSED.require(command.reason() != ClosureReason.DIED,
                "Record the death instead (POST …/death with the date of death): it closes the record and tells the practice, "
                        + "the linkworkers and the nursing team.");
        endWhatIsOpen("Care record closed: " + command.reason().name().toLowerCase().replace('_', ' '), command);
        apply(new CareRecordClosed(careRecordId, command.reason(), command.note(), command.by(), command.at()));
    }

    /** Withdraws the referrals still open and ends the package in force, for {@code why}. */
    private void endWhatIsOpen(String why, CareRecordCommand command) {
        List<UUID> openReferrals = new ArrayList<>();
        referrals.forEach((id, status) -> {
            if (status == ReferralStatus.RECEIVED || status == ReferralStatus.ACCEPTED) {
                openReferrals.add(id);
            }
        });
        openReferrals.sort(null);
        for (UUID referralId : openReferrals) {
            apply(new ReferralClosed(careRecordId, referralId, ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE, why,
                    command.by(), command.at()));
        }
        if (packageInForce != null) {
            apply(new CarePackageEnded(careRecordId, packageInForce, why, command.by(), command.at()));
        }
    }

    // ---------------------------------------------------------------- death

    /**
     * The death is recorded once, by someone working with the person. What was open ends on the date
     * of death (the referrals still waiting are withdrawn, the package in force ends) and the record
     * closes; a record already closed (the person had moved away) takes the death too.
     */
    @CommandHandler
    public void handle(RecordDeath command) {
        CareRule.DEATH_RECORDING_NOT_PERMITTED.require(AfterDeathPolicy.MAY_RECORD_DEATH.contains(command.by().role()));
        CareRule.DEATH_DETAILS_INCOMPLETE.require(command.dateOfDeath() != null);
        RecordTimeline.requireHappened("dateOfDeath", command.dateOfDeath(), command.at());
        RecordTimeline.requireNotBefore("dateOfDeath", command.dateOfDeath(),
                person == null ? null : person.dateOfBirth(), "the person was born");
        boolean wasOpen = !closed;
        if (wasOpen) {
            endWhatIsOpen("The person died on " + command.dateOfDeath(), command);
        }
        apply(new PersonDied(careRecordId, command.dateOfDeath(), registeredPracticeCode, nursingTeamCode,
                command.by(), command.at()));
        if (wasOpen) {
            apply(new CareRecordClosed(careRecordId, ClosureReason.DIED, null, command.by(), command.at()));
        }
    }

    @CommandHandler
    public void handle(AcknowledgeDeathNotice command) {
        CareRule.NO_DEATH_RECORDED.require(dateOfDeath != null);
        Actor by = command.by();
        CareRule.DEATH_NOTICE_NOT_FOR_YOU.require(AfterDeathPolicy.TOLD_OF_DEATH.contains(by.role())
                && (by.role() != Role.GP_PRACTICE || by.organisationCode().equals(registeredPracticeCode)));
        CareRule.DEATH_NOTICE_ALREADY_ACKNOWLEDGED.require(!deathNoticeAcknowledgedBy.contains(by.organisationCode()));
        apply(new DeathNoticeAcknowledged(careRecordId, by, command.at()));
    }

    // ---------------------------------------------------------------- entered in error

    /**
     * An entry recorded on the wrong person (or otherwise in error) is marked so by the professional
     * who recorded it or their organisation, while nothing has been built on it. Its event stays;
     * the record goes on as if it had not been made (an admission in error gives back the package it
     * suspended).
     */
    @CommandHandler
    public void handle(MarkEnteredInError command) {
        CareRule.ENTERED_IN_ERROR_REASON_REQUIRED.require(hasText(command.reason()));
        Entry entry = entries.get(command.sequenceNumber());
        CareRule.ENTRY_NOT_MARKABLE.require(entry != null);
        CareRule.ENTRY_ALREADY_MARKED_IN_ERROR.require(!entry.inError());
        CareRule.ENTRY_NOT_YOURS_TO_MARK.require(command.by().userId().equals(entry.recordedByUser())
                || command.by().organisationCode().equals(entry.recordedByOrganisation()));
        CareRule.ENTRY_HAS_LATER_WORK.require(nothingBuiltOn(entry));
        UUID admissionId = entry.kind() == EntryKind.HOSPITAL_ADMISSION ? entry.entryId() : entry.followedUpAdmission();
        boolean followUpUndone = entry.kind() == EntryKind.NURSING_VISIT && admissionId != null
                && entries.entrySet().stream().noneMatch(other -> other.getKey() != command.sequenceNumber()
                        && other.getValue().kind() == EntryKind.NURSING_VISIT && !other.getValue().inError()
                        && admissionId.equals(other.getValue().followedUpAdmission()));
        apply(new EntryMarkedEnteredInError(careRecordId, command.sequenceNumber(), entry.kind(), entry.entryId(),
                entry.discipline(), admissionId, followUpUndone, command.reason(), command.by(), command.at()));
        if (entry.kind() == EntryKind.HOSPITAL_ADMISSION && packageInForce != null
                && entry.entryId().equals(packages.get(packageInForce).suspendedByAdmission())) {
            apply(new CarePackageResumed(careRecordId, packageInForce, command.by(), command.at()));
        }
    }

    private boolean nothingBuiltOn(Entry entry) {
        return switch (entry.kind()) {
            case REFERRAL -> {
                ReferralStatus status = referrals.get(entry.entryId());
                yield (status == ReferralStatus.RECEIVED || status == ReferralStatus.ACCEPTED)
                        && assessments.values().stream().noneMatch(a -> entry.entryId().equals(a.referralId()));
            }
            case ASSESSMENT_CONTRIBUTION -> assessments.get(entry.entryId()).status() == AssessmentStatus.IN_PROGRESS;
            case HOSPITAL_ADMISSION -> entry.entryId().equals(openAdmission);
            case NURSING_VISIT -> true;
        };
    }

    // ---------------------------------------------------------------- erasure

    /**
     * Erasure is the exception to retention: the privacy officer asks for it, on a ground that
     * holds. The end of the retention period holds only for a record closed at least
     * {@link #RETENTION_AFTER_CLOSURE} before; unlawful processing holds at any time (it is the
     * privacy officer's finding). The keys are destroyed by the store when the event is written.
     */
    @CommandHandler
    public void handle(EraseRecord command) {
        CareRule.ERASURE_NOT_PERMITTED.require(command.by().role() == Role.PRIVACY_OFFICER);
        CareRule.ERASURE_GROUND_REQUIRED.require(command.ground() != null);
        if (command.ground() == ErasureGround.END_OF_RETENTION_PERIOD) {
            CareRule.RETENTION_PERIOD_NOT_ENDED.require(closed && closedAt != null
                    && !CareCalendar.dateOf(closedAt).plus(RETENTION_AFTER_CLOSURE).isAfter(CareCalendar.dateOf(command.at())));
        }
        apply(new RecordErased(careRecordId, command.ground(), command.by(), command.at()));
    }

    // ================================================================ state

    @EventSourcingHandler
    void on(PersonRegistered event) {
        careRecordId = event.careRecordId();
        registeredPracticeCode = event.person().registeredPracticeCode();
        person = event.person();
        registeredAt = event.at();
    }

    @EventSourcingHandler
    void on(PersonDetailsChanged event) {
        person = event.person();
    }

    @EventSourcingHandler
    void on(PersonMovedPractice event) {
        registeredPracticeCode = event.toPracticeCode();
        person = person.atPractice(event.toPracticeCode());
        // notices still waiting are the new practice's to acknowledge: the old one no longer reaches the person
        hospitalStays.replaceAll((id, stay) -> stay.waitingNoticesSentTo(event.toPracticeCode()));
    }

    @EventSourcingHandler
    void on(NursingTeamAssigned event) {
        nursingTeamCode = event.nursingTeamCode();
    }

    @EventSourcingHandler
    void on(ReferralReceived event, @SequenceNumber long sequenceNumber) {
        referrals.put(event.referralId(), ReferralStatus.RECEIVED);
        entries.put(sequenceNumber, new Entry(EntryKind.REFERRAL, event.referralId(), null, null,
                event.by().userId(), event.by().organisationCode(), false));
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        referrals.put(event.referralId(), ReferralStatus.ACCEPTED);
    }

    @EventSourcingHandler
    void on(ReferralClosed event) {
        referrals.put(event.referralId(), ReferralStatus.CLOSED);
    }

    @EventSourcingHandler
    void on(JointAssessmentStarted event) {
        assessments.put(event.assessmentId(), new Assessment(event.referralId(), List.of(), AssessmentStatus.IN_PROGRESS, null));
        assessmentInProgress = event.assessmentId();
    }

    @EventSourcingHandler
    void on(ContributionAdded event, @SequenceNumber long sequenceNumber) {
        entries.put(sequenceNumber, new Entry(EntryKind.ASSESSMENT_CONTRIBUTION, event.assessmentId(),
                event.contribution().discipline(), null, event.by().userId(), event.by().organisationCode(), false));
        Assessment assessment = assessments.get(event.assessmentId());
        List<Discipline> contributors = new ArrayList<>(assessment.contributors());
        contributors.add(event.contribution().discipline());
        assessments.put(event.assessmentId(), new Assessment(assessment.referralId(), contributors, AssessmentStatus.IN_PROGRESS, null));
    }

    @EventSourcingHandler
    void on(JointAssessmentCompleted event) {
        Assessment assessment = assessments.get(event.assessmentId());
        assessments.put(event.assessmentId(), new Assessment(assessment.referralId(), assessment.contributors(),
                AssessmentStatus.COMPLETED, CareCalendar.dateOf(event.at())));
        referrals.put(assessment.referralId(), ReferralStatus.ASSESSED);
        assessmentInProgress = null;
    }

    @EventSourcingHandler
    void on(CarePackageArranged event) {
        comesIntoForce(event);
    }

    @EventSourcingHandler
    void on(CarePackageRevised event) {
        comesIntoForce(event);
    }

    private void comesIntoForce(NewCarePackage event) {
        if (event.replacesPackageId() != null) {
            packages.computeIfPresent(event.replacesPackageId(), (id, p) -> p.withStatus(PackageStatus.OVER));
        }
        packages.put(event.packageId(), new CarePackage(PackageStatus.ACTIVE, event.startDate(),
                CarePackage.servicesOf(event.terms()), null));
        packageInForce = event.packageId();
        reviewClockStartedOn = event.startDate();
        outstandingReview = null;
    }

    @EventSourcingHandler
    void on(CarePackageAmended event) {
        reviewClockStartedOn = event.effectiveFrom();
        packages.computeIfPresent(event.packageId(), (id, p) -> p.withServicesOf(event.terms()));
    }

    @EventSourcingHandler
    void on(CarePackageSuspended event) {
        packages.computeIfPresent(event.packageId(), (id, p) -> p.suspendedBy(event.admissionId()));
    }

    @EventSourcingHandler
    void on(CarePackageResumed event) {
        packages.computeIfPresent(event.packageId(), (id, p) -> p.withStatus(PackageStatus.ACTIVE));
    }

    @EventSourcingHandler
    void on(CarePackageEnded event) {
        packages.computeIfPresent(event.packageId(), (id, p) -> p.withStatus(PackageStatus.OVER));
        if (event.packageId().equals(packageInForce)) {
            packageInForce = null;
            outstandingReview = null;
        }
    }

    @EventSourcingHandler
    void on(PersonAdmittedToHospital event, @SequenceNumber long sequenceNumber) {
        entries.put(sequenceNumber, new Entry(EntryKind.HOSPITAL_ADMISSION, event.admissionId(), null, null,
                event.by().userId(), event.by().organisationCode(), false));
        hospitalStays.put(event.admissionId(),
                HospitalStay.admitted(event.admission().admittedAt(), event.notifiedPracticeCode()));
        openAdmission = event.admissionId();
    }

    @EventSourcingHandler
    void on(AdmissionNoticeAcknowledged event) {
        hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.admissionNoticeAcknowledgedNow());
    }

    @EventSourcingHandler
    void on(DischargePlanned event) {
        hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.plannedFor(event.plan().expectedDate()));
    }

    @EventSourcingHandler
    void on(PersonDischargedFromHospital event) {
        hospitalStays.computeIfPresent(event.admissionId(),
                (id, stay) -> stay.dischargedAt(event.summary().dischargedAt(), event.at(), event.by().organisationCode()));
        openAdmission = null;
        lastDischargedAdmission = event.admissionId();
    }

    @EventSourcingHandler
    void on(DischargeNoticeRaised event) {
        hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.dischargeNoticeSentTo(event.practiceCode()));
    }

    @EventSourcingHandler
    void on(DischargeNoticeAcknowledged event) {
        hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.dischargeNoticeAcknowledgedNow());
    }

    @EventSourcingHandler
    void on(DischargeSummaryCorrected event) {
        hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.dischargeNoticeSentTo(event.practiceCode()));
    }

    @EventSourcingHandler
    void on(NursingVisitRecorded event, @SequenceNumber long sequenceNumber) {
        entries.put(sequenceNumber, new Entry(EntryKind.NURSING_VISIT, event.visitId(), null, event.admissionId(),
                event.by().userId(), event.by().organisationCode(), false));
        nursingVisits.add(event.visitId());
        if (event.admissionId() != null) {
            hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.visitedByNurse());
        }
    }

    @EventSourcingHandler
    void on(SocialCareFollowUpRecorded event) {
        hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.followedUpBySocialCare());
    }

    @EventSourcingHandler
    void on(CarersAssessmentRequested event) {
        carersAssessments.put(event.carersAssessmentId(), new CarersAssessment(event.carer().name(),
                CarersAssessmentStatus.REQUESTED, CareCalendar.dateOf(event.at()), null, false));
    }

    @EventSourcingHandler
    void on(CarersAssessmentCarriedOut event) {
        carersAssessments.computeIfPresent(event.carersAssessmentId(), (id, a) -> new CarersAssessment(a.carerName(),
                CarersAssessmentStatus.CARRIED_OUT, a.requestedOn(), event.carriedOutOn(), false));
    }

    @EventSourcingHandler
    void on(CarerSupportArranged event) {
        carersAssessments.computeIfPresent(event.carersAssessmentId(), (id, a) -> new CarersAssessment(a.carerName(),
                a.status(), a.requestedOn(), a.carriedOutOn(), true));
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consentRefusedBy = event.decision() == ConsentDecision.REFUSED ? event.by().organisationCode() : null;
    }

    @EventSourcingHandler
    void on(ReviewScheduled event) {
        reviewsCompleted.put(event.reviewId(), false);
        outstandingReview = event.reviewId();
    }

    @EventSourcingHandler
    void on(ReviewCompleted event) {
        reviewsCompleted.put(event.reviewId(), true);
        outstandingReview = null;
        reviewClockStartedOn = event.conductedOn();
    }

    @EventSourcingHandler
    void on(CareRecordClosed event) {
        closed = true;
        closedAt = event.at();
        if (assessmentInProgress != null) {
            assessments.computeIfPresent(assessmentInProgress, (id, a) -> a.withStatus(AssessmentStatus.DROPPED_ON_CLOSURE));
        }
        assessmentInProgress = null;
        outstandingReview = null;
        // a carer's assessment still waiting is withdrawn with the record; a new request follows a reopening
        carersAssessments.replaceAll((id, a) -> a.status() != CarersAssessmentStatus.REQUESTED ? a
                : new CarersAssessment(a.carerName(), CarersAssessmentStatus.WITHDRAWN_ON_CLOSURE, a.requestedOn(), null, false));
    }

    @EventSourcingHandler
    void on(CareRecordReopened event) {
        closed = false;
        closedAt = null;
    }

    @EventSourcingHandler
    void on(PersonDied event) {
        dateOfDeath = event.dateOfDeath();
    }

    @EventSourcingHandler
    void on(DeathNoticeAcknowledged event) {
        deathNoticeAcknowledgedBy.add(event.by().organisationCode());
    }

    /** The record goes on as if the entry had not been made; its place stays taken (its id is not used again). */
    @EventSourcingHandler
    void on(EntryMarkedEnteredInError event) {
        entries.computeIfPresent(event.sequenceNumber(), (seq, e) -> e.markedInError());
        switch (event.kind()) {
            case REFERRAL -> referrals.put(event.entryId(), ReferralStatus.ENTERED_IN_ERROR);
            case ASSESSMENT_CONTRIBUTION -> assessments.computeIfPresent(event.entryId(), (id, a) -> {
                List<Discipline> contributors = new ArrayList<>(a.contributors());
                contributors.remove(event.discipline());
                return new Assessment(a.referralId(), contributors, a.status(), a.completedOn());
            });
            case HOSPITAL_ADMISSION -> {
                hospitalStays.remove(event.entryId());
                if (event.entryId().equals(openAdmission)) {
                    openAdmission = null;
                }
            }
            case NURSING_VISIT -> {
                if (event.dischargeFollowUpUndone()) {
                    hospitalStays.computeIfPresent(event.admissionId(), (id, stay) -> stay.notVisitedByNurse());
                }
            }
        }
    }

    /** The person's details are no longer held; the record takes nothing more. */
    @EventSourcingHandler
    void on(RecordErased event) {
        erased = true;
        closed = true;
        person = null;
        carersAssessments.clear();
    }

    // ---------------------------------------------------------------- shared checks

    private LocalDate registeredOn() {
        return registeredAt == null ? null : CareCalendar.dateOf(registeredAt);
    }

    private static void requireWhoAndWhen(CareRecordCommand command) {
        CareRule.ACTOR_REQUIRED.require(command.by() != null && command.at() != null);
        StorableText.require(command);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
