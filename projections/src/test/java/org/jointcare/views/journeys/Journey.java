package org.jointcare.views.journeys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.CareActOutcome;
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
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.assessment.UnableReason;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.closure.CareRecordClosed;
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
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
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
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewSchedule;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.carerecord.review.ReviewTrigger;

/**
 * One person's care record told as events, with the same follow-on events the aggregate
 * applies (a package brings its first review, an admission suspends the active package, a
 * discharge raises a notice). Each step returns the events it produced; {@link #events()} has
 * them all in order.
 */
public final class Journey {

    public static final String PRACTICE_NORTH = "J82034";
    public static final String PRACTICE_SOUTH = "J82099";
    public static final String LOCALITY_NORTH = "Trowbridge";
    public static final String LOCALITY_SOUTH = "Salisbury";

    public final UUID id = UUID.randomUUID();
    public final String practiceCode;
    public final String locality;
    public final Actor gp;
    public final Actor linkworker = new Actor("lw.jones", Role.LINKWORKER, "SC-NORTH");
    public final Actor nurse = new Actor("dn.ahmed", Role.DISTRICT_NURSE, "DN-NORTH");
    public final Actor ward = new Actor("ward.clerk", Role.HOSPITAL_DISCHARGE_TEAM, "RD1");
    private final String givenName;
    private final String familyName;
    private final List<CareRecordEvent> events = new ArrayList<>();
    private UUID packageInForce;
    private boolean packageActive;
    private UUID outstandingReview;
    private Instant lastDischarge;
    private UUID lastAdmission;

    public Journey(String givenName, String familyName, String practiceCode, String locality) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.practiceCode = practiceCode;
        this.locality = locality;
        this.gp = new Actor("dr.patel", Role.GP_PRACTICE, practiceCode);
    }

    public static Instant on(String isoDate, String time) {
        return java.time.LocalDateTime.parse(isoDate + "T" + time).atZone(CareCalendar.ZONE).toInstant();
    }

    public List<CareRecordEvent> events() {
        return List.copyOf(events);
    }

    private List<CareRecordEvent> add(CareRecordEvent... produced) {
        events.addAll(Arrays.asList(produced));
        return List.of(produced);
    }

    public List<CareRecordEvent> registered(Instant at) {
        PersonDetails details = new PersonDetails(givenName, familyName, LocalDate.of(1938, 5, 14), practiceCode, locality,
                "English", false, null, LivingSituation.LIVES_WITH_CARER,
                List.of(new Carer("Joan " + familyName, "wife", "01225 000000", "Needs a break one afternoon a week")));
        return add(new PersonRegistered(id, new NhsNumber("9434765919"), details, gp, at));
    }

    public List<CareRecordEvent> nursingTeam(String team, Instant at) {
        return add(new NursingTeamAssigned(id, team, nurse, at));
    }

    public List<CareRecordEvent> consent(ConsentDecision decision, String limits, Instant at) {
        return add(new ConsentRecorded(id, decision, limits, linkworker, at));
    }

    public List<CareRecordEvent> referred(UUID referralId, ReferralSource source, Urgency urgency, String reason, Instant at) {
        return add(new ReferralReceived(id, referralId, source, new Requester("Dr Patel", practiceCode), reason, urgency,
                at.plus(urgency.responseTarget()), gp, at));
    }

    public List<CareRecordEvent> accepted(UUID referralId, Instant at) {
        return add(new ReferralAccepted(id, referralId, linkworker.userId(), linkworker, at));
    }

    public List<CareRecordEvent> closedReferral(UUID referralId, ReferralClosure closure, String reason, Instant at) {
        return add(new ReferralClosed(id, referralId, closure, reason, linkworker, at));
    }

    public List<CareRecordEvent> assessmentStarted(UUID assessmentId, UUID referralId, Instant at) {
        return add(new JointAssessmentStarted(id, assessmentId, referralId, linkworker.userId(), linkworker, at));
    }

    public List<CareRecordEvent> contributed(UUID assessmentId, Discipline discipline, Instant at, NeedDomain... needs) {
        Actor by = switch (discipline) {
            case GP -> gp;
            case DISTRICT_NURSING -> nurse;
            default -> linkworker;
        };
        List<IdentifiedNeed> identified = Arrays.stream(needs)
                .map(domain -> new IdentifiedNeed(domain, NeedLevel.SUBSTANTIAL, "Needs help with " + domain)).toList();
        Contribution contribution = new Contribution(discipline, by.userId(), discipline + " view of " + givenName,
                identified, List.of(),
                discipline == Discipline.GP ? "Type 2 diabetes; heart failure" : null,
                discipline == Discipline.GP ? "Stable with support" : null);
        return add(new ContributionAdded(id, assessmentId, contribution, by, at));
    }

    /** Completes the assessment with the agreed needs (each SUBSTANTIAL, JOINT responsibility) and two outcomes not achieved. */
    public List<CareRecordEvent> assessmentCompleted(UUID assessmentId, Instant at, NeedDomain... needs) {
        List<AgreedNeed> agreed = Arrays.stream(needs)
                .map(domain -> new AgreedNeed(domain, NeedLevel.SUBSTANTIAL, Responsibility.JOINT, "Agreed need: " + domain)).toList();
        AssessmentConclusion conclusion = new AssessmentConclusion(agreed, true, List.of(
                new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, UnableReason.CANNOT_WITHOUT_HELP, null),
                new OutcomeAssessment(CareActOutcome.MANAGING_AND_MAINTAINING_NUTRITION, false, UnableReason.TAKES_SIGNIFICANTLY_LONGER, null)),
                true, "I want to stay in my own home", "Joan needs a regular break", ChcChecklistResult.NEGATIVE);
        return add(new JointAssessmentCompleted(id, assessmentId, conclusion, EligibilityPolicy.decide(conclusion), linkworker, at));
    }

    public static PlannedService homeCare(int hoursPerWeek, NeedDomain... meets) {
        return new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Kind Hands Ltd", hoursPerWeek, 2150,
                Funding.socialCare(), Set.of(meets));
    }

    public static PlannedService districtNursing(int visitsPerWeek, NeedDomain... meets) {
        return new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, "North Wilts Community Nursing",
                visitsPerWeek, 4500, Funding.health(), Set.of(meets));
    }

    public static PlannedService jointBathing(int perWeek, int healthPercent, NeedDomain... meets) {
        return new PlannedService(ServiceType.BATHING, ProviderType.LOCAL_AUTHORITY, "Wiltshire Council bathing service",
                perWeek, 1801, Funding.joint(healthPercent, 100 - healthPercent), Set.of(meets));
    }

    public static PackageTerms terms(long personContributionPence, PlannedService... services) {
        return new PackageTerms(List.of(services), personContributionPence);
    }

    public List<CareRecordEvent> packageArranged(UUID packageId, UUID assessmentId, LocalDate start, PackageTerms terms, Instant at) {
        UUID replaces = packageInForce;
        packageInForce = packageId;
        packageActive = true;
        ReviewSchedule.DueWindow window = ReviewSchedule.afterStartOrChange(start);
        outstandingReview = ReviewSchedule.scheduledReviewId(packageId, window.dueBy());
        return add(new CarePackageArranged(id, packageId, assessmentId, start, terms, replaces, linkworker, at),
                new ReviewScheduled(id, outstandingReview, packageId, window.dueFrom(), window.dueBy(),
                        ReviewTrigger.PACKAGE_STARTED, linkworker, at));
    }

    public List<CareRecordEvent> packageAmended(LocalDate from, PackageTerms terms, String reason, Instant at) {
        ReviewSchedule.DueWindow window = ReviewSchedule.afterStartOrChange(from);
        outstandingReview = ReviewSchedule.scheduledReviewId(packageInForce, window.dueBy());
        return add(new CarePackageAmended(id, packageInForce, from, terms, reason, linkworker, at),
                new ReviewScheduled(id, outstandingReview, packageInForce, window.dueFrom(), window.dueBy(),
                        ReviewTrigger.PACKAGE_CHANGED, linkworker, at));
    }

    public List<CareRecordEvent> packageResumed(Instant at) {
        packageActive = true;
        return add(new CarePackageResumed(id, packageInForce, linkworker, at));
    }

    public List<CareRecordEvent> packageEnded(String reason, Instant at) {
        UUID ended = packageInForce;
        packageInForce = null;
        outstandingReview = null;
        return add(new CarePackageEnded(id, ended, reason, linkworker, at));
    }

    public List<CareRecordEvent> admitted(UUID admissionId, AdmissionType type, Instant at) {
        boolean readmission = lastDischarge != null && !lastDischarge.plus(30, ChronoUnit.DAYS).isBefore(at);
        List<CareRecordEvent> produced = new ArrayList<>();
        produced.add(new PersonAdmittedToHospital(id, admissionId,
                new Admission("Royal Devon Hospital", "RD1", "Ward 4", at, type, false), practiceCode,
                readmission, readmission ? lastAdmission : null, ward, at));
        if (packageInForce != null && packageActive) {
            packageActive = false;
            produced.add(new CarePackageSuspended(id, packageInForce, "Admitted to hospital", admissionId, ward, at));
        }
        lastAdmission = admissionId;
        return add(produced.toArray(CareRecordEvent[]::new));
    }

    public List<CareRecordEvent> admissionAcknowledged(UUID admissionId, Instant at) {
        return add(new AdmissionNoticeAcknowledged(id, admissionId, gp, at));
    }

    public List<CareRecordEvent> dischargePlanned(UUID admissionId, LocalDate expected, DischargePathway pathway, Instant at) {
        return add(new DischargePlanned(id, admissionId, new DischargePlan(expected, true, pathway,
                List.of("Home care restarted")), ward, at));
    }

    public List<CareRecordEvent> discharged(UUID admissionId, LocalDate planned, DelayReason delay, Instant at) {
        long daysLate = planned == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(planned, CareCalendar.dateOf(at)));
        lastDischarge = at;
        DischargeSummary summary = new DischargeSummary(at, DischargeDestination.USUAL_RESIDENCE,
                "Treated for a chest infection; mobilising with a frame",
                List.of(new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "500 mg three times a day for 5 days")),
                List.of(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Visit within 48 hours to check the pressure areas")),
                "Leaflet on chest infections given to the person and carer", daysLate > 0 ? delay : null);
        return add(new PersonDischargedFromHospital(id, admissionId, summary, planned, daysLate, ward, at),
                new DischargeNoticeRaised(id, admissionId, practiceCode, ward, at));
    }

    public List<CareRecordEvent> dischargeAcknowledged(UUID admissionId, Instant at) {
        return add(new DischargeNoticeAcknowledged(id, admissionId, gp, at));
    }

    public List<CareRecordEvent> reviewed(ReviewOutcome outcome, LocalDate conductedOn, Instant at) {
        UUID reviewId = outstandingReview;
        UUID reviewedPackage = packageInForce;
        List<CareRecordEvent> produced = new ArrayList<>();
        produced.add(new ReviewCompleted(id, reviewId, reviewedPackage, conductedOn,
                new ReviewFindings(true, outcome, "The carers are kind and on time", "Joan is sleeping better", null),
                linkworker, at));
        outstandingReview = null;
        if (outcome == ReviewOutcome.CONTINUE) {
            ReviewSchedule.DueWindow window = ReviewSchedule.annualAfter(conductedOn);
            outstandingReview = ReviewSchedule.scheduledReviewId(reviewedPackage, window.dueBy());
            produced.add(new ReviewScheduled(id, outstandingReview, reviewedPackage, window.dueFrom(), window.dueBy(),
                    ReviewTrigger.ANNUAL, linkworker, at));
        } else if (outcome == ReviewOutcome.END) {
            packageInForce = null;
            produced.add(new CarePackageEnded(id, reviewedPackage, "Ended at review", linkworker, at));
        }
        return add(produced.toArray(CareRecordEvent[]::new));
    }

    public List<CareRecordEvent> recordClosed(ClosureReason reason, Instant at) {
        List<CareRecordEvent> produced = new ArrayList<>();
        if (packageInForce != null) {
            produced.add(new CarePackageEnded(id, packageInForce, "Care record closed: " + reason, linkworker, at));
            packageInForce = null;
        }
        outstandingReview = null;
        produced.add(new CareRecordClosed(id, reason, null, linkworker, at));
        return add(produced.toArray(CareRecordEvent[]::new));
    }
}
