package org.jointcare.views.recordhistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.views.CareRecordState.PackageState;
import org.jointcare.views.CareRecordState.ReferralState;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Professionals;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mrs Evans's year, from referral to closure, read back as it stood at moments along the way. */
class RecordHistoryAsItStoodTest {

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();
    private CareRecordStory evans;
    private CareRecordStory hughes;

    @BeforeEach
    void mrsEvansYear() {
        view.handlers(new RecordHistoryProjection(view.jdbc()), new RecordHistoryQueries(view.jdbc()));
        evans = log.register("Mary", "Evans", LocalDate.of(1938, 5, 14), Professionals.PRACTICE_NORTH, "Trowbridge", "2026-03-02T09:00:00Z");
        hughes = log.register("Peter", "Hughes", LocalDate.of(1941, 2, 2), Professionals.PRACTICE_SOUTH, "Salisbury", "2026-03-02T09:30:00Z");
        evans.at("2026-03-02T09:05:00Z").consent(ConsentDecision.AGREED, null, Professionals.gp(Professionals.PRACTICE_NORTH))
                .at("2026-03-03T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home; carer exhausted");
        hughes.at("2026-03-03T11:00:00Z").referred(ReferralSource.SELF, new Requester("Peter Hughes", null), Urgency.ROUTINE,
                "Lonely", Professionals.linkworker("anna.lw"));
        evans.at("2026-03-05T14:00:00Z").referralAccepted("anna.lw")
                .at("2026-03-09T10:00:00Z").assessmentStarted()
                .at("2026-03-09T11:00:00Z").contributed(Discipline.SOCIAL_CARE)
                .at("2026-03-10T12:00:00Z").contributed(Discipline.GP)
                .at("2026-03-12T15:00:00Z").assessmentCompleted()
                .at("2026-03-16T09:00:00Z").packageArranged(Services.homeCare(10, 2150))
                .at("2026-04-20T21:10:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-04-22T09:00:00Z").dischargePlanned(LocalDate.of(2026, 4, 24), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT)
                .at("2026-04-27T15:00:00Z").discharged(DischargeDestination.USUAL_RESIDENCE, DelayReason.AWAITING_CARE_PACKAGE)
                .at("2026-04-28T08:00:00Z").packageResumed()
                .at("2026-09-01T11:00:00Z").closed(ClosureReason.MOVED_AWAY);
        view.play(log);
    }

    private RecordAsAt asAt(String instant) {
        return view.ask(new FindRecordAsAt(evans.id(), Instant.parse(instant)), RecordAsAt.class);
    }

    private RecordHistory history(CareRecordStory person, int page, int size) {
        return view.ask(new FindRecordHistory(person.id(), page, size), RecordHistory.class);
    }

    private long eventsOf(CareRecordStory person) {
        return log.messages().stream().filter(m -> m.getAggregateIdentifier().equals(person.id().toString())).count();
    }

    @Test
    void before_she_was_registered_there_is_nothing_to_see() {
        RecordAsAt before = asAt("2026-03-01T12:00:00Z");

        assertThat(before.eventsApplied()).isZero();
        assertThat(before.lastSequenceNumber()).isEqualTo(-1);
        assertThat(before.person()).isNull();
    }

    @Test
    void the_day_her_referral_was_accepted_it_is_allocated_and_nothing_else_has_happened_yet() {
        RecordAsAt accepted = asAt("2026-03-05T18:00:00Z");

        assertThat(accepted.person().familyName()).isEqualTo("Evans");
        assertThat(accepted.consent().decision()).isEqualTo(ConsentDecision.AGREED);
        assertThat(accepted.referrals()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReferralState.ACCEPTED);
            assertThat(r.linkworkerUserId()).isEqualTo("anna.lw");
            assertThat(r.respondBy()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
        });
        assertThat(accepted.assessments()).isEmpty();
        assertThat(accepted.packageInForce()).isNull();
        assertThat(accepted.closed()).isFalse();
    }

    @Test
    void while_she_was_in_hospital_her_package_stood_suspended_and_a_review_was_due() {
        RecordAsAt inHospital = asAt("2026-04-23T12:00:00Z");

        assertThat(inHospital.referrals()).singleElement().extracting(r -> r.state()).isEqualTo(ReferralState.ASSESSED);
        assertThat(inHospital.assessments()).singleElement().satisfies(a -> {
            assertThat(a.completed()).isTrue();
            assertThat(a.contributions()).containsExactly(Discipline.SOCIAL_CARE, Discipline.GP);
        });
        assertThat(inHospital.packageInForce().state()).isEqualTo(PackageState.SUSPENDED);
        assertThat(inHospital.packageInForce().terms().weeklyCostPence()).isEqualTo(21_500);
        assertThat(inHospital.openAdmission().admission().hospitalName()).isEqualTo("Royal Devon and Exeter");
        assertThat(inHospital.openAdmission().plan().expectedDate()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(inHospital.reviewDue().dueBy()).isEqualTo(LocalDate.of(2026, 3, 16).plusWeeks(8));
    }

    @Test
    void a_package_revised_in_hospital_stands_suspended_and_the_one_it_replaced_is_kept_as_replaced() {
        CareRecordStory ward = log.register("Joan", "Ward", LocalDate.of(1936, 1, 9), Professionals.PRACTICE_NORTH, "Trowbridge",
                        "2026-03-02T10:00:00Z")
                .jointlyAssessedOn("2026-03-04", Discipline.DISTRICT_NURSING)
                .at("2026-03-09T09:00:00Z").packageArranged(Services.homeCare(10, 2150))
                .at("2026-04-20T21:10:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-04-23T10:00:00Z").packageRevised("Needs two carers after the fall", Services.homeCare(14, 2150));
        view.play(log);

        RecordAsAt revised = view.ask(new FindRecordAsAt(ward.id(), Instant.parse("2026-04-24T12:00:00Z")), RecordAsAt.class);
        assertThat(revised.packageInForce().packageId()).isEqualTo(ward.packageId());
        assertThat(revised.packageInForce().state()).isEqualTo(PackageState.SUSPENDED);
        assertThat(revised.packages()).extracting(p -> p.state())
                .containsExactly(PackageState.REPLACED, PackageState.SUSPENDED);
        assertThat(revised.reviewDue().packageId()).isEqualTo(ward.packageId());
        assertThat(revised.reviewDue().trigger()).isEqualTo(ReviewTrigger.PACKAGE_CHANGED);
    }

    @Test
    void back_home_her_package_is_active_again_and_the_stay_is_over_three_days_late() {
        RecordAsAt home = asAt("2026-05-01T12:00:00Z");

        assertThat(home.packageInForce().state()).isEqualTo(PackageState.ACTIVE);
        assertThat(home.openAdmission()).isNull();
        assertThat(home.hospitalStays()).singleElement().satisfies(stay -> {
            assertThat(stay.daysLaterThanPlanned()).isEqualTo(3);
            assertThat(stay.discharge().delayReason()).isEqualTo(DelayReason.AWAITING_CARE_PACKAGE);
            assertThat(stay.dischargeNoticeRaisedAt()).isEqualTo(Instant.parse("2026-04-27T15:00:00Z"));
        });
    }

    @Test
    void after_she_moved_away_the_record_is_closed_and_her_package_over() {
        RecordAsAt closed = asAt("2026-12-31T12:00:00Z");

        assertThat(closed.closed()).isTrue();
        assertThat(closed.closureReason()).isEqualTo(ClosureReason.MOVED_AWAY);
        assertThat(closed.packageInForce()).isNull();
        assertThat(closed.packages()).singleElement().extracting(p -> p.state()).isEqualTo(PackageState.ENDED);
        assertThat(closed.reviewDue()).isNull();
        assertThat(closed.eventsApplied()).isEqualTo(eventsOf(evans));
    }

    @Test
    void her_timeline_is_every_event_in_order_with_clinical_detail_kept_apart() {
        RecordHistory firstPage = history(evans, 0, 5);
        RecordHistory secondPage = history(evans, 1, 5);

        assertThat(firstPage.total()).isEqualTo(eventsOf(evans));
        assertThat(firstPage.entries()).extracting(HistoryEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(secondPage.entries()).extracting(HistoryEntry::sequenceNumber).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(firstPage.entries().get(0).eventType()).isEqualTo("PersonRegistered");
        assertThat(firstPage.entries().get(2).what()).startsWith("Referral received from GP").contains("soon").contains("Falls at home");
        assertThat(firstPage.entries().get(2).at()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));

        HistoryEntry gpContribution = secondPage.entries().stream()
                .filter(e -> e.what().startsWith("GP contribution")).findFirst().orElseThrow();
        assertThat(gpContribution.what()).doesNotContain("diabetes");
        assertThat(gpContribution.clinicalDetail()).contains("Medical history: Type 2 diabetes").contains("Prognosis");
        assertThat(gpContribution.byOrganisation()).isEqualTo(Professionals.PRACTICE_NORTH);

        List<HistoryEntry> all = history(evans, 0, 200).entries();
        HistoryEntry discharge = all.stream().filter(e -> e.eventType().equals("PersonDischargedFromHospital")).findFirst().orElseThrow();
        assertThat(discharge.what()).contains("3 day(s) later than planned").doesNotContain("Amoxicillin");
        assertThat(discharge.clinicalDetail()).contains("chest infection").contains("started Amoxicillin");
    }

    @Test
    void another_persons_events_never_appear_in_her_history() {
        assertThat(history(evans, 0, 200).entries()).noneMatch(e -> e.what().contains("Lonely"));
        assertThat(history(hughes, 0, 10).total()).isEqualTo(2);
    }

    @Test
    void rebuilding_the_history_gives_the_same_rows() {
        List<String> live = view.rows("record_history_event", "care_record_id, sequence_number");

        view.reset().replay(log);

        assertThat(view.rows("record_history_event", "care_record_id, sequence_number")).isEqualTo(live).hasSize(log.size());
    }
}
