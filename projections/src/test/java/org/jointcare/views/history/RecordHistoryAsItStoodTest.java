package org.jointcare.views.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.journeys.Journey.on;

import java.time.LocalDate;
import java.util.UUID;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.CareRecordState.PackageState;
import org.jointcare.views.CareRecordState.ReferralState;
import org.jointcare.views.journeys.Journey;
import org.jointcare.views.journeys.ViewTestbed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mrs Evans's year, from referral to closure, read back as it stood at moments along the way. */
class RecordHistoryAsItStoodTest {

    private final ViewTestbed testbed = new ViewTestbed();
    private final RecordHistoryProjection history = testbed.handledBy(new RecordHistoryProjection(testbed.jdbc()));
    private final Journey evans = new Journey("Mary", "Evans", Journey.PRACTICE_NORTH, Journey.LOCALITY_NORTH);
    private final Journey other = new Journey("Peter", "Hughes", Journey.PRACTICE_SOUTH, Journey.LOCALITY_SOUTH);
    private final UUID referral = UUID.randomUUID();
    private final UUID assessment = UUID.randomUUID();
    private final UUID firstPackage = UUID.randomUUID();
    private final UUID admission = UUID.randomUUID();

    @BeforeEach
    void mrsEvansYear() {
        testbed.record(evans.registered(on("2026-03-02", "09:00")));
        testbed.record(other.registered(on("2026-03-02", "09:30")));
        testbed.record(evans.consent(ConsentDecision.AGREED, null, on("2026-03-02", "09:05")));
        testbed.record(evans.referred(referral, ReferralSource.GP, Urgency.SOON, "Falls at home; carer exhausted", on("2026-03-03", "10:00")));
        testbed.record(other.referred(UUID.randomUUID(), ReferralSource.SELF, Urgency.ROUTINE, "Lonely", on("2026-03-03", "11:00")));
        testbed.record(evans.accepted(referral, on("2026-03-05", "14:00")));
        testbed.record(evans.assessmentStarted(assessment, referral, on("2026-03-09", "10:00")));
        testbed.record(evans.contributed(assessment, Discipline.SOCIAL_CARE, on("2026-03-09", "11:00"), NeedDomain.PERSONAL_CARE));
        testbed.record(evans.contributed(assessment, Discipline.GP, on("2026-03-10", "12:00"), NeedDomain.MEDICATION));
        testbed.record(evans.assessmentCompleted(assessment, on("2026-03-12", "15:00"), NeedDomain.PERSONAL_CARE, NeedDomain.MEDICATION));
        testbed.record(evans.packageArranged(firstPackage, assessment, LocalDate.of(2026, 3, 16),
                Journey.terms(1500, Journey.homeCare(10, NeedDomain.PERSONAL_CARE)), on("2026-03-13", "09:00")));
        testbed.record(evans.admitted(admission, AdmissionType.EMERGENCY, on("2026-04-20", "22:10")));
        testbed.record(evans.dischargePlanned(admission, LocalDate.of(2026, 4, 24), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT, on("2026-04-22", "10:00")));
        testbed.record(evans.discharged(admission, LocalDate.of(2026, 4, 24), DelayReason.AWAITING_CARE_PACKAGE, on("2026-04-27", "16:00")));
        testbed.record(evans.packageResumed(on("2026-04-28", "09:00")));
        testbed.record(evans.recordClosed(ClosureReason.MOVED_AWAY, on("2026-09-01", "12:00")));
    }

    @Test
    void before_she_was_registered_there_is_nothing_to_see() {
        RecordAsAt asAt = history.handle(new FindRecordAsAt(evans.id, on("2026-03-01", "12:00")));

        assertThat(asAt.eventsApplied()).isZero();
        assertThat(asAt.lastSequenceNumber()).isEqualTo(-1);
        assertThat(asAt.person()).isNull();
    }

    @Test
    void the_day_her_referral_was_accepted_it_is_allocated_and_nothing_else_has_happened_yet() {
        RecordAsAt asAt = history.handle(new FindRecordAsAt(evans.id, on("2026-03-05", "18:00")));

        assertThat(asAt.person().familyName()).isEqualTo("Evans");
        assertThat(asAt.consent().decision()).isEqualTo(ConsentDecision.AGREED);
        assertThat(asAt.referrals()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReferralState.ACCEPTED);
            assertThat(r.linkworkerUserId()).isEqualTo("lw.jones");
        });
        assertThat(asAt.assessments()).isEmpty();
        assertThat(asAt.packageInForce()).isNull();
        assertThat(asAt.closed()).isFalse();
    }

    @Test
    void while_she_was_in_hospital_her_package_stood_suspended_and_a_review_was_due() {
        RecordAsAt asAt = history.handle(new FindRecordAsAt(evans.id, on("2026-04-23", "12:00")));

        assertThat(asAt.referrals()).singleElement().extracting(r -> r.state()).isEqualTo(ReferralState.ASSESSED);
        assertThat(asAt.assessments()).singleElement().satisfies(a -> assertThat(a.completed()).isTrue());
        assertThat(asAt.packageInForce().packageId()).isEqualTo(firstPackage);
        assertThat(asAt.packageInForce().state()).isEqualTo(PackageState.SUSPENDED);
        assertThat(asAt.openAdmission().admissionId()).isEqualTo(admission);
        assertThat(asAt.openAdmission().plan().expectedDate()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(asAt.reviewDue().dueBy()).isEqualTo(LocalDate.of(2026, 3, 16).plusWeeks(8));
    }

    @Test
    void after_she_moved_away_the_record_is_closed_and_her_package_over() {
        RecordAsAt asAt = history.handle(new FindRecordAsAt(evans.id, on("2026-12-31", "12:00")));

        assertThat(asAt.closed()).isTrue();
        assertThat(asAt.closureReason()).isEqualTo(ClosureReason.MOVED_AWAY);
        assertThat(asAt.packageInForce()).isNull();
        assertThat(asAt.packages()).singleElement().extracting(p -> p.state()).isEqualTo(PackageState.ENDED);
        assertThat(asAt.openAdmission()).isNull();
        assertThat(asAt.reviewDue()).isNull();
        assertThat(asAt.eventsApplied()).isEqualTo(evans.events().size());
    }

    @Test
    void her_timeline_is_every_event_in_order_with_clinical_detail_kept_apart() {
        RecordHistory firstPage = history.handle(new FindRecordHistory(evans.id, 0, 5));
        RecordHistory secondPage = history.handle(new FindRecordHistory(evans.id, 1, 5));

        assertThat(firstPage.total()).isEqualTo(evans.events().size());
        assertThat(firstPage.entries()).extracting(HistoryEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(secondPage.entries()).extracting(HistoryEntry::sequenceNumber).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(firstPage.entries().get(0).eventType()).isEqualTo("PersonRegistered");
        assertThat(firstPage.entries().get(2).what()).contains("SOON referral").contains("Falls at home");

        HistoryEntry gpContribution = secondPage.entries().stream()
                .filter(e -> e.what().startsWith("GP contribution")).findFirst().orElseThrow();
        assertThat(gpContribution.what()).doesNotContain("diabetes");
        assertThat(gpContribution.clinicalDetail()).contains("Medical history: Type 2 diabetes").contains("Prognosis");
        assertThat(gpContribution.byOrganisation()).isEqualTo(Journey.PRACTICE_NORTH);
    }

    @Test
    void another_persons_events_never_appear_in_her_history() {
        RecordHistory all = history.handle(new FindRecordHistory(evans.id, 0, 200));

        assertThat(all.entries()).noneMatch(e -> e.what().contains("Lonely"));
        assertThat(history.handle(new FindRecordHistory(other.id, 0, 10)).total()).isEqualTo(2);
    }

    @Test
    void rebuilding_the_history_gives_the_same_rows() {
        var before = testbed.rows("record_history_event");

        testbed.rebuild();

        assertThat(testbed.rows("record_history_event")).isEqualTo(before).hasSize(evans.events().size() + 2);
    }
}
