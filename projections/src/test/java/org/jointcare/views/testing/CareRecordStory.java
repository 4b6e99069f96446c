package org.jointcare.views.testing;

import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentFindings;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.carers.CarersEligibilityPolicy;
import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryKind;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.EligibilityPolicy;
import org.jointcare.carerecord.assessment.IdentifiedNeed;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.OutcomeAssessment;
import org.jointcare.carerecord.assessment.CareActOutcome;
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.assessment.UnableReason;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.registration.PersonDetailsDifference;
import java.util.function.UnaryOperator;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewSchedule;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.carerecord.review.ReviewTrigger;

/**
 * One person's care record told as a story: each step appends the events the CareRecord
 * aggregate applies for that command ({@code CareRecord}), including the follow-on events such as the
 * review scheduled with a package or the package suspended on admission. {@link #at(String)}
 * moves the story's time; every later step happens then. The ids of what was last referred,
 * assessed, arranged or admitted are kept so the next step can refer to it.
 */
public final class CareRecordStory {

    private enum ReferralStatus { RECEIVED, ACCEPTED, ASSESSED, CLOSED, ENTERED_IN_ERROR }

    /** An entry the aggregate lets be marked entered in error, as it keeps it: by its event's sequence number. */
    private record Entry(EntryKind kind, UUID entryId, Discipline discipline, UUID followedUpAdmission, boolean inError) {

        Entry markedInError() {
            return new Entry(kind, entryId, discipline, followedUpAdmission, true);
        }
    }

    private enum PackageStatus { ACTIVE, SUSPENDED }

    private final EventLog log;
    private final UUID careRecordId;
    private String practiceCode;
    private long sequence = -1;
    private Instant now;

    private final Map<UUID, ReferralStatus> referrals = new LinkedHashMap<>();
    private UUID lastReferralId;
    private String linkworkerUserId;
    private UUID assessmentId;
    private UUID assessmentReferralId;
    private UUID packageInForce;
    private PackageStatus packageStatus;
    private UUID outstandingReviewId;
    private UUID openAdmissionId;
    private String openAdmissionTrust;
    private UUID lastAdmissionId;
    private Instant lastDischargedAt;
    private UUID lastDischargedAdmissionId;
    private LocalDate plannedDischargeDate;
    private String lastDischargeTrust;
    private DischargeSummary lastDischargeSummary;
    private final java.util.Set<UUID> nursingVisited = new java.util.HashSet<>();
    private boolean closed;
    private PersonDetails person;
    private UUID lastCarersAssessmentId;
    private String nursingTeamCode;
    /** The admission that suspended the package in force, while it is so suspended. */
    private UUID packageSuspendedBy;
    private LocalDate dateOfDeath;
    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long lastReferralSequence = -1;
    private long lastContributionSequence = -1;
    private long lastAdmissionSequence = -1;
    private long lastNursingVisitSequence = -1;

    private CareRecordStory(EventLog log, UUID careRecordId, String practiceCode, Instant now) {
        this.log = log;
        this.careRecordId = careRecordId;
        this.practiceCode = practiceCode;
        this.now = now;
    }

    static CareRecordStory registered(EventLog log, UUID careRecordId, NhsNumber nhsNumber, String givenName,
                                      String familyName, LocalDate dateOfBirth, String practiceCode, String locality,
                                      Instant at) {
        CareRecordStory story = new CareRecordStory(log, careRecordId, practiceCode, at);
        PersonDetails person = new PersonDetails(givenName, familyName, dateOfBirth, practiceCode, locality,
                "English", false, null, LivingSituation.LIVES_WITH_CARER,
                List.of(new Carer("Jean " + familyName, "daughter", "01392 000000", "Respite every few weeks")), null);
        story.apply(new PersonRegistered(careRecordId, nhsNumber, person, Professionals.gp(practiceCode), at));
        story.person = person;
        return story;
    }

    // ------------------------------------------------------------------ time and identity

    public CareRecordStory at(String isoInstant) {
        now = Instant.parse(isoInstant);
        return this;
    }

    public CareRecordStory after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public UUID id() {
        return careRecordId;
    }

    public String practiceCode() {
        return practiceCode;
    }

    public Instant now() {
        return now;
    }

    public LocalDate today() {
        return CareCalendar.dateOf(now);
    }

    public UUID referralId() {
        return lastReferralId;
    }

    public UUID assessmentId() {
        return assessmentId;
    }

    public UUID packageId() {
        return packageInForce;
    }

    public UUID reviewId() {
        return outstandingReviewId;
    }

    public UUID admissionId() {
        return lastAdmissionId;
    }

    // ------------------------------------------------------------------ registration and consent

    /** The person's details corrected or updated; the story names what changed as the aggregate would. */
    public CareRecordStory detailsChanged(UnaryOperator<PersonDetails> change, String reason, Actor by) {
        PersonDetails changed = change.apply(person);
        List<String> what = PersonDetailsDifference.between(person, changed);
        person = changed;
        return apply(new PersonDetailsChanged(careRecordId, changed, what, reason, by, now));
    }

    /** The person now lives alone, with a neighbour as their carer. */
    public CareRecordStory nowLivingAlone(Actor by) {
        return detailsChanged(before -> new PersonDetails(before.givenName(), before.familyName(), before.dateOfBirth(),
                before.registeredPracticeCode(), before.locality(), before.preferredLanguage(), before.interpreterNeeded(),
                before.communicationNeeds(), LivingSituation.LIVES_ALONE,
                List.of(new Carer("Pat Neighbour", "neighbour", "01392 111111", "Calls in daily")), before.characteristics()), "Daughter moved away", by);
    }

    /** The person registers with another practice. */
    public CareRecordStory movedPractice(String toPracticeCode, Actor by) {
        String from = practiceCode;
        practiceCode = toPracticeCode;
        person = person.atPractice(toPracticeCode);
        return apply(new PersonMovedPractice(careRecordId, from, toPracticeCode, by, now));
    }

    public PersonDetails person() {
        return person;
    }

    public CareRecordStory nursingTeamAssigned(String teamCode) {
        nursingTeamCode = teamCode;
        return apply(new NursingTeamAssigned(careRecordId, teamCode, Professionals.districtNurse(teamCode), now));
    }

    public CareRecordStory consent(ConsentDecision decision, String limits, Actor recordedBy) {
        return apply(new ConsentRecorded(careRecordId, decision, limits, recordedBy, now));
    }

    public CareRecordStory emergencyAccess(UUID accessId, Actor by, String reason, Duration lasting) {
        return apply(new EmergencyAccessGranted(careRecordId, accessId, reason, now.plus(lasting), by, now));
    }

    // ------------------------------------------------------------------ referral

    /** The registered practice's GP refers the person. */
    public CareRecordStory referredByPractice(Urgency urgency, String reason) {
        return referred(ReferralSource.GP, new Requester("Dr Okafor", practiceCode), urgency, reason,
                Professionals.gp(practiceCode));
    }

    public CareRecordStory referred(ReferralSource source, Requester requester, Urgency urgency, String reason, Actor by) {
        UUID referralId = UUID.randomUUID();
        if (closed) {
            apply(new CareRecordReopened(careRecordId, referralId, by, now));
            closed = false;
        }
        lastReferralId = referralId;
        referrals.put(referralId, ReferralStatus.RECEIVED);
        apply(new ReferralReceived(careRecordId, referralId, source, requester, reason, urgency,
                now.plus(urgency.responseTarget()), by, now));
        lastReferralSequence = entry(new Entry(EntryKind.REFERRAL, referralId, null, null, false));
        return this;
    }

    public CareRecordStory referralAccepted(String linkworker) {
        referrals.put(lastReferralId, ReferralStatus.ACCEPTED);
        linkworkerUserId = linkworker;
        return apply(new ReferralAccepted(careRecordId, lastReferralId, linkworker, Professionals.linkworker(linkworker), now));
    }

    public CareRecordStory referralClosed(ReferralClosure closure, String reason, Actor by) {
        referrals.put(lastReferralId, ReferralStatus.CLOSED);
        return apply(new ReferralClosed(careRecordId, lastReferralId, closure, reason, by, now));
    }

    /** The practice marks the last referral entered in error (waiting, or accepted and not yet assessed). */
    public CareRecordStory referralMarkedInError(String reason) {
        return enteredInError(lastReferralSequence, reason, Professionals.gp(practiceCode));
    }

    // ------------------------------------------------------------------ joint assessment

    /** Led by the linkworker the referral was allocated to. */
    public CareRecordStory assessmentStarted() {
        assessmentId = UUID.randomUUID();
        assessmentReferralId = lastReferralId;
        return apply(new JointAssessmentStarted(careRecordId, assessmentId, lastReferralId, linkworkerUserId,
                Professionals.linkworker(linkworkerUserId), now));
    }

    public CareRecordStory contributed(Discipline discipline) {
        return contributed(discipline, contributorFor(discipline));
    }

    public CareRecordStory contributed(Discipline discipline, Actor by) {
        Contribution contribution = switch (discipline) {
            case GP -> new Contribution(discipline, "Dr Okafor", "Frail, falls risk rising",
                    List.of(new IdentifiedNeed(NeedDomain.MEDICATION, NeedLevel.MODERATE, "Needs prompting with tablets")),
                    List.of(), "Type 2 diabetes since 2009; left hip replaced 2019",
                    "Likely to decline slowly over the next year");
            case DISTRICT_NURSING -> new Contribution(discipline, "Sister Bell", "Leg ulcer needs dressing twice weekly",
                    List.of(new IdentifiedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, "Venous leg ulcer")),
                    List.of(), null, null);
            case SOCIAL_CARE -> new Contribution(discipline, "Anna Linkworker", "Cannot wash or dress alone",
                    List.of(new IdentifiedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, "Help to wash and dress")),
                    List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false,
                            UnableReason.CANNOT_WITHOUT_HELP, "Cannot get into the bath")),
                    null, null);
            default -> new Contribution(discipline, "Sam Therapist", "Needs grab rails", List.of(), List.of(), null, null);
        };
        apply(new ContributionAdded(careRecordId, assessmentId, contribution, by, now));
        lastContributionSequence = entry(new Entry(EntryKind.ASSESSMENT_CONTRIBUTION, assessmentId, discipline, null, false));
        return this;
    }

    public CareRecordStory assessmentCompleted() {
        AssessmentConclusion conclusion = new AssessmentConclusion(
                List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, Responsibility.SOCIAL_CARE, "Washing and dressing"),
                        new AgreedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, Responsibility.HEALTH, "Leg ulcer")),
                true,
                List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, UnableReason.CANNOT_WITHOUT_HELP, null),
                        new OutcomeAssessment(CareActOutcome.BEING_APPROPRIATELY_CLOTHED, false, UnableReason.TAKES_SIGNIFICANTLY_LONGER, null)),
                true, "Wants to stay at home with her cat", "Daughter needs a break each month",
                ChcChecklistResult.NEGATIVE);
        referrals.put(assessmentReferralId, ReferralStatus.ASSESSED);
        return apply(new JointAssessmentCompleted(careRecordId, assessmentId, conclusion, EligibilityPolicy.decide(conclusion),
                Professionals.linkworker(linkworkerUserId), now));
    }

    /**
     * Referred by the practice, accepted and jointly assessed on the given day (social care and
     * the given health discipline): ready for a package.
     */
    public CareRecordStory jointlyAssessedOn(String day, Discipline healthContribution) {
        return at(day + "T09:00:00Z").referredByPractice(Urgency.SOON, "Needs help at home")
                .referralAccepted("anna.lw")
                .assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE)
                .contributed(healthContribution)
                .assessmentCompleted();
    }

    // ------------------------------------------------------------------ care package

    /**
     * Arranges a package from the last assessment, starting today, and schedules its first review;
     * in hospital the admission suspends it at once. With a package in force, revise it instead.
     */
    public CareRecordStory packageArranged(PlannedService... services) {
        if (packageInForce != null) {
            throw new IllegalStateException("A package is in force: the aggregate refuses to arrange another; revise it");
        }
        UUID packageId = UUID.randomUUID();
        apply(new CarePackageArranged(careRecordId, packageId, assessmentId, today(),
                new PackageTerms(Arrays.asList(services), 1500), null, Professionals.linkworker(linkworkerUserId), now));
        return comesIntoForce(packageId, ReviewTrigger.PACKAGE_STARTED);
    }

    /** Replaces the package in force with a revised one from the last assessment, starting today. */
    public CareRecordStory packageRevised(String reason, PlannedService... services) {
        UUID packageId = UUID.randomUUID();
        apply(new CarePackageRevised(careRecordId, packageId, packageInForce, assessmentId, today(),
                new PackageTerms(Arrays.asList(services), 1500), reason, Professionals.linkworker(linkworkerUserId), now));
        return comesIntoForce(packageId, ReviewTrigger.PACKAGE_CHANGED);
    }

    private CareRecordStory comesIntoForce(UUID packageId, ReviewTrigger trigger) {
        packageInForce = packageId;
        packageStatus = PackageStatus.ACTIVE;
        packageSuspendedBy = null;
        if (openAdmissionId != null) {
            packageStatus = PackageStatus.SUSPENDED;
            packageSuspendedBy = openAdmissionId;
            apply(new CarePackageSuspended(careRecordId, packageId, "In hospital when the package was arranged",
                    openAdmissionId, Professionals.linkworker(linkworkerUserId), now));
        }
        return reviewScheduled(ReviewSchedule.afterStartOrChange(today()), trigger);
    }

    public CareRecordStory packageAmended(String reason, PlannedService... services) {
        apply(new CarePackageAmended(careRecordId, packageInForce, today(), new PackageTerms(Arrays.asList(services), 1500),
                reason, Professionals.linkworker(linkworkerUserId), now));
        return reviewScheduled(ReviewSchedule.afterStartOrChange(today()), ReviewTrigger.PACKAGE_CHANGED);
    }

    public CareRecordStory packageSuspended(String reason) {
        packageStatus = PackageStatus.SUSPENDED;
        packageSuspendedBy = null;
        return apply(new CarePackageSuspended(careRecordId, packageInForce, reason, null,
                Professionals.linkworker(linkworkerUserId), now));
    }

    public CareRecordStory packageResumed() {
        packageStatus = PackageStatus.ACTIVE;
        packageSuspendedBy = null;
        return apply(new CarePackageResumed(careRecordId, packageInForce, Professionals.linkworker(linkworkerUserId), now));
    }

    public CareRecordStory packageEnded(String reason) {
        UUID ended = packageInForce;
        packageInForce = null;
        packageStatus = null;
        outstandingReviewId = null;
        return apply(new CarePackageEnded(careRecordId, ended, reason, Professionals.linkworker(linkworkerUserId), now));
    }

    // ------------------------------------------------------------------ review

    /** A review asked for by hand (on request or change in circumstances), due by that date. */
    public CareRecordStory reviewRequested(LocalDate dueBy, ReviewTrigger trigger) {
        LocalDate dueFrom = today().isBefore(dueBy) ? today() : dueBy;
        outstandingReviewId = UUID.randomUUID();
        return apply(new ReviewScheduled(careRecordId, outstandingReviewId, packageInForce, dueFrom, dueBy, trigger,
                Professionals.linkworker(linkworkerUserId), now));
    }

    public CareRecordStory reviewCompleted(ReviewOutcome outcome) {
        UUID packageId = packageInForce;
        apply(new ReviewCompleted(careRecordId, outstandingReviewId, packageId, today(),
                new ReviewFindings(outcome == ReviewOutcome.CONTINUE, outcome, "Happy with the carers", "Coping better", null),
                Professionals.linkworker(linkworkerUserId), now));
        outstandingReviewId = null;
        if (outcome == ReviewOutcome.CONTINUE) {
            return reviewScheduled(ReviewSchedule.annualAfter(today()), ReviewTrigger.ANNUAL);
        }
        if (outcome == ReviewOutcome.END) {
            packageInForce = null;
            packageStatus = null;
            return apply(new CarePackageEnded(careRecordId, packageId, "Ended at review",
                    Professionals.linkworker(linkworkerUserId), now));
        }
        return this;
    }

    private CareRecordStory reviewScheduled(ReviewSchedule.DueWindow window, ReviewTrigger trigger) {
        outstandingReviewId = ReviewSchedule.scheduledReviewId(packageInForce, window.dueBy());
        return apply(new ReviewScheduled(careRecordId, outstandingReviewId, packageInForce, window.dueFrom(),
                window.dueBy(), trigger, Professionals.linkworker(linkworkerUserId), now));
    }

    // ------------------------------------------------------------------ hospital

    public CareRecordStory admitted(String hospitalName, String hospitalCode, AdmissionType type) {
        UUID admissionId = UUID.randomUUID();
        boolean readmission = lastDischargedAt != null && !lastDischargedAt.plus(Duration.ofDays(30)).isBefore(now);
        openAdmissionTrust = hospitalCode == null ? "NHS-TRUST" : hospitalCode;
        Actor team = Professionals.dischargeTeam(openAdmissionTrust);
        apply(new PersonAdmittedToHospital(careRecordId, admissionId,
                new Admission(hospitalName, hospitalCode, "Ward " + (char) ('A' + (int) (sequence % 6)), now, type, false),
                practiceCode, readmission, readmission ? lastDischargedAdmissionId : null, team, now));
        lastAdmissionSequence = entry(new Entry(EntryKind.HOSPITAL_ADMISSION, admissionId, null, null, false));
        openAdmissionId = admissionId;
        lastAdmissionId = admissionId;
        plannedDischargeDate = null;
        if (packageInForce != null && packageStatus == PackageStatus.ACTIVE) {
            packageStatus = PackageStatus.SUSPENDED;
            packageSuspendedBy = admissionId;
            apply(new CarePackageSuspended(careRecordId, packageInForce, "Admitted to hospital", admissionId, team, now));
        }
        return this;
    }

    public CareRecordStory admissionNoticeAcknowledged() {
        return apply(new AdmissionNoticeAcknowledged(careRecordId, lastAdmissionId, Professionals.gp(practiceCode), now));
    }

    public CareRecordStory dischargePlanned(LocalDate expected, DischargePathway pathway) {
        plannedDischargeDate = expected;
        return apply(new DischargePlanned(careRecordId, openAdmissionId,
                new DischargePlan(expected, true, pathway, List.of("Package of care restarted")),
                dischargeTeamOfOpenAdmission(), now));
    }

    /** Discharged now, home, with the given follow-up actions; a notice goes to the registered practice. */
    public CareRecordStory discharged(FollowUpAction... followUps) {
        return discharged(DischargeDestination.USUAL_RESIDENCE, null, followUps);
    }

    public CareRecordStory discharged(DischargeDestination destination, DelayReason delayReason, FollowUpAction... followUps) {
        return discharged(destination, delayReason,
                List.of(new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "500mg three times a day for 5 days"),
                        new MedicationChange("Furosemide", MedicationChangeKind.CHANGED, "Reduced to 20mg daily")),
                followUps);
    }

    public CareRecordStory discharged(DischargeDestination destination, DelayReason delayReason,
                                      List<MedicationChange> medicationChanges, FollowUpAction... followUps) {
        long daysLate = plannedDischargeDate == null ? 0
                : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(plannedDischargeDate, today()));
        Actor team = dischargeTeamOfOpenAdmission();
        DischargeSummary summary = new DischargeSummary(now, destination,
                "Treated for a chest infection; mobilising with a frame", medicationChanges, List.of(followUps), "Leaflet on falls prevention given to daughter", delayReason);
        apply(new PersonDischargedFromHospital(careRecordId, openAdmissionId, summary, plannedDischargeDate, daysLate, team, now));
        apply(new DischargeNoticeRaised(careRecordId, openAdmissionId, practiceCode, team, now));
        lastDischargedAt = now;
        lastDischargedAdmissionId = openAdmissionId;
        lastDischargeTrust = openAdmissionTrust;
        lastDischargeSummary = summary;
        openAdmissionId = null;
        return this;
    }

    public CareRecordStory dischargeNoticeAcknowledged() {
        return apply(new DischargeNoticeAcknowledged(careRecordId, lastAdmissionId, Professionals.gp(practiceCode), now));
    }

    /** The team that recorded the last discharge corrects its summary: new medication, same everything else. */
    public CareRecordStory dischargeSummaryCorrected(String reason, MedicationChange... medication) {
        DischargeSummary was = lastDischargeSummary;
        DischargeSummary corrected = new DischargeSummary(was.dischargedAt(), was.destination(), was.clinicalSummary(),
                List.of(medication), was.followUpActions(), was.informationGiven(), was.delayReason());
        lastDischargeSummary = corrected;
        return apply(new DischargeSummaryCorrected(careRecordId, lastDischargedAdmissionId, corrected, reason, practiceCode,
                Professionals.dischargeTeam(lastDischargeTrust), now));
    }

    /** A district nurse of the team visits now, following up the last discharge (if there was one). */
    public CareRecordStory nurseVisited(String teamCode, String notes) {
        // only a visit following up a discharge can be its first
        boolean first = lastDischargedAdmissionId != null && nursingVisited.add(lastDischargedAdmissionId);
        UUID visitId = UUID.randomUUID();
        apply(new NursingVisitRecorded(careRecordId, visitId, lastDischargedAdmissionId, first, now, notes,
                Professionals.districtNurse(teamCode), now));
        lastNursingVisitSequence = entry(new Entry(EntryKind.NURSING_VISIT, visitId, null, lastDischargedAdmissionId, false));
        return this;
    }

    /** The linkworker follows up the last discharge now. */
    public CareRecordStory socialCareFollowedUp(String linkworker, String outcome) {
        return apply(new SocialCareFollowUpRecorded(careRecordId, lastDischargedAdmissionId, now, outcome,
                Professionals.linkworker(linkworker), now));
    }

    // ------------------------------------------------------------------ carers

    /** Someone working with the person asks now for a carer's assessment of the carer named; answers the story. */
    public CareRecordStory carersAssessmentRequested(NamedCarer carer, Actor by) {
        lastCarersAssessmentId = UUID.randomUUID();
        return apply(new CarersAssessmentRequested(careRecordId, lastCarersAssessmentId, carer, by, now));
    }

    /** The linkworker carries out the last carer's assessment today, with the policy's decision. */
    public CareRecordStory carersAssessmentCarriedOut(CarersAssessmentFindings findings, String linkworker) {
        return apply(new CarersAssessmentCarriedOut(careRecordId, lastCarersAssessmentId, today(), findings,
                CarersEligibilityPolicy.decide(findings), Professionals.linkworker(linkworker), now));
    }

    /** Support arranged for the last carer assessed, from today: the package's service named, or a plan of their own. */
    public CareRecordStory carerSupported(ServiceType serviceInPackage, String plan, String linkworker) {
        CarerSupportKind kind = serviceInPackage != null ? CarerSupportKind.SERVICE_IN_PACKAGE : CarerSupportKind.OWN_SUPPORT_PLAN;
        return apply(new CarerSupportArranged(careRecordId, lastCarersAssessmentId, kind,
                serviceInPackage != null ? packageInForce : null, serviceInPackage, plan, today(),
                Professionals.linkworker(linkworker), now));
    }

    public UUID lastCarersAssessmentId() {
        return lastCarersAssessmentId;
    }

    public UUID lastDischargedAdmissionId() {
        return lastDischargedAdmissionId;
    }

    private Actor dischargeTeamOfOpenAdmission() {
        return Professionals.dischargeTeam(openAdmissionTrust);
    }

    // ------------------------------------------------------------------ closure

    /** The practice records that the person died on {@code dateOfDeath}. */
    public CareRecordStory died(LocalDate dateOfDeath) {
        return died(dateOfDeath, Professionals.gp(practiceCode));
    }

    /** The privacy officer erases the record for unlawful processing. */
    public CareRecordStory erased() {
        return apply(new org.jointcare.carerecord.erasure.RecordErased(careRecordId,
                org.jointcare.carerecord.erasure.ErasureGround.UNLAWFUL_PROCESSING, Professionals.privacyOfficer(), now));
    }

    public CareRecordStory closed(ClosureReason reason) {
        Actor by = linkworkerUserId == null ? Professionals.gp(practiceCode) : Professionals.linkworker(linkworkerUserId);
        endWhatIsOpen("Care record closed: " + reason.name().toLowerCase().replace('_', ' '), by);
        return apply(new CareRecordClosed(careRecordId, reason, null, by, now));
    }

    /** The referrals still open are withdrawn and the package in force ends, for {@code why}; the record closes. */
    private void endWhatIsOpen(String why, Actor by) {
        List<UUID> open = new ArrayList<>();
        referrals.forEach((id, status) -> {
            if (status == ReferralStatus.RECEIVED || status == ReferralStatus.ACCEPTED) {
                open.add(id);
            }
        });
        open.sort(null);
        for (UUID referralId : open) {
            referrals.put(referralId, ReferralStatus.CLOSED);
            apply(new ReferralClosed(careRecordId, referralId, ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE, why, by, now));
        }
        if (packageInForce != null) {
            apply(new CarePackageEnded(careRecordId, packageInForce, why, by, now));
            packageInForce = null;
            packageStatus = null;
        }
        outstandingReviewId = null;
        assessmentId = null;
        closed = true;
    }

    // ------------------------------------------------------------------ death

    /**
     * {@code by} records that the person died on {@code dateOfDeath}: on an open record what was
     * open ends with the date of death as its reason and the record closes (after the death, which
     * is also the notice to the practice, nursing team and linkworkers); a record already closed
     * takes the death alone. From here on the record is read and corrected only.
     */
    public CareRecordStory died(LocalDate dateOfDeath, Actor by) {
        if (this.dateOfDeath != null) {
            throw new IllegalStateException("The aggregate refuses a second death");
        }
        boolean wasOpen = !closed;
        if (wasOpen) {
            endWhatIsOpen("The person died on " + dateOfDeath, by);
        }
        this.dateOfDeath = dateOfDeath;
        apply(new PersonDied(careRecordId, dateOfDeath, practiceCode, nursingTeamCode, by, now));
        if (wasOpen) {
            apply(new CareRecordClosed(careRecordId, ClosureReason.DIED, null, by, now));
        }
        return this;
    }

    /** The person died today, as {@code by} recorded. */
    public CareRecordStory died(Actor by) {
        return died(today(), by);
    }

    /**
     * The death notice acknowledged for {@code by}'s organisation: the registered practice, a
     * linkworker's social care team or a nursing team, once each.
     */
    public CareRecordStory deathNoticeAcknowledged(Actor by) {
        return apply(new DeathNoticeAcknowledged(careRecordId, by, now));
    }

    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    // ------------------------------------------------------------------ entered in error

    /**
     * The entry recorded as event {@code sequenceNumber} of this story (a referral, a contribution,
     * an admission or a nurse's visit) is marked entered in error by {@code by}, as the aggregate
     * marks it: with the id views know it by, a visit's discharge and whether that discharge now
     * waits for its first visit again, and the package an admission in error suspended given back.
     */
    public CareRecordStory enteredInError(long sequenceNumber, String reason, Actor by) {
        Entry entry = entries.get(sequenceNumber);
        if (entry == null || entry.inError()) {
            throw new IllegalStateException("Event " + sequenceNumber + " is no entry the aggregate would let be marked");
        }
        UUID admissionId = entry.kind() == EntryKind.HOSPITAL_ADMISSION ? entry.entryId() : entry.followedUpAdmission();
        boolean followUpUndone = entry.kind() == EntryKind.NURSING_VISIT && admissionId != null
                && entries.entrySet().stream().noneMatch(other -> other.getKey() != sequenceNumber
                        && other.getValue().kind() == EntryKind.NURSING_VISIT && !other.getValue().inError()
                        && admissionId.equals(other.getValue().followedUpAdmission()));
        apply(new EntryMarkedEnteredInError(careRecordId, sequenceNumber, entry.kind(), entry.entryId(),
                entry.discipline(), admissionId, followUpUndone, reason, by, now));
        entries.put(sequenceNumber, entry.markedInError());
        switch (entry.kind()) {
            case REFERRAL -> referrals.put(entry.entryId(), ReferralStatus.ENTERED_IN_ERROR);
            case HOSPITAL_ADMISSION -> {
                if (entry.entryId().equals(openAdmissionId)) {
                    openAdmissionId = null;
                }
                if (packageInForce != null && entry.entryId().equals(packageSuspendedBy)) {
                    packageStatus = PackageStatus.ACTIVE;
                    packageSuspendedBy = null;
                    apply(new CarePackageResumed(careRecordId, packageInForce, by, now));
                }
            }
            case NURSING_VISIT -> {
                if (followUpUndone) {
                    nursingVisited.remove(admissionId);
                }
            }
            case ASSESSMENT_CONTRIBUTION -> {
                // the assessment waits for that discipline again; the story does not count contributors
            }
        }
        return this;
    }

    /** The event sequence numbers of the last referral received, contribution added, admission and nurse's visit (-1: none). */
    public long lastReferralSequence() {
        return lastReferralSequence;
    }

    public long lastContributionSequence() {
        return lastContributionSequence;
    }

    public long lastAdmissionSequence() {
        return lastAdmissionSequence;
    }

    public long lastNursingVisitSequence() {
        return lastNursingVisitSequence;
    }

    /** Whether the last referral still waits to be screened (nothing is built on it yet). */
    public boolean lastReferralWaitingForScreening() {
        return referrals.get(lastReferralId) == ReferralStatus.RECEIVED;
    }

    /** Whether the last assessment started is still in progress, its contributions still open to correction. */
    public boolean assessmentInProgress() {
        return assessmentId != null && referrals.get(assessmentReferralId) == ReferralStatus.ACCEPTED;
    }

    public boolean inHospital() {
        return openAdmissionId != null;
    }

    public boolean isClosed() {
        return closed;
    }

    public String nursingTeamCode() {
        return nursingTeamCode;
    }

    // ------------------------------------------------------------------ plumbing

    private Actor contributorFor(Discipline discipline) {
        return switch (discipline) {
            case GP -> Professionals.gp(practiceCode);
            case DISTRICT_NURSING -> Professionals.districtNurse(Professionals.NURSING_NORTH);
            default -> Professionals.linkworker("anna.lw");
        };
    }

    /** Keeps the entry of the event just applied, markable in error; answers its sequence number. */
    private long entry(Entry entry) {
        entries.put(sequence, entry);
        return sequence;
    }

    private CareRecordStory apply(CareRecordEvent event) {
        log.append(event, ++sequence);
        return this;
    }
}
