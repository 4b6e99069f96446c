package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.dischargeHome;
import static org.jointcare.carerecord.CareDetails.dischargePlan;
import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.DISCHARGE_COORDINATOR;
import static org.jointcare.carerecord.Professionals.REGISTERED_PRACTICE;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DischargingFromHospitalTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    /** A discharge later than the journey's is recorded an hour after it happened, never before. */
    private RecordDischarge recordedAnHourLater(DischargeSummary summary) {
        return new RecordDischarge(margaret.careRecordId, margaret.admissionId, summary, DISCHARGE_COORDINATOR,
                summary.dischargedAt().plusSeconds(3600));
    }

    private Object[] recordedAnHourLater(DischargeSummary summary, LocalDate plannedDate, long daysLate) {
        Instant recordedAt = summary.dischargedAt().plusSeconds(3600);
        return new Object[]{
                new PersonDischargedFromHospital(margaret.careRecordId, margaret.admissionId, summary, plannedDate, daysLate,
                        DISCHARGE_COORDINATOR, recordedAt),
                new DischargeNoticeRaised(margaret.careRecordId, margaret.admissionId, REGISTERED_PRACTICE,
                        DISCHARGE_COORDINATOR, recordedAt)};
    }

    private PersonDischargedFromHospital discharged(DischargeSummary summary, LocalDate plannedDate, long daysLate) {
        return new PersonDischargedFromHospital(margaret.careRecordId, margaret.admissionId, summary, plannedDate, daysLate,
                DISCHARGE_COORDINATOR, DISCHARGE_RECORDED_AT);
    }

    // planning

    @Test
    void a_discharge_is_planned_for_an_open_admission() {
        care.given(margaret.inHospital())
                .when(margaret.planDischarge(PLANNED_DISCHARGE_DATE))
                .expectEvents(margaret.dischargePlannedOn(PLANNED_DISCHARGE_DATE));
    }

    @Test
    void a_discharge_can_be_planned_again_for_a_later_date() {
        LocalDate later = LocalDate.of(2026, 4, 29);
        care.given(margaret.dischargePlanned())
                .when(margaret.planDischarge(later))
                .expectEvents(margaret.dischargePlannedOn(later));
    }

    @Test
    void planning_a_discharge_with_no_admission_is_refused() {
        care.given(margaret.packageInPlace())
                .when(margaret.planDischarge(PLANNED_DISCHARGE_DATE))
                .expectException(violates(CareRule.NO_OPEN_ADMISSION));
    }

    @Test
    void planning_a_discharge_after_the_person_has_gone_home_is_refused() {
        care.given(margaret.dischargedHome())
                .when(margaret.planDischarge(PLANNED_DISCHARGE_DATE))
                .expectException(violates(CareRule.NO_OPEN_ADMISSION));
    }

    static Stream<Arguments> incompletePlans() {
        return Stream.of(
                arguments("no plan at all", null),
                arguments("no expected date", new DischargePlan(null, true, DischargePathway.PATHWAY_0_HOME_NO_NEW_SUPPORT, List.of())),
                arguments("no pathway", new DischargePlan(PLANNED_DISCHARGE_DATE, false, null, List.of())));
    }

    @ParameterizedTest(name = "a plan with {0} is refused")
    @MethodSource("incompletePlans")
    void an_incomplete_discharge_plan_is_refused(String missing, DischargePlan plan) {
        care.given(margaret.inHospital())
                .when(new PlanDischarge(margaret.careRecordId, margaret.admissionId, plan, DISCHARGE_COORDINATOR, DISCHARGE_PLANNED_AT))
                .expectException(violates(CareRule.DISCHARGE_DETAILS_INCOMPLETE));
    }

    // discharging

    @Test
    void a_discharge_on_the_planned_day_raises_a_discharge_notice_to_the_registered_practice() {
        care.given(margaret.dischargePlanned())
                .when(margaret.recordDischarge())
                .expectEvents(margaret.discharged(), margaret.dischargeNoticeRaised());
    }

    @Test
    void an_unplanned_discharge_records_no_planned_date() {
        care.given(margaret.inHospital())
                .when(margaret.recordDischarge())
                .expectEvents(discharged(dischargeHome(DISCHARGED_AT, null), null, 0), margaret.dischargeNoticeRaised());
    }

    @Test
    void a_discharge_earlier_than_planned_is_not_late() {
        DischargeSummary early = dischargeHome(Instant.parse("2026-04-25T11:00:00Z"), null);
        care.given(margaret.dischargePlanned())
                .when(margaret.recordDischarge(early))
                .expectEvents(discharged(early, PLANNED_DISCHARGE_DATE, 0), margaret.dischargeNoticeRaised());
    }

    @Test
    void a_discharge_three_days_late_carries_its_delay_reason() {
        DischargeSummary late = dischargeHome(Instant.parse("2026-04-30T12:00:00Z"), DelayReason.AWAITING_CARE_PACKAGE);
        care.given(margaret.dischargePlanned())
                .when(recordedAnHourLater(late))
                .expectEvents(recordedAnHourLater(late, PLANNED_DISCHARGE_DATE, 3));
    }

    @Test
    void a_discharge_later_than_planned_without_a_delay_reason_is_refused() {
        care.given(margaret.dischargePlanned())
                .when(recordedAnHourLater(dischargeHome(Instant.parse("2026-04-30T12:00:00Z"), null)))
                .expectException(violates(CareRule.DISCHARGE_DELAY_REASON_REQUIRED));
    }

    @Test
    void a_discharge_late_in_the_evening_counts_on_the_uk_date_so_half_past_midnight_bst_is_a_day_late() {
        care.given(margaret.dischargePlanned())
                .when(recordedAnHourLater(dischargeHome(Instant.parse("2026-04-27T23:30:00Z"), null)))
                .expectException(violates(CareRule.DISCHARGE_DELAY_REASON_REQUIRED));
    }

    @Test
    void only_the_last_plan_counts() {
        LocalDate replanned = LocalDate.of(2026, 4, 29);
        DischargeSummary onTheNewDate = dischargeHome(Instant.parse("2026-04-29T10:00:00Z"), null);
        care.given(then(margaret.dischargePlanned(), margaret.dischargePlannedOn(replanned)))
                .when(recordedAnHourLater(onTheNewDate))
                .expectEvents(recordedAnHourLater(onTheNewDate, replanned, 0));
    }

    @Test
    void a_discharge_with_no_admission_is_refused() {
        care.given(margaret.packageInPlace())
                .when(margaret.recordDischarge())
                .expectException(violates(CareRule.NO_OPEN_ADMISSION));
    }

    @Test
    void a_second_discharge_from_the_same_stay_is_refused() {
        care.given(margaret.dischargedHome())
                .when(margaret.recordDischarge())
                .expectException(violates(CareRule.NO_OPEN_ADMISSION));
    }

    @Test
    void a_discharge_from_an_admission_that_is_not_the_open_one_is_refused() {
        care.given(margaret.inHospital())
                .when(new RecordDischarge(margaret.careRecordId, UUID.randomUUID(), dischargeHome(DISCHARGED_AT, null),
                        DISCHARGE_COORDINATOR, DISCHARGE_RECORDED_AT))
                .expectException(violates(CareRule.NO_OPEN_ADMISSION));
    }

    static Stream<Arguments> incompleteSummaries() {
        DischargeSummary complete = dischargeHome(DISCHARGED_AT, null);
        return Stream.of(
                arguments("no summary at all", null),
                arguments("no discharge date", new DischargeSummary(null, complete.destination(), complete.clinicalSummary(),
                        List.of(), List.of(), null, null)),
                arguments("no destination", new DischargeSummary(DISCHARGED_AT, null, complete.clinicalSummary(),
                        List.of(), List.of(), null, null)),
                arguments("no clinical summary", new DischargeSummary(DISCHARGED_AT, complete.destination(), " ",
                        List.of(), List.of(), null, null)));
    }

    @ParameterizedTest(name = "a discharge with {0} is refused")
    @MethodSource("incompleteSummaries")
    void an_incomplete_discharge_is_refused(String missing, DischargeSummary summary) {
        care.given(margaret.inHospital())
                .when(margaret.recordDischarge(summary))
                .expectException(violates(CareRule.DISCHARGE_DETAILS_INCOMPLETE));
    }
}
