package org.jointcare.views.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.journeys.Journey.on;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.journeys.Journey;
import org.jointcare.views.journeys.ViewTestbed;
import org.junit.jupiter.api.Test;

/**
 * Two practices over a spring and summer: referrals, assessments, packages and hospital stays,
 * read back as a commissioner sees them — counted, costed, and never below five.
 */
class CommissioningFiguresTest {

    private static final String NORTH = Journey.PRACTICE_NORTH;
    private static final String SOUTH = Journey.PRACTICE_SOUTH;

    private final ViewTestbed testbed = new ViewTestbed();
    private final CommissioningProjection commissioning =
            testbed.handledBy(new CommissioningProjection(testbed.jdbc(), testbed));

    private List<Journey> people(int count, String practice, String locality) {
        List<Journey> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Journey person = new Journey("Person" + i, practice + "Family" + i, practice, locality);
            testbed.record(person.registered(on("2026-02-02", "09:00")));
            people.add(person);
        }
        return people;
    }

    private Map<String, CommissioningFigure> figures(String practice, String locality, String month, Measure measure) {
        CommissioningFigures all = commissioning.handle(new FindCommissioningFigures(practice, locality, YearMonth.parse(month), 0, 200));
        Map<String, CommissioningFigure> byCategory = new java.util.TreeMap<>();
        all.figures().stream().filter(f -> f.measure() == measure).forEach(f -> byCategory.put(f.category(), f));
        return byCategory;
    }

    private static void shown(CommissioningFigure figure, long count, Long total) {
        assertThat(figure.suppressed()).isFalse();
        assertThat(figure.count()).isEqualTo(count);
        assertThat(figure.total()).isEqualTo(total);
    }

    private static void suppressed(CommissioningFigure figure) {
        assertThat(figure.suppressed()).isTrue();
        assertThat(figure.count()).isNull();
        assertThat(figure.total()).isNull();
    }

    @Test
    void four_gp_referrals_in_a_practice_are_suppressed_five_are_shown_and_together_they_are_nine() {
        people(4, NORTH, Journey.LOCALITY_NORTH).forEach(p -> testbed.record(
                p.referred(UUID.randomUUID(), ReferralSource.GP, Urgency.ROUTINE, "Struggling at home", on("2026-03-10", "10:00"))));
        people(5, SOUTH, Journey.LOCALITY_SOUTH).forEach(p -> testbed.record(
                p.referred(UUID.randomUUID(), ReferralSource.GP, Urgency.ROUTINE, "Struggling at home", on("2026-03-11", "10:00"))));

        suppressed(figures(NORTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"));
        shown(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"), 5, null);
        shown(figures(null, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"), 9, null);
        shown(figures(null, Journey.LOCALITY_SOUTH, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"), 5, null);
        assertThat(figures(null, null, "2026-04", Measure.REFERRALS_BY_SOURCE)).isEmpty();
    }

    @Test
    void urgent_referrals_answered_within_a_day_count_against_target_with_the_minutes_they_took() {
        List<Journey> south = people(6, SOUTH, Journey.LOCALITY_SOUTH);
        for (int i = 0; i < south.size(); i++) {
            Journey person = south.get(i);
            UUID referral = UUID.randomUUID();
            testbed.record(person.referred(referral, ReferralSource.DISTRICT_NURSE, Urgency.URGENT, "Carer taken ill", on("2026-03-02", "08:00")));
            if (i < 5) {
                testbed.record(person.accepted(referral, on("2026-03-02", "14:00")));
            } else {
                testbed.record(person.closedReferral(referral, ReferralClosure.SIGNPOSTED, "Age UK sitting service", on("2026-03-03", "14:00")));
            }
        }

        shown(figures(SOUTH, null, "2026-03", Measure.RESPONDED_WITHIN_TARGET).get("URGENT"), 5, 5 * 360L);
        suppressed(figures(SOUTH, null, "2026-03", Measure.RESPONDED_AFTER_TARGET).get("URGENT"));
        shown(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_OUTCOME).get("ACCEPTED"), 5, null);
        suppressed(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_OUTCOME).get("SIGNPOSTED"));
        shown(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("DISTRICT_NURSE"), 6, null);
    }

    @Test
    void needs_found_in_march_are_unmet_until_april_packages_meet_some_and_spend_is_split_by_funding_stream() {
        List<Journey> south = people(5, SOUTH, Journey.LOCALITY_SOUTH);
        for (Journey person : south) {
            UUID referral = UUID.randomUUID();
            UUID assessment = UUID.randomUUID();
            testbed.record(person.referred(referral, ReferralSource.GP, Urgency.SOON, "Falls", on("2026-03-02", "09:00")));
            testbed.record(person.accepted(referral, on("2026-03-03", "09:00")));
            testbed.record(person.assessmentStarted(assessment, referral, on("2026-03-09", "09:00")));
            testbed.record(person.contributed(assessment, Discipline.SOCIAL_CARE, on("2026-03-09", "10:00"), NeedDomain.PERSONAL_CARE));
            testbed.record(person.contributed(assessment, Discipline.DISTRICT_NURSING, on("2026-03-10", "10:00"), NeedDomain.MOBILITY));
            testbed.record(person.assessmentCompleted(assessment, on("2026-03-20", "16:00"), NeedDomain.PERSONAL_CARE, NeedDomain.MOBILITY));
            testbed.record(person.packageArranged(UUID.randomUUID(), assessment, LocalDate.of(2026, 4, 6),
                    Journey.terms(1500, Journey.homeCare(10, NeedDomain.PERSONAL_CARE),
                            Journey.jointBathing(1, 60, NeedDomain.PERSONAL_CARE)),
                    on("2026-04-02", "11:00")));
        }

        shown(figures(SOUTH, null, "2026-03", Measure.NEEDS_FOUND).get("PERSONAL_CARE"), 5, null);
        shown(figures(SOUTH, null, "2026-03", Measure.NEEDS_UNMET).get("PERSONAL_CARE"), 5, null);
        shown(figures(SOUTH, null, "2026-03", Measure.NEEDS_UNMET).get("MOBILITY"), 5, null);
        assertThat(figures(SOUTH, null, "2026-03", Measure.NEEDS_MET)).isEmpty();
        assertThat(figures(SOUTH, null, "2026-03", Measure.WEEKLY_SPEND)).isEmpty();

        assertThat(figures(SOUTH, null, "2026-04", Measure.NEEDS_FOUND)).isEmpty();
        shown(figures(SOUTH, null, "2026-04", Measure.NEEDS_MET).get("PERSONAL_CARE"), 5, null);
        shown(figures(SOUTH, null, "2026-04", Measure.NEEDS_UNMET).get("MOBILITY"), 5, null);
        assertThat(figures(SOUTH, null, "2026-04", Measure.NEEDS_UNMET)).doesNotContainKey("PERSONAL_CARE");

        Map<String, CommissioningFigure> spend = figures(SOUTH, null, "2026-04", Measure.WEEKLY_SPEND);
        shown(spend.get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
        shown(spend.get("JOINT"), 5, 5 * 1801L);
        shown(spend.get("JOINT_HEALTH_SHARE"), 5, 5 * 1080L);
        shown(spend.get("JOINT_SOCIAL_CARE_SHARE"), 5, 5 * 721L);
        shown(spend.get("HEALTH_TOTAL"), 5, 5 * 1080L);
        shown(spend.get("SOCIAL_CARE_TOTAL"), 5, 5 * (21500L + 721L));
        shown(spend.get("PERSON_CONTRIBUTION"), 5, 5 * 1500L);
        assertThat(spend).doesNotContainKey("HEALTH");
        shown(figures(SOUTH, null, "2026-04", Measure.PACKAGES_IN_FORCE).get("ACTIVE"), 5, null);
        // the stock stands in later months without new events
        shown(figures(SOUTH, null, "2026-08", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 21500L);

        testbed.record(south.get(0).recordClosed(ClosureReason.DIED, on("2026-05-14", "10:00")));

        Map<String, CommissioningFigure> mayAfterOneDied = figures(SOUTH, null, "2026-05", Measure.WEEKLY_SPEND);
        suppressed(mayAfterOneDied.get("SOCIAL_CARE"));
        suppressed(mayAfterOneDied.get("JOINT_HEALTH_SHARE"));
        suppressed(figures(SOUTH, null, "2026-05", Measure.NEEDS_MET).get("PERSONAL_CARE"));
        shown(figures(SOUTH, null, "2026-04", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 21500L);
    }

    @Test
    void the_discharge_audit_counts_pathways_delays_with_reasons_readmissions_and_gp_acknowledgement_time() {
        List<Journey> north = people(10, NORTH, Journey.LOCALITY_NORTH);
        for (int i = 0; i < north.size(); i++) {
            Journey person = north.get(i);
            UUID admission = UUID.randomUUID();
            testbed.record(person.admitted(admission, AdmissionType.EMERGENCY, on("2026-06-01", "20:00")));
            testbed.record(person.admissionAcknowledged(admission, on("2026-06-02", "08:00")));
            testbed.record(person.dischargePlanned(admission, LocalDate.of(2026, 6, 10), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT, on("2026-06-05", "10:00")));
            boolean late = i >= 5;
            testbed.record(person.discharged(admission, LocalDate.of(2026, 6, 10), DelayReason.AWAITING_CARE_PACKAGE,
                    late ? on("2026-06-13", "15:00") : on("2026-06-10", "15:00")));
            testbed.record(person.dischargeAcknowledged(admission, late ? on("2026-06-13", "17:00") : on("2026-06-10", "17:00")));
            if (i < 5) {
                testbed.record(person.admitted(UUID.randomUUID(), AdmissionType.EMERGENCY, on("2026-07-02", "11:00")));
            }
        }

        shown(figures(NORTH, null, "2026-06", Measure.ADMISSIONS).get("EMERGENCY"), 10, null);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGES_BY_PATHWAY).get("PATHWAY_1_HOME_WITH_SUPPORT"), 10, null);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGES_AGAINST_PLAN).get("ON_OR_BEFORE_PLANNED_DATE"), 5, 0L);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGES_AGAINST_PLAN).get("LATER_THAN_PLANNED"), 5, 15L);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGE_DELAYS).get("AWAITING_CARE_PACKAGE"), 5, 15L);
        shown(figures(NORTH, null, "2026-06", Measure.GP_ACKNOWLEDGEMENTS).get("DISCHARGE_NOTICE"), 10, 10 * 120L);
        shown(figures(NORTH, null, "2026-06", Measure.GP_ACKNOWLEDGEMENTS).get("ADMISSION_NOTICE"), 10, 10 * 720L);
        assertThat(figures(NORTH, null, "2026-06", Measure.READMISSIONS_WITHIN_30_DAYS)).isEmpty();
        shown(figures(NORTH, null, "2026-07", Measure.READMISSIONS_WITHIN_30_DAYS).get("ALL"), 5, null);
        shown(figures(NORTH, null, "2026-07", Measure.ADMISSIONS).get("EMERGENCY"), 5, null);
    }

    @Test
    void no_table_row_and_no_answer_names_or_identifies_a_person() {
        List<Journey> everyone = new ArrayList<>(people(5, SOUTH, Journey.LOCALITY_SOUTH));
        everyone.forEach(p -> testbed.record(p.referred(UUID.randomUUID(), ReferralSource.CARER, Urgency.SOON, "Carer breakdown", on("2026-03-02", "09:00"))));

        List<String> stored = testbed.jdbc().queryForList(
                "SELECT practice_code || '|' || locality || '|' || uk_month || '|' || measure || '|' || category FROM commissioning_figure", String.class);
        String answer = commissioning.handle(new FindCommissioningFigures(null, null, YearMonth.of(2026, 3), 0, 200)).toString()
                + commissioning.handle(new FindCommissioningAreas(0, 50));
        for (Journey person : everyone) {
            assertThat(stored).noneMatch(row -> row.contains(person.id.toString()) || row.contains("Family"));
            assertThat(answer).doesNotContain(person.id.toString()).doesNotContain("Family");
        }
        assertThat(testbed.jdbc().queryForList(
                "SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'commissioning_figure' ORDER BY ordinal_position",
                String.class)).containsExactly("practice_code", "locality", "uk_month", "kind", "measure", "category", "people", "total");
        assertThat(commissioning.handle(new FindCommissioningAreas(0, 50)).areas())
                .containsExactly(new CommissioningArea(SOUTH, Journey.LOCALITY_SOUTH, YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
    }

    @Test
    void figures_page_in_alphabetical_measure_then_category_order_and_a_rebuild_gives_the_same_rows() {
        List<Journey> south = people(5, SOUTH, Journey.LOCALITY_SOUTH);
        south.forEach(p -> testbed.record(p.referred(UUID.randomUUID(), ReferralSource.GP, Urgency.SOON, "Falls", on("2026-03-02", "09:00"))));
        south.forEach(p -> testbed.record(p.referred(UUID.randomUUID(), ReferralSource.CARER, Urgency.SOON, "Falls", on("2026-03-03", "09:00"))));
        south.forEach(p -> testbed.record(p.admitted(UUID.randomUUID(), AdmissionType.PLANNED, on("2026-03-04", "09:00"))));

        CommissioningFigures first = commissioning.handle(new FindCommissioningFigures(SOUTH, null, YearMonth.of(2026, 3), 0, 2));
        CommissioningFigures second = commissioning.handle(new FindCommissioningFigures(SOUTH, null, YearMonth.of(2026, 3), 1, 2));
        assertThat(first.totalFigures()).isEqualTo(3);
        assertThat(first.figures()).extracting(f -> f.measure() + "/" + f.category())
                .containsExactly("ADMISSIONS/PLANNED", "REFERRALS_BY_SOURCE/CARER");
        assertThat(second.figures()).extracting(f -> f.measure() + "/" + f.category()).containsExactly("REFERRALS_BY_SOURCE/GP");

        var live = testbed.rows("commissioning_figure");
        testbed.rebuild();
        assertThat(testbed.rows("commissioning_figure")).isEqualTo(live).isNotEmpty();
    }
}
