package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareDetails;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.Test;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

/**
 * The hospital team that recorded a discharge corrects its summary within 7 days of recording it;
 * the registered practice is sent the amended notice and acknowledges it afresh.
 */
class CorrectingADischargeSummaryTest {

    private static final Instant WINDOW_CLOSES = DISCHARGE_RECORDED_AT.plus(DischargeCorrectionPolicy.CORRECTION_WINDOW);

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void the_team_that_wrote_the_summary_corrects_it() {
        care.given(margaret.dischargedHome())
                .when(margaret.correctDischargeSummary(DISCHARGE_COORDINATOR, LATER))
                .expectEvents(margaret.dischargeSummaryCorrected(LATER));
    }

    @Test
    void a_colleague_of_the_same_trust_may_correct_it() {
        Actor colleague = new Actor("ward.clerk", Role.HOSPITAL_DISCHARGE_TEAM, DISCHARGE_COORDINATOR.organisationCode());
        care.given(margaret.dischargedHome())
                .when(margaret.correctDischargeSummary(colleague, LATER))
                .expectEvents(new DischargeSummaryCorrected(margaret.careRecordId, margaret.admissionId,
                        correctedSummary(), CORRECTION_REASON, REGISTERED_PRACTICE, colleague, LATER));
    }

    @Test
    void the_last_moment_of_the_window_is_still_inside_it() {
        Instant last = WINDOW_CLOSES.minusMillis(1);
        care.given(margaret.dischargedHome())
                .when(margaret.correctDischargeSummary(DISCHARGE_COORDINATOR, last))
                .expectEvents(margaret.dischargeSummaryCorrected(last));
    }

    @Test
    void after_7_days_the_summary_can_no_longer_be_corrected() {
        care.given(margaret.dischargedHome())
                .when(margaret.correctDischargeSummary(DISCHARGE_COORDINATOR, WINDOW_CLOSES))
                .expectException(violates(CareRule.DISCHARGE_CORRECTION_WINDOW_CLOSED));
    }

    @Test
    void another_trust_cannot_correct_it() {
        Actor otherTrust = new Actor("kay.lee", Role.HOSPITAL_DISCHARGE_TEAM, "RA7");
        care.given(margaret.dischargedHome())
                .when(margaret.correctDischargeSummary(otherTrust, LATER))
                .expectException(violates(CareRule.DISCHARGE_CORRECTION_NOT_YOURS));
    }

    @Test
    void the_practice_cannot_correct_the_hospitals_summary() {
        care.given(margaret.dischargedHome())
                .when(margaret.correctDischargeSummary(GP, LATER))
                .expectException(violates(CareRule.DISCHARGE_CORRECTION_NOT_YOURS));
    }

    @Test
    void a_stay_not_yet_discharged_has_no_summary_to_correct() {
        care.given(margaret.inHospital())
                .when(margaret.correctDischargeSummary(DISCHARGE_COORDINATOR, LATER))
                .expectException(violates(CareRule.DISCHARGE_UNKNOWN));
    }

    @Test
    void an_admission_the_record_does_not_hold_has_no_summary_to_correct() {
        care.given(margaret.dischargedHome())
                .when(new CorrectDischargeSummary(margaret.careRecordId, UUID.randomUUID(), correctedSummary(),
                        CORRECTION_REASON, DISCHARGE_COORDINATOR, LATER))
                .expectException(violates(CareRule.DISCHARGE_UNKNOWN));
    }

    @Test
    void a_correction_without_a_reason_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new CorrectDischargeSummary(margaret.careRecordId, margaret.admissionId, correctedSummary(),
                        " ", DISCHARGE_COORDINATOR, LATER))
                .expectException(violates(CareRule.DISCHARGE_CORRECTION_INCOMPLETE));
    }

    @Test
    void a_correction_does_not_move_the_discharge() {
        DischargeSummary moved = CareDetails.dischargeHome(DISCHARGED_AT.minusSeconds(3600), null);
        care.given(margaret.dischargedHome())
                .when(new CorrectDischargeSummary(margaret.careRecordId, margaret.admissionId, moved,
                        CORRECTION_REASON, DISCHARGE_COORDINATOR, LATER))
                .expectException(violates(CareRule.DISCHARGE_CORRECTION_INCOMPLETE));
    }

    @Test
    void a_corrected_summary_still_needs_its_clinical_summary() {
        DischargeSummary recorded = correctedSummary();
        DischargeSummary blank = new DischargeSummary(recorded.dischargedAt(), recorded.destination(), "",
                recorded.medicationChanges(), recorded.followUpActions(), recorded.informationGiven(), null);
        care.given(margaret.dischargedHome())
                .when(new CorrectDischargeSummary(margaret.careRecordId, margaret.admissionId, blank,
                        CORRECTION_REASON, DISCHARGE_COORDINATOR, LATER))
                .expectException(violates(CareRule.DISCHARGE_CORRECTION_INCOMPLETE));
    }

    @Test
    void the_practice_acknowledges_the_amended_notice_afresh() {
        care.given(then(margaret.dischargedHome(), margaret.dischargeNoticeAcknowledged(),
                        margaret.dischargeSummaryCorrected(LATER)))
                .when(margaret.acknowledgeDischargeNotice(PRACTICE_RECEPTION))
                .expectEvents(margaret.dischargeNoticeAcknowledged());
    }

    @Test
    void a_discharge_of_a_closed_record_cannot_be_corrected() {
        care.given(then(margaret.dischargedHome(), margaret.recordClosed()))
                .when(margaret.correctDischargeSummary(DISCHARGE_COORDINATOR, LATER))
                .expectException(violates(CareRule.RECORD_CLOSED));
    }
}
