package org.jointcare.carerecord.followup;

import java.time.Instant;
import java.util.UUID;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

/** A district nurse records visits; the first after a discharge completes its nursing follow-up. */
class RecordingANursingVisitTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void the_first_visit_after_a_discharge_is_recorded_as_its_follow_up() {
        care.given(margaret.dischargedHome())
                .when(margaret.recordNursingVisit(margaret.visitId, NURSE_VISITED_AT))
                .expectEvents(margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT));
    }

    @Test
    void a_later_visit_for_the_same_discharge_is_not_the_first() {
        Instant nextDay = NURSE_VISITED_AT.plusSeconds(86_400);
        care.given(then(margaret.dischargedHome(), margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT)))
                .when(margaret.recordNursingVisit(margaret.secondVisitId, nextDay))
                .expectEvents(margaret.nursingVisitRecorded(margaret.secondVisitId, false, nextDay));
    }

    @Test
    void a_visit_that_follows_up_no_discharge_is_recorded_too() {
        care.given(margaret.packageInPlace())
                .when(new RecordNursingVisit(margaret.careRecordId, margaret.visitId, null, REVIEW_RECORDED_AT.minusSeconds(86_400 * 20L),
                        VISIT_NOTES, DISTRICT_NURSE, LATER))
                .expectEvents(new NursingVisitRecorded(margaret.careRecordId, margaret.visitId, null, false,
                        REVIEW_RECORDED_AT.minusSeconds(86_400 * 20L), VISIT_NOTES, DISTRICT_NURSE, LATER));
    }

    static Actor[] notADistrictNurse() {
        return new Actor[]{LINKWORKER, GP, DISCHARGE_COORDINATOR};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notADistrictNurse")
    void only_a_district_nurse_records_a_visit(Actor someoneElse) {
        care.given(margaret.dischargedHome())
                .when(new RecordNursingVisit(margaret.careRecordId, margaret.visitId, margaret.admissionId,
                        NURSE_VISITED_AT, VISIT_NOTES, someoneElse, LATER))
                .expectException(violates(CareRule.VISIT_BY_DISTRICT_NURSE_ONLY));
    }

    @Test
    void a_visit_for_a_stay_not_yet_discharged_is_refused() {
        care.given(margaret.inHospital())
                .when(margaret.recordNursingVisit(margaret.visitId, NURSE_VISITED_AT))
                .expectException(violates(CareRule.DISCHARGE_UNKNOWN));
    }

    @Test
    void a_visit_for_an_admission_the_record_does_not_hold_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new RecordNursingVisit(margaret.careRecordId, margaret.visitId, UUID.randomUUID(),
                        NURSE_VISITED_AT, VISIT_NOTES, DISTRICT_NURSE, LATER))
                .expectException(violates(CareRule.DISCHARGE_UNKNOWN));
    }

    @Test
    void a_visit_without_notes_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new RecordNursingVisit(margaret.careRecordId, margaret.visitId, margaret.admissionId,
                        NURSE_VISITED_AT, " ", DISTRICT_NURSE, LATER))
                .expectException(violates(CareRule.VISIT_DETAILS_INCOMPLETE));
    }

    @Test
    void the_same_visit_is_recorded_once() {
        care.given(then(margaret.dischargedHome(), margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT)))
                .when(margaret.recordNursingVisit(margaret.visitId, NURSE_VISITED_AT))
                .expectException(violates(CareRule.VISIT_ALREADY_RECORDED));
    }

    @Test
    void a_visit_before_the_discharge_is_refused() {
        care.given(margaret.dischargedHome())
                .when(margaret.recordNursingVisit(margaret.visitId, DISCHARGED_AT.minusSeconds(3600)))
                .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "visitedAt"));
    }

    @Test
    void a_visit_in_the_future_is_refused() {
        care.given(margaret.dischargedHome())
                .when(margaret.recordNursingVisit(margaret.visitId, LATER.plusSeconds(3600)))
                .expectException(violates(CareRule.DATE_IN_FUTURE, "visitedAt"));
    }
}
