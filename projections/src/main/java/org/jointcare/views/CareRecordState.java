package org.jointcare.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.EligibilityDecision;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.NewCarePackage;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.carers.CarersEligibilityDecision;
import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.carerecord.review.ReviewTrigger;

/**
 * One care record as its events leave it: folded in order, with the same transitions as the
 * aggregate ({@code CareRecord}), so a view can answer "what was true then" without a table per fact.
 * Used by the record history ("as at"), and kept per person by the own record and commissioning
 * ({@link KeptCareRecordStates}).
 */
public final class CareRecordState {

    public enum ReferralState { RECEIVED, ACCEPTED, ASSESSED, CLOSED }

    public enum PackageState { ACTIVE, SUSPENDED, ENDED, REPLACED }

    public record Consent(ConsentDecision decision, String limits, String recordedBy, Instant recordedAt) {
    }

    public record Referral(UUID referralId, ReferralSource source, String requesterName, String reason,
                           Urgency urgency, Instant receivedAt, Instant respondBy, ReferralState state,
                           String linkworkerUserId, Instant respondedAt, ReferralClosure closure,
                           String closureReason) {
    }

    public record Assessment(UUID assessmentId, UUID referralId, String leadAssessorUserId, Instant startedAt,
                             List<Discipline> contributions, Instant completedAt,
                             AssessmentConclusion conclusion, EligibilityDecision eligibility) {
        public boolean completed() {
            return completedAt != null;
        }
    }

    /**
     * A package; {@code endedOn} is its last day once it ended (the UK date it was ended) or was replaced
     * (the day before its successor started), null while in force and in states kept before it was folded.
     * {@code terms} are the terms now, in force from {@code lastChangedFrom}; {@code earlierTerms} those it had
     * before, each from the day it took effect (empty until it is amended), and {@code amendmentsRecorded} how
     * many amendments were recorded on it: {@link #termsOverTime()} puts them together.
     */
    public record CarePackage(UUID packageId, UUID assessmentId, LocalDate startDate, PackageTerms terms,
                              PackageState state, UUID replacesPackageId, LocalDate lastChangedFrom,
                              String endReason, LocalDate endedOn, List<TermsFrom> earlierTerms, int amendmentsRecorded) {
        public CarePackage {
            // kept before earlier terms were folded: none known
            earlierTerms = earlierTerms == null ? List.of() : List.copyOf(earlierTerms);
        }

        public boolean inForce() {
            return state == PackageState.ACTIVE || state == PackageState.SUSPENDED;
        }

        /**
         * Every set of terms the package has had, in date order: as arranged, then each amendment still standing
         * (the terms now are the last amendment recorded, which always stands).
         */
        public List<TermsFrom> termsOverTime() {
            List<TermsFrom> all = new ArrayList<>(earlierTerms);
            all.add(new TermsFrom(amendmentsRecorded, lastChangedFrom == null ? startDate : lastChangedFrom, terms));
            return List.copyOf(all);
        }

        /**
         * The package after an amendment from {@code from}: an amendment recorded later that takes effect on
         * or before the day an earlier one did replaces it, so that one never took effect.
         */
        CarePackage amended(LocalDate from, PackageTerms newTerms) {
            List<TermsFrom> before = termsOverTime().stream().filter(t -> t.from().isBefore(from)).toList();
            return new CarePackage(packageId, assessmentId, startDate, newTerms, state, replacesPackageId, from, null,
                    endedOn, before, amendmentsRecorded + 1);
        }
    }

    /**
     * Terms of a package in force from {@code from}: those it was arranged with ({@code amendment} 0) or
     * those of its n-th amendment, numbered in the order the amendments were recorded.
     */
    public record TermsFrom(int amendment, LocalDate from, PackageTerms terms) {
    }

    public record HospitalStay(UUID admissionId, Admission admission, String notifiedPracticeCode,
                               boolean readmissionWithin30Days, Instant admissionRecordedAt,
                               Instant admissionNoticeAcknowledgedAt, DischargePlan plan,
                               DischargeSummary discharge, LocalDate plannedDate, long daysLaterThanPlanned,
                               Instant dischargeRecordedAt, Instant dischargeNoticeRaisedAt,
                               Instant dischargeNoticeAcknowledgedAt, Instant summaryCorrectedAt,
                               Instant firstNursingVisitAt, Instant socialCareFollowedUpAt) {
        public boolean open() {
            return discharge == null;
        }

        /** The same stay with the discharge notice and summary as the event leaves them. */
        HospitalStay noticed(DischargeSummary summary, Instant raisedAt, Instant acknowledgedAt, Instant correctedAt) {
            return new HospitalStay(admissionId, admission, notifiedPracticeCode, readmissionWithin30Days,
                    admissionRecordedAt, admissionNoticeAcknowledgedAt, plan, summary, plannedDate, daysLaterThanPlanned,
                    dischargeRecordedAt, raisedAt, acknowledgedAt, correctedAt, firstNursingVisitAt, socialCareFollowedUpAt);
        }

        HospitalStay followedUp(Instant nursingVisitAt, Instant socialCareAt) {
            return new HospitalStay(admissionId, admission, notifiedPracticeCode, readmissionWithin30Days,
                    admissionRecordedAt, admissionNoticeAcknowledgedAt, plan, discharge, plannedDate, daysLaterThanPlanned,
                    dischargeRecordedAt, dischargeNoticeRaisedAt, dischargeNoticeAcknowledgedAt, summaryCorrectedAt,
                    nursingVisitAt, socialCareAt);
        }
    }

    /**
     * A carer's assessment on this record: the carer named, when it was asked for and by whom, when
     * it was carried out with its eligibility, and the support arranged from it (null until then: its kind,
     * the service and package it is part of, from when); {@code recordClosedOn} is the UK date the record
     * closed while the support was arranged, which ended it with what else was open.
     */
    public record CarersAssessment(UUID carersAssessmentId, NamedCarer carer, Instant requestedAt, String requestedBy,
                                   LocalDate carriedOutOn, CarersEligibilityDecision eligibility,
                                   CarerSupportKind supportKind, ServiceType supportService, LocalDate supportFrom,
                                   UUID supportPackageId, LocalDate recordClosedOn) {
        public boolean carriedOut() {
            return carriedOutOn != null;
        }

        public boolean supported() {
            return supportKind != null;
        }
    }

    public record Review(UUID reviewId, UUID packageId, LocalDate dueFrom, LocalDate dueBy, ReviewTrigger trigger,
                         LocalDate conductedOn, ReviewFindings findings) {
    }

    private final UUID careRecordId;
    private String nhsNumber;
    private PersonDetails person;
    private Instant registeredAt;
    private String nursingTeamCode;
    private Consent consent;
    private final Map<UUID, Referral> referrals = new LinkedHashMap<>();
    private final Map<UUID, Assessment> assessments = new LinkedHashMap<>();
    private final Map<UUID, CarePackage> packages = new LinkedHashMap<>();
    private final Map<UUID, HospitalStay> stays = new LinkedHashMap<>();
    private final Map<UUID, CarersAssessment> carersAssessments = new LinkedHashMap<>();
    private Review outstandingReview;
    private final List<Review> completedReviews = new ArrayList<>();
    private final List<EmergencyAccessGranted> emergencyAccess = new ArrayList<>();
    private boolean closed;
    private LocalDate dateOfDeath;
    /** When the first nursing visit after each discharge was recorded (the month commissioning counted it in). */
    private final Map<UUID, Instant> firstVisitRecordedAt = new LinkedHashMap<>();
    private ClosureReason closureReason;
    private Instant closedAt;
    private int eventsApplied;

    /** How each event changes the record, as the aggregate's own event sourcing handlers change it. */
    public static final EventTable<CareRecordState, Void> FOLD = EventTable.<CareRecordState, Void>named("the record state", null)
            .changes(PersonRegistered.class, (e, state) -> state.on(e))
            .changes(PersonDetailsChanged.class, (e, state) -> state.on(e))
            .changes(PersonMovedPractice.class, (e, state) -> state.on(e))
            .changes(NursingTeamAssigned.class, (e, state) -> state.on(e))
            .changes(ConsentRecorded.class, (e, state) -> state.on(e))
            .changes(ReferralReceived.class, (e, state) -> state.on(e))
            .changes(ReferralAccepted.class, (e, state) -> state.on(e))
            .changes(ReferralClosed.class, (e, state) -> state.on(e))
            .changes(JointAssessmentStarted.class, (e, state) -> state.on(e))
            .changes(ContributionAdded.class, (e, state) -> state.on(e))
            .changes(JointAssessmentCompleted.class, (e, state) -> state.on(e))
            .changes(CarePackageArranged.class, (e, state) -> state.on(e))
            .changes(CarePackageRevised.class, (e, state) -> state.on(e))
            .changes(CarePackageAmended.class, (e, state) -> state.on(e))
            .changes(CarePackageSuspended.class, (e, state) -> state.on(e))
            .changes(CarePackageResumed.class, (e, state) -> state.on(e))
            .changes(CarePackageEnded.class, (e, state) -> state.on(e))
            .changes(PersonAdmittedToHospital.class, (e, state) -> state.on(e))
            .changes(AdmissionNoticeAcknowledged.class, (e, state) -> state.on(e))
            .changes(DischargePlanned.class, (e, state) -> state.on(e))
            .changes(PersonDischargedFromHospital.class, (e, state) -> state.on(e))
            .changes(DischargeNoticeRaised.class, (e, state) -> state.on(e))
            .changes(DischargeNoticeAcknowledged.class, (e, state) -> state.on(e))
            .changes(DischargeSummaryCorrected.class, (e, state) -> state.on(e))
            .changes(NursingVisitRecorded.class, (e, state) -> state.on(e))
            .changes(SocialCareFollowUpRecorded.class, (e, state) -> state.on(e))
            .changes(CarersAssessmentRequested.class, (e, state) -> state.on(e))
            .changes(CarersAssessmentCarriedOut.class, (e, state) -> state.on(e))
            .changes(CarerSupportArranged.class, (e, state) -> state.on(e))
            .changes(ReviewScheduled.class, (e, state) -> state.on(e))
            .changes(ReviewCompleted.class, (e, state) -> state.on(e))
            .changes(EmergencyAccessGranted.class, (e, state) -> state.on(e))
            .changes(CareRecordClosed.class, (e, state) -> state.on(e))
            .changes(CareRecordReopened.class, (e, state) -> state.on(e))
            .changes(PersonDied.class, (e, state) -> state.on(e))
            .ignore(DeathNoticeAcknowledged.class, "who has acknowledged the death notice is the lists' concern, not the record's")
            .changes(EntryMarkedEnteredInError.class, (e, state) -> state.on(e))
            .ignore(RecordErased.class, "nothing follows an erasure: each view forgets the person and its kept state with it")
            .build();

    public CareRecordState(UUID careRecordId) {
        this.careRecordId = careRecordId;
    }

    /** Everything the fold holds, in order, as a view keeps it between events ({@link KeptCareRecordStates}). */
    record Snapshot(UUID careRecordId, String nhsNumber, PersonDetails person, Instant registeredAt,
                    String nursingTeamCode, Consent consent, List<Referral> referrals, List<Assessment> assessments,
                    List<CarePackage> packages, List<HospitalStay> stays, Review outstandingReview,
                    List<Review> completedReviews, List<EmergencyAccessGranted> emergencyAccess, boolean closed,
                    ClosureReason closureReason, Instant closedAt, int eventsApplied, LocalDate dateOfDeath,
                    Map<UUID, Instant> firstVisitRecordedAt, List<CarersAssessment> carersAssessments) {
    }

    Snapshot snapshot() {
        return new Snapshot(careRecordId, nhsNumber, person, registeredAt, nursingTeamCode, consent, referrals(),
                assessments(), packages(), hospitalStays(), outstandingReview, completedReviews(), emergencyAccess(),
                closed, closureReason, closedAt, eventsApplied, dateOfDeath, Map.copyOf(firstVisitRecordedAt),
                carersAssessments());
    }

    static CareRecordState of(Snapshot snapshot) {
        CareRecordState state = new CareRecordState(snapshot.careRecordId());
        state.nhsNumber = snapshot.nhsNumber();
        state.person = snapshot.person();
        state.registeredAt = snapshot.registeredAt();
        state.nursingTeamCode = snapshot.nursingTeamCode();
        state.consent = snapshot.consent();
        snapshot.referrals().forEach(r -> state.referrals.put(r.referralId(), r));
        snapshot.assessments().forEach(a -> state.assessments.put(a.assessmentId(), a));
        snapshot.packages().forEach(p -> state.packages.put(p.packageId(), p));
        snapshot.stays().forEach(stay -> state.stays.put(stay.admissionId(), stay));
        state.outstandingReview = snapshot.outstandingReview();
        state.completedReviews.addAll(snapshot.completedReviews());
        state.emergencyAccess.addAll(snapshot.emergencyAccess());
        state.closed = snapshot.closed();
        state.closureReason = snapshot.closureReason();
        state.closedAt = snapshot.closedAt();
        state.eventsApplied = snapshot.eventsApplied();
        state.dateOfDeath = snapshot.dateOfDeath();
        if (snapshot.firstVisitRecordedAt() != null) {
            // kept before deaths and entries in error were folded: absent, and nothing to undo
            state.firstVisitRecordedAt.putAll(snapshot.firstVisitRecordedAt());
        }
        // kept before carers' assessments were folded: none then
        if (snapshot.carersAssessments() != null) {
            snapshot.carersAssessments().forEach(a -> state.carersAssessments.put(a.carersAssessmentId(), a));
        }
        return state;
    }

    /** A record of its own with the same contents, to fold on while this one stays as it is (its values are immutable). */
    CareRecordState copy() {
        return of(snapshot());
    }

    public static CareRecordState of(UUID careRecordId, List<? extends CareRecordEvent> events) {
        CareRecordState state = new CareRecordState(careRecordId);
        events.forEach(state::apply);
        return state;
    }

    public CareRecordState apply(CareRecordEvent event) {
        eventsApplied++;
        FOLD.apply(event, this);
        return this;
    }

    private void on(PersonRegistered e) {
        nhsNumber = e.nhsNumber() == null ? null : e.nhsNumber().value();
        person = e.person();
        registeredAt = e.at();
    }

    private void on(PersonDetailsChanged e) {
        person = e.person();
    }

    private void on(PersonMovedPractice e) {
        person = person.atPractice(e.toPracticeCode());
    }

    private void on(NursingTeamAssigned e) {
        nursingTeamCode = e.nursingTeamCode();
    }

    private void on(ConsentRecorded e) {
        consent = new Consent(e.decision(), e.limits(), e.by().userId(), e.at());
    }

    private void on(ReferralReceived e) {
        referrals.put(e.referralId(), new Referral(e.referralId(), e.source(),
                e.requester() == null ? null : e.requester().name(), e.reason(), e.urgency(), e.at(),
                e.respondBy(), ReferralState.RECEIVED, null, null, null, null));
    }

    private void on(ReferralAccepted e) {
        referrals.computeIfPresent(e.referralId(), (id, r) -> new Referral(id,
                r.source(), r.requesterName(), r.reason(), r.urgency(), r.receivedAt(), r.respondBy(),
                ReferralState.ACCEPTED, e.linkworkerUserId(), e.at(), null, null));
    }

    private void on(ReferralClosed e) {
        referrals.computeIfPresent(e.referralId(), (id, r) -> new Referral(id,
                r.source(), r.requesterName(), r.reason(), r.urgency(), r.receivedAt(), r.respondBy(),
                ReferralState.CLOSED, r.linkworkerUserId(), r.respondedAt() == null ? e.at() : r.respondedAt(),
                e.closure(), e.reason()));
    }

    private void on(JointAssessmentStarted e) {
        assessments.put(e.assessmentId(), new Assessment(e.assessmentId(),
                e.referralId(), e.leadAssessorUserId(), e.at(), List.of(), null, null, null));
    }

    private void on(ContributionAdded e) {
        assessments.computeIfPresent(e.assessmentId(), (id, a) -> {
            List<Discipline> contributions = new ArrayList<>(a.contributions());
            contributions.add(e.contribution().discipline());
            return new Assessment(id, a.referralId(), a.leadAssessorUserId(), a.startedAt(),
                    List.copyOf(contributions), null, null, null);
        });
    }

    private void on(JointAssessmentCompleted e) {
        assessments.computeIfPresent(e.assessmentId(), (id, a) -> new Assessment(id, a.referralId(),
                a.leadAssessorUserId(), a.startedAt(), a.contributions(), e.at(), e.conclusion(), e.eligibility()));
        Assessment assessment = assessments.get(e.assessmentId());
        if (assessment != null) {
            referrals.computeIfPresent(assessment.referralId(), (id, r) -> new Referral(id, r.source(),
                    r.requesterName(), r.reason(), r.urgency(), r.receivedAt(), r.respondBy(),
                    ReferralState.ASSESSED, r.linkworkerUserId(), r.respondedAt(), null, null));
        }
    }

    private void on(NewCarePackage e) {
        if (e.replacesPackageId() != null) {
            String why = e instanceof CarePackageRevised revised ? "Replaced by a revised package: " + revised.reason()
                    : "Replaced by a new package";
            // the old package's last day is the day before the new one starts (its own start, if that came first)
            LocalDate lastDay = e.startDate().minusDays(1);
            packages.computeIfPresent(e.replacesPackageId(), (id, p) -> withState(p, PackageState.REPLACED, why,
                    lastDay.isBefore(p.startDate()) ? p.startDate() : lastDay));
            if (outstandingReview != null && e.replacesPackageId().equals(outstandingReview.packageId())) {
                outstandingReview = null;
            }
        }
        packages.put(e.packageId(), new CarePackage(e.packageId(), e.assessmentId(), e.startDate(), e.terms(),
                PackageState.ACTIVE, e.replacesPackageId(), e.startDate(), null, null, null, 0));
    }

    private void on(CarePackageAmended e) {
        packages.computeIfPresent(e.packageId(), (id, p) -> p.amended(e.effectiveFrom(), e.terms()));
    }

    private void on(CarePackageSuspended e) {
        packages.computeIfPresent(e.packageId(), (id, p) -> withState(p, PackageState.SUSPENDED, null, null));
    }

    private void on(CarePackageResumed e) {
        packages.computeIfPresent(e.packageId(), (id, p) -> withState(p, PackageState.ACTIVE, null, null));
    }

    private void on(CarePackageEnded e) {
        packages.computeIfPresent(e.packageId(), (id, p) -> withState(p, PackageState.ENDED, e.reason(), CareCalendar.dateOf(e.at())));
        if (outstandingReview != null && e.packageId().equals(outstandingReview.packageId())) {
            outstandingReview = null;
        }
    }

    private void on(PersonAdmittedToHospital e) {
        stays.put(e.admissionId(), new HospitalStay(e.admissionId(), e.admission(),
                e.notifiedPracticeCode(), e.readmissionWithin30Days(), e.at(), null, null, null, null, 0,
                null, null, null, null, null, null));
    }

    private void on(AdmissionNoticeAcknowledged e) {
        stays.computeIfPresent(e.admissionId(), (id, s) -> new HospitalStay(id,
                s.admission(), s.notifiedPracticeCode(), s.readmissionWithin30Days(), s.admissionRecordedAt(), e.at(),
                s.plan(), s.discharge(), s.plannedDate(), s.daysLaterThanPlanned(), s.dischargeRecordedAt(),
                s.dischargeNoticeRaisedAt(), s.dischargeNoticeAcknowledgedAt(),
                s.summaryCorrectedAt(), s.firstNursingVisitAt(), s.socialCareFollowedUpAt()));
    }

    private void on(DischargePlanned e) {
        stays.computeIfPresent(e.admissionId(), (id, s) -> new HospitalStay(id,
                s.admission(), s.notifiedPracticeCode(), s.readmissionWithin30Days(), s.admissionRecordedAt(),
                s.admissionNoticeAcknowledgedAt(), e.plan(), s.discharge(), s.plannedDate(), s.daysLaterThanPlanned(),
                s.dischargeRecordedAt(), s.dischargeNoticeRaisedAt(), s.dischargeNoticeAcknowledgedAt(),
                s.summaryCorrectedAt(), s.firstNursingVisitAt(), s.socialCareFollowedUpAt()));
    }

    private void on(PersonDischargedFromHospital e) {
        stays.computeIfPresent(e.admissionId(), (id, s) -> new HospitalStay(id,
                s.admission(), s.notifiedPracticeCode(), s.readmissionWithin30Days(), s.admissionRecordedAt(),
                s.admissionNoticeAcknowledgedAt(), s.plan(), e.summary(), e.plannedDate(), e.daysLaterThanPlanned(),
                e.at(), s.dischargeNoticeRaisedAt(), s.dischargeNoticeAcknowledgedAt(),
                s.summaryCorrectedAt(), s.firstNursingVisitAt(), s.socialCareFollowedUpAt()));
    }

    private void on(DischargeNoticeRaised e) {
        stays.computeIfPresent(e.admissionId(), (id, s) -> new HospitalStay(id,
                s.admission(), s.notifiedPracticeCode(), s.readmissionWithin30Days(), s.admissionRecordedAt(),
                s.admissionNoticeAcknowledgedAt(), s.plan(), s.discharge(), s.plannedDate(), s.daysLaterThanPlanned(),
                s.dischargeRecordedAt(), e.at(), s.dischargeNoticeAcknowledgedAt(),
                s.summaryCorrectedAt(), s.firstNursingVisitAt(), s.socialCareFollowedUpAt()));
    }

    private void on(DischargeNoticeAcknowledged e) {
        stays.computeIfPresent(e.admissionId(), (id, s) -> new HospitalStay(id,
                s.admission(), s.notifiedPracticeCode(), s.readmissionWithin30Days(), s.admissionRecordedAt(),
                s.admissionNoticeAcknowledgedAt(), s.plan(), s.discharge(), s.plannedDate(), s.daysLaterThanPlanned(),
                s.dischargeRecordedAt(), s.dischargeNoticeRaisedAt(),
                s.dischargeNoticeAcknowledgedAt() == null ? e.at() : s.dischargeNoticeAcknowledgedAt(),
                s.summaryCorrectedAt(), s.firstNursingVisitAt(), s.socialCareFollowedUpAt()));
    }

    /**
     * The corrected summary replaces the recorded one. The notice keeps when it was first raised and
     * first acknowledged (what the discharge audit measures); {@code summaryCorrectedAt} tells it was amended.
     */
    private void on(DischargeSummaryCorrected e) {
        stays.computeIfPresent(e.admissionId(), (id, s) -> s.noticed(e.summary(), s.dischargeNoticeRaisedAt(),
                s.dischargeNoticeAcknowledgedAt(), e.at()));
    }

    /** Only the first visit after a discharge is the discharge's follow-up. */
    private void on(NursingVisitRecorded e) {
        if (e.admissionId() != null && e.firstAfterDischarge()) {
            stays.computeIfPresent(e.admissionId(), (id, s) -> s.followedUp(e.visitedAt(), s.socialCareFollowedUpAt()));
            firstVisitRecordedAt.put(e.admissionId(), e.at());
        }
    }

    private void on(PersonDied e) {
        dateOfDeath = e.dateOfDeath();
    }

    /** The record goes on as if the entry had not been made, as the aggregate's does. */
    private void on(EntryMarkedEnteredInError e) {
        switch (e.kind()) {
            case REFERRAL -> referrals.remove(e.entryId());
            case ASSESSMENT_CONTRIBUTION -> assessments.computeIfPresent(e.entryId(), (id, a) -> {
                List<Discipline> contributions = new ArrayList<>(a.contributions());
                contributions.remove(e.discipline());
                return new Assessment(id, a.referralId(), a.leadAssessorUserId(), a.startedAt(),
                        List.copyOf(contributions), a.completedAt(), a.conclusion(), a.eligibility());
            });
            case HOSPITAL_ADMISSION -> stays.remove(e.entryId());
            case NURSING_VISIT -> {
                if (e.dischargeFollowUpUndone()) {
                    stays.computeIfPresent(e.admissionId(), (id, s) -> s.followedUp(null, s.socialCareFollowedUpAt()));
                    firstVisitRecordedAt.remove(e.admissionId());
                }
            }
        }
    }

    private void on(SocialCareFollowUpRecorded e) {
        stays.computeIfPresent(e.admissionId(), (id, s) -> s.followedUp(s.firstNursingVisitAt(), e.followedUpAt()));
    }

    private void on(CarersAssessmentRequested e) {
        carersAssessments.put(e.carersAssessmentId(), new CarersAssessment(e.carersAssessmentId(), e.carer(), e.at(),
                e.by().userId(), null, null, null, null, null, null, null));
    }

    private void on(CarersAssessmentCarriedOut e) {
        carersAssessments.computeIfPresent(e.carersAssessmentId(), (id, a) -> new CarersAssessment(id, a.carer(),
                a.requestedAt(), a.requestedBy(), e.carriedOutOn(), e.eligibility(), null, null, null, null, null));
    }

    private void on(CarerSupportArranged e) {
        carersAssessments.computeIfPresent(e.carersAssessmentId(), (id, a) -> new CarersAssessment(id, a.carer(),
                a.requestedAt(), a.requestedBy(), a.carriedOutOn(), a.eligibility(), e.kind(), e.service(), e.startDate(),
                e.packageId(), null));
    }

    private void on(ReviewScheduled e) {
        outstandingReview = new Review(e.reviewId(), e.packageId(), e.dueFrom(), e.dueBy(),
                e.trigger(), null, null);
    }

    private void on(ReviewCompleted e) {
        Review scheduled = outstandingReview != null && outstandingReview.reviewId().equals(e.reviewId())
                ? outstandingReview : null;
        completedReviews.add(new Review(e.reviewId(), e.packageId(),
                scheduled == null ? null : scheduled.dueFrom(), scheduled == null ? null : scheduled.dueBy(),
                scheduled == null ? null : scheduled.trigger(), e.conductedOn(), e.findings()));
        if (scheduled != null) {
            outstandingReview = null;
        }
    }

    private void on(EmergencyAccessGranted e) {
        emergencyAccess.add(e);
    }

    private void on(CareRecordClosed e) {
        closed = true;
        closureReason = e.reason();
        closedAt = e.at();
        outstandingReview = null;
        assessments.values().removeIf(a -> !a.completed());
        // as in the record: a carer's assessment still waiting is withdrawn with it
        carersAssessments.values().removeIf(a -> !a.carriedOut());
        // and the carers' support arranged ends with it (a reopened record does not restart it)
        LocalDate closedOn = CareCalendar.dateOf(e.at());
        carersAssessments.replaceAll((id, a) -> !a.supported() || a.recordClosedOn() != null ? a
                : new CarersAssessment(id, a.carer(), a.requestedAt(), a.requestedBy(), a.carriedOutOn(), a.eligibility(),
                        a.supportKind(), a.supportService(), a.supportFrom(), a.supportPackageId(), closedOn));
    }

    private void on(CareRecordReopened e) {
        closed = false;
        closureReason = null;
        closedAt = null;
    }

    private static CarePackage withState(CarePackage p, PackageState state, String endReason, LocalDate endedOn) {
        return new CarePackage(p.packageId(), p.assessmentId(), p.startDate(), p.terms(), state,
                p.replacesPackageId(), p.lastChangedFrom(), endReason, endedOn, p.earlierTerms(), p.amendmentsRecorded());
    }

    public UUID careRecordId() {
        return careRecordId;
    }

    public boolean registered() {
        return person != null;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public PersonDetails person() {
        return person;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String practiceCode() {
        return person == null ? null : person.registeredPracticeCode();
    }

    public String locality() {
        return person == null ? null : person.locality();
    }

    public String nursingTeamCode() {
        return nursingTeamCode;
    }

    public Consent consent() {
        return consent;
    }

    public List<Referral> referrals() {
        return List.copyOf(referrals.values());
    }

    public Optional<Referral> referral(UUID referralId) {
        return Optional.ofNullable(referrals.get(referralId));
    }

    public List<Assessment> assessments() {
        return List.copyOf(assessments.values());
    }

    public Optional<Assessment> assessment(UUID assessmentId) {
        return Optional.ofNullable(assessments.get(assessmentId));
    }

    /** The most recently completed joint assessment, whose agreed needs are the person's needs now. */
    public Optional<Assessment> latestCompletedAssessment() {
        return assessments.values().stream().filter(Assessment::completed).reduce((first, second) -> second);
    }

    public List<CarePackage> packages() {
        return List.copyOf(packages.values());
    }

    public Optional<CarePackage> carePackage(UUID packageId) {
        return Optional.ofNullable(packages.get(packageId));
    }

    /** The package active or suspended now; at most one, as a new one replaces the one before. */
    public Optional<CarePackage> packageInForce() {
        return packages.values().stream().filter(CarePackage::inForce).reduce((first, second) -> second);
    }

    public List<HospitalStay> hospitalStays() {
        return List.copyOf(stays.values());
    }

    public Optional<HospitalStay> hospitalStay(UUID admissionId) {
        return Optional.ofNullable(stays.get(admissionId));
    }

    public Optional<HospitalStay> openAdmission() {
        return stays.values().stream().filter(HospitalStay::open).reduce((first, second) -> second);
    }

    public List<CarersAssessment> carersAssessments() {
        return List.copyOf(carersAssessments.values());
    }

    public Optional<CarersAssessment> carersAssessment(UUID carersAssessmentId) {
        return Optional.ofNullable(carersAssessments.get(carersAssessmentId));
    }

    public Optional<Review> outstandingReview() {
        return Optional.ofNullable(outstandingReview);
    }

    public List<Review> completedReviews() {
        return List.copyOf(completedReviews);
    }

    public List<EmergencyAccessGranted> emergencyAccess() {
        return List.copyOf(emergencyAccess);
    }

    public boolean closed() {
        return closed;
    }

    /** The date the person died, or null. */
    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    /** When the first nursing visit after the discharge was recorded, if one was. */
    public Optional<Instant> firstVisitRecordedAt(UUID admissionId) {
        return Optional.ofNullable(firstVisitRecordedAt.get(admissionId));
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int eventsApplied() {
        return eventsApplied;
    }
}
