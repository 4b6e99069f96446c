package org.jointcare.views.commissioning;

import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.views.ErasedRecords;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewScheduled;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.carepackage.FundingStream;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.views.CareRecordState;
import org.jointcare.views.EventTable;
import org.jointcare.views.KeptCareRecordStates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * De-identified figures for commissioners, counters by practice, locality and month. Each event
 * is read against the person's record as it stood just before, which this view keeps per person
 * in {@code commissioning_record_state} for its own handler: no query reads that table, and no
 * figure answered names or identifies anyone.
 *
 * <p>Stock figures (needs met and unmet, weekly spend, packages in force) are kept as changes:
 * the person's standing is worked out before and after the event and the difference is added
 * to the month of the event.
 */
@Component
@ProcessingGroup(CommissioningViewDefinition.PROCESSING_GROUP)
public class CommissioningProjection {

    /** What each event adds to the flow figures of its month, read against the record as it stood before. */
    private static final EventTable<Step, Void> FLOWS = EventTable.<Step, Void>named("the commissioning figures", null)
            .changes(ReferralReceived.class, CommissioningProjection::counted)
            .changes(ReferralAccepted.class, CommissioningProjection::counted)
            .changes(ReferralClosed.class, CommissioningProjection::counted)
            .changes(JointAssessmentCompleted.class, CommissioningProjection::counted)
            .changes(PersonAdmittedToHospital.class, CommissioningProjection::counted)
            .changes(PersonDischargedFromHospital.class, CommissioningProjection::counted)
            .changes(AdmissionNoticeAcknowledged.class, CommissioningProjection::counted)
            .changes(DischargeNoticeAcknowledged.class, CommissioningProjection::counted)
            .changes(NursingVisitRecorded.class, CommissioningProjection::counted)
            .changes(SocialCareFollowUpRecorded.class, CommissioningProjection::counted)
            .changes(CarersAssessmentCarriedOut.class, CommissioningProjection::counted)
            .changes(CarerSupportArranged.class, CommissioningProjection::counted)
            .ignore(CarersAssessmentRequested.class, "counted when carried out, with its eligibility")
            .ignore(DischargeSummaryCorrected.class, "a correction changes what the summary says, not the discharge the audit counts"
                    + " (its date, pathway and delay stay as recorded); only the first acknowledgement of its notice is timed")
            .ignore(PersonRegistered.class, "counts nothing itself: it gives the person a practice and locality, through the record state")
            .ignore(PersonDetailsChanged.class, "counts nothing itself: a changed locality moves the standing figures through the record state")
            .ignore(PersonMovedPractice.class, "counts nothing itself: the standing figures leave the old practice for the new one"
                    + " through the record state; past months stay where they were counted")
            .ignore(NursingTeamAssigned.class, "the nursing team is not a commissioning figure")
            .ignore(ConsentRecorded.class, "consent to share is not a commissioning figure")
            .ignore(JointAssessmentStarted.class, "counted when completed, with its needs and eligibility")
            .ignore(ContributionAdded.class, "counted when the assessment is completed, with its needs and eligibility")
            .ignore(CarePackageArranged.class, "changes the stock figures only, through the record state")
            .ignore(CarePackageRevised.class, "changes the stock figures only, through the record state")
            .ignore(CarePackageAmended.class, "changes the stock figures only, through the record state")
            .ignore(CarePackageSuspended.class, "changes the stock figures only, through the record state")
            .ignore(CarePackageResumed.class, "changes the stock figures only, through the record state")
            .ignore(CarePackageEnded.class, "changes the stock figures only, through the record state")
            .ignore(DischargePlanned.class, "counted with the discharge, as its pathway")
            .ignore(DischargeNoticeRaised.class, "counted when acknowledged, as the time to GP acknowledgement")
            .ignore(ReviewScheduled.class, "reviews are not a commissioning figure")
            .ignore(ReviewCompleted.class, "reviews are not a commissioning figure")
            .ignore(EmergencyAccessGranted.class, "who looked at a record is not a commissioning figure")
            .ignore(CareRecordClosed.class, "changes the stock figures only: a closed record stands for nothing")
            .ignore(CareRecordReopened.class, "changes the stock figures only, through the record state")
            .ignore(PersonDied.class, "changes the stock figures only: the record closes with it (CareRecordClosed)")
            .ignore(DeathNoticeAcknowledged.class, "who was told of a death is not a commissioning figure")
            .ignore(EntryMarkedEnteredInError.class, "what the entry counted is taken back in the months it was counted in"
                    + " (uncount), not added to the month of the marking")
            .ignore(RecordErased.class, "the anonymous counts already made stay; only the person's kept state goes")
            .build();

    private final JdbcTemplate jdbc;
    private final KeptCareRecordStates records;

    public CommissioningProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.records = new KeptCareRecordStates(jdbc, "commissioning_record_state");
    }

    @EventHandler
    public void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
        records.fold(event, sequenceNumber).ifPresent(step -> count(event, step.before(), step.after()));
    }

    private void count(CareRecordEvent event, CareRecordState before, CareRecordState after) {
        if (after.practiceCode() == null) {
            return;
        }
        if (event instanceof EntryMarkedEnteredInError marked) {
            uncount(marked, before);
        }
        Counters counters = new Counters();
        FLOWS.apply(event, new Step(before, counters));
        counters.addStock(standing(after));
        // what the person stood for before leaves the practice and locality they were counted in then,
        // so a move or a corrected locality takes their standing figures along and leaves past months alone
        Counters leaving = counters;
        if (before.practiceCode() != null && (!before.practiceCode().equals(after.practiceCode())
                || !before.locality().equals(after.locality()))) {
            leaving = new Counters();
        }
        leaving.subtractStock(standing(before));
        String month = YearMonth.from(CareCalendar.dateOf(event.at())).toString();
        write(counters, after, month);
        if (leaving != counters) {
            write(leaving, before, month);
        }
    }

    private void write(Counters counters, CareRecordState countedIn, String month) {
        counters.rows.forEach((key, change) -> {
            if (change[0] != 0 || change[1] != 0) {
                add(countedIn.practiceCode(), countedIn.locality(), month, key.measure(), key.category(), change[0], change[1]);
            }
        });
    }

    /** The record as it stood before the event, and the changes the event makes. */
    private record Step(CareRecordState before, Counters counters) {
    }

    private static void counted(ReferralReceived e, Step step) {
        step.counters().flow(Measure.REFERRALS_BY_SOURCE, e.source().name(), 0);
    }

    private static void counted(ReferralAccepted e, Step step) {
        step.counters().flow(Measure.REFERRALS_BY_OUTCOME, "ACCEPTED", 0);
        responded(step.before(), e.referralId(), e.at(), step.counters());
    }

    private static void counted(ReferralClosed e, Step step) {
        step.counters().flow(Measure.REFERRALS_BY_OUTCOME, e.closure().name(), 0);
        if (e.closure() != ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE) {
            // a referral withdrawn because the record closed was never answered: it has no response time
            responded(step.before(), e.referralId(), e.at(), step.counters());
        }
    }

    private static void counted(JointAssessmentCompleted e, Step step) {
        e.conclusion().agreedNeeds().stream().map(AgreedNeed::domain).distinct()
                .forEach(domain -> step.counters().flow(Measure.NEEDS_FOUND, domain.name(), 0));
        step.counters().flow(Measure.ASSESSMENT_ELIGIBILITY, e.eligibility().eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", 0);
    }

    /** A carer assessed, counted with the cared-for person's practice and locality: the carer is not registered anywhere here. */
    private static void counted(CarersAssessmentCarriedOut e, Step step) {
        step.counters().flow(Measure.CARERS_ASSESSED, e.eligibility().eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", 0);
    }

    private static void counted(CarerSupportArranged e, Step step) {
        step.counters().flow(Measure.CARERS_SUPPORTED, e.kind().name(), 0);
    }

    private static void counted(PersonAdmittedToHospital e, Step step) {
        step.counters().flow(Measure.ADMISSIONS, e.admission().type().name(), 0);
        if (e.readmissionWithin30Days()) {
            step.counters().flow(Measure.READMISSIONS_WITHIN_30_DAYS, "ALL", 0);
        }
    }

    private static void counted(PersonDischargedFromHospital e, Step step) {
        CareRecordState.HospitalStay stay = step.before().hospitalStay(e.admissionId()).orElse(null);
        boolean planned = e.plannedDate() != null;
        step.counters().flow(Measure.DISCHARGES_BY_PATHWAY,
                stay != null && stay.plan() != null ? stay.plan().pathway().name() : "NOT_PLANNED", 0);
        if (!planned) {
            step.counters().flow(Measure.DISCHARGES_AGAINST_PLAN, "NOT_PLANNED", 0);
        } else if (e.daysLaterThanPlanned() == 0) {
            step.counters().flow(Measure.DISCHARGES_AGAINST_PLAN, "ON_OR_BEFORE_PLANNED_DATE", 0);
        } else {
            step.counters().flow(Measure.DISCHARGES_AGAINST_PLAN, "LATER_THAN_PLANNED", e.daysLaterThanPlanned());
            step.counters().flow(Measure.DISCHARGE_DELAYS,
                    e.summary().delayReason() == null ? "NOT_GIVEN" : e.summary().delayReason().name(),
                    e.daysLaterThanPlanned());
        }
    }

    private static void counted(AdmissionNoticeAcknowledged e, Step step) {
        step.before().hospitalStay(e.admissionId()).ifPresent(stay -> step.counters().flow(Measure.GP_ACKNOWLEDGEMENTS,
                "ADMISSION_NOTICE", minutes(stay.admissionRecordedAt(), e.at())));
    }

    private static void counted(DischargeNoticeAcknowledged e, Step step) {
        // an amended notice acknowledged again is the same discharge: only the first acknowledgement is timed
        step.before().hospitalStay(e.admissionId())
                .filter(stay -> stay.dischargeNoticeRaisedAt() != null && stay.dischargeNoticeAcknowledgedAt() == null)
                .ifPresent(stay -> step.counters().flow(Measure.GP_ACKNOWLEDGEMENTS,
                        "DISCHARGE_NOTICE", minutes(stay.dischargeNoticeRaisedAt(), e.at())));
    }

    /** Only the first visit after a discharge follows it up; a visit for no discharge is not a discharge figure. */
    private static void counted(NursingVisitRecorded e, Step step) {
        if (e.admissionId() != null && e.firstAfterDischarge()) {
            followedUp(step, e.admissionId(), "FIRST_NURSING_VISIT", e.visitedAt());
        }
    }

    private static void counted(SocialCareFollowUpRecorded e, Step step) {
        followedUp(step, e.admissionId(), "SOCIAL_CARE_FOLLOW_UP", e.followedUpAt());
    }

    private static void followedUp(Step step, java.util.UUID admissionId, String category, Instant at) {
        step.before().hospitalStay(admissionId).filter(stay -> stay.discharge() != null)
                .ifPresent(stay -> step.counters().flow(Measure.DISCHARGE_FOLLOW_UPS, category,
                        minutes(stay.discharge().dischargedAt(), at)));
    }

    private static void responded(CareRecordState before, java.util.UUID referralId, Instant at, Counters counters) {
        before.referral(referralId).ifPresent(referral -> counters.flow(
                at.isAfter(referral.respondBy()) ? Measure.RESPONDED_AFTER_TARGET : Measure.RESPONDED_WITHIN_TARGET,
                referral.urgency().name(), minutes(referral.receivedAt(), at)));
    }

    /**
     * An entry marked entered in error no longer counts: what it added is taken back from the month it
     * was counted in, at the practice and locality the person stands in now. A referral's source (and,
     * when it was accepted, its outcome and response time); an admission (a readmission, and the time
     * the practice took to acknowledge its notice); the first nursing visit after a discharge when no
     * other visit follows the discharge up. A contribution was never counted on its own.
     */
    private void uncount(EntryMarkedEnteredInError e, CareRecordState before) {
        switch (e.kind()) {
            case REFERRAL -> before.referral(e.entryId()).ifPresent(referral -> {
                takeBack(before, referral.receivedAt(), Measure.REFERRALS_BY_SOURCE, referral.source().name(), 0);
                if (referral.state() == CareRecordState.ReferralState.ACCEPTED && referral.respondedAt() != null) {
                    takeBack(before, referral.respondedAt(), Measure.REFERRALS_BY_OUTCOME, "ACCEPTED", 0);
                    takeBack(before, referral.respondedAt(), referral.respondedAt().isAfter(referral.respondBy())
                                    ? Measure.RESPONDED_AFTER_TARGET : Measure.RESPONDED_WITHIN_TARGET,
                            referral.urgency().name(), minutes(referral.receivedAt(), referral.respondedAt()));
                }
            });
            case HOSPITAL_ADMISSION -> before.hospitalStay(e.entryId()).ifPresent(stay -> {
                takeBack(before, stay.admissionRecordedAt(), Measure.ADMISSIONS, stay.admission().type().name(), 0);
                if (stay.readmissionWithin30Days()) {
                    takeBack(before, stay.admissionRecordedAt(), Measure.READMISSIONS_WITHIN_30_DAYS, "ALL", 0);
                }
                if (stay.admissionNoticeAcknowledgedAt() != null) {
                    takeBack(before, stay.admissionNoticeAcknowledgedAt(), Measure.GP_ACKNOWLEDGEMENTS, "ADMISSION_NOTICE",
                            minutes(stay.admissionRecordedAt(), stay.admissionNoticeAcknowledgedAt()));
                }
            });
            case NURSING_VISIT -> {
                if (e.dischargeFollowUpUndone()) {
                    before.hospitalStay(e.admissionId())
                            .filter(stay -> stay.discharge() != null && stay.firstNursingVisitAt() != null)
                            .ifPresent(stay -> before.firstVisitRecordedAt(e.admissionId()).ifPresent(recordedAt ->
                                    takeBack(before, recordedAt, Measure.DISCHARGE_FOLLOW_UPS, "FIRST_NURSING_VISIT",
                                            minutes(stay.discharge().dischargedAt(), stay.firstNursingVisitAt()))));
                }
            }
            case ASSESSMENT_CONTRIBUTION -> {
                // counted only with the completed assessment, and a contribution is marked only before completion
            }
        }
    }

    private void takeBack(CareRecordState countedIn, Instant countedAt, Measure measure, String category, long total) {
        add(countedIn.practiceCode(), countedIn.locality(), YearMonth.from(CareCalendar.dateOf(countedAt)).toString(),
                measure, category, -1, -total);
    }

    private static long minutes(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    /**
     * What a person contributes to the stock figures: their needs met or unmet by the package in
     * force, and that package's weekly cost by stream, as delivered or as suspended. A closed record
     * contributes nothing.
     */
    private static Map<Counters.Key, long[]> standing(CareRecordState state) {
        Map<Counters.Key, long[]> standing = new HashMap<>();
        if (state.closed() || state.practiceCode() == null) {
            return standing;
        }
        CareRecordState.CarePackage inForce = state.packageInForce().orElse(null);
        Set<NeedDomain> metByPackage = EnumSet.noneOf(NeedDomain.class);
        if (inForce != null) {
            inForce.terms().services().forEach(service -> metByPackage.addAll(service.meetsNeeds()));
        }
        state.latestCompletedAssessment().ifPresent(assessment -> assessment.conclusion().agreedNeeds().stream()
                .map(AgreedNeed::domain).distinct()
                .forEach(domain -> standing.put(new Counters.Key(
                        metByPackage.contains(domain) ? Measure.NEEDS_MET : Measure.NEEDS_UNMET, domain.name()),
                        new long[] {1, 0})));
        if (inForce == null) {
            return standing;
        }
        standing.put(new Counters.Key(Measure.PACKAGES_IN_FORCE, inForce.state().name()), new long[] {1, 0});
        Map<String, Long> pence = new java.util.TreeMap<>();
        for (PlannedService service : inForce.terms().services()) {
            long weekly = service.weeklyCostPence();
            FundingStream stream = service.funding().stream();
            pence.merge(stream.name(), weekly, Long::sum);
            long healthShare = switch (stream) {
                case HEALTH -> weekly;
                case SOCIAL_CARE -> 0;
                // pence are not split: the health share is rounded down and social care pays the rest
                case JOINT -> Math.multiplyExact(weekly, (long) service.funding().healthPercent()) / 100;
            };
            if (stream == FundingStream.JOINT) {
                pence.merge("JOINT_HEALTH_SHARE", healthShare, Long::sum);
                pence.merge("JOINT_SOCIAL_CARE_SHARE", weekly - healthShare, Long::sum);
            }
            pence.merge("HEALTH_TOTAL", healthShare, Long::sum);
            pence.merge("SOCIAL_CARE_TOTAL", weekly - healthShare, Long::sum);
        }
        pence.put("PERSON_CONTRIBUTION", inForce.terms().personContributionPencePerWeek());
        // a suspended package is spend committed, not delivered: counted apart, never in both
        Measure spend = inForce.state() == CareRecordState.PackageState.SUSPENDED
                ? Measure.SUSPENDED_WEEKLY_SPEND : Measure.WEEKLY_SPEND;
        pence.forEach((category, amount) -> standing.put(new Counters.Key(spend, category),
                new long[] {1, amount}));
        return standing;
    }

    /** The changes one event makes, before they are written. */
    private static final class Counters {
        record Key(Measure measure, String category) {
        }

        final Map<Key, long[]> rows = new java.util.TreeMap<>(
                java.util.Comparator.comparing((Key k) -> k.measure()).thenComparing(Key::category));

        void flow(Measure measure, String category, long total) {
            long[] row = rows.computeIfAbsent(new Key(measure, category), k -> new long[2]);
            row[0]++;
            row[1] += total;
        }

        void addStock(Map<Key, long[]> standing) {
            standing.forEach((key, value) -> {
                long[] row = rows.computeIfAbsent(key, k -> new long[2]);
                row[0] += value[0];
                row[1] += value[1];
            });
        }

        void subtractStock(Map<Key, long[]> standing) {
            standing.forEach((key, value) -> {
                long[] row = rows.computeIfAbsent(key, k -> new long[2]);
                row[0] -= value[0];
                row[1] -= value[1];
            });
        }
    }

    private void add(String practice, String locality, String month, Measure measure, String category,
                     long people, long total) {
        int updated = jdbc.update("UPDATE commissioning_figure SET people = people + ?, total = total + ?"
                        + " WHERE practice_code = ? AND locality = ? AND uk_month = ? AND measure = ? AND category = ?",
                people, total, practice, locality, month, measure.name(), category);
        if (updated == 0) {
            jdbc.update("INSERT INTO commissioning_figure (practice_code, locality, uk_month, kind, measure, category, people, total)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    practice, locality, month, measure.kind().name(), measure.name(), category, people, total);
        }
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM commissioning_figure");
        records.forgetAll();
    }

    /** The record was erased: the view forgets the person (ErasedRecords). */
    @EventHandler
    void on(RecordErased event) {
        // the figures are anonymous counts and stay; the person's kept state goes
        ErasedRecords.forgetByText(jdbc, event.careRecordId(), "commissioning_record_state");
        records.forget(event.careRecordId());
    }
}
