package org.jointcare.carerecord.hospital;

import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareJourney.LATER;
import static org.jointcare.carerecord.CareJourney.then;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

class AcknowledgingHospitalNoticesTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    static Actor[] notTheRegisteredPractice() {
        return new Actor[]{GP_ELSEWHERE, ATTACHED_NURSE_AT_THE_PRACTICE, LINKWORKER, DISCHARGE_COORDINATOR};
    }

    // admission notice

    @Test
    void the_registered_practice_acknowledges_the_admission_notice() {
        care.given(margaret.inHospital())
                .when(margaret.acknowledgeAdmissionNotice(PRACTICE_RECEPTION))
                .expectEvents(margaret.admissionNoticeAcknowledged());
    }

    @Test
    void acknowledging_an_admission_the_record_does_not_hold_is_refused() {
        care.given(margaret.inHospital())
                .when(new AcknowledgeAdmissionNotice(margaret.careRecordId, UUID.randomUUID(), PRACTICE_RECEPTION, LATER))
                .expectException(violates(CareRule.NOTICE_UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheRegisteredPractice")
    void only_the_registered_practice_can_acknowledge_an_admission_notice(Actor someoneElse) {
        care.given(margaret.inHospital())
                .when(margaret.acknowledgeAdmissionNotice(someoneElse))
                .expectException(violates(CareRule.NOTICE_NOT_FOR_YOUR_PRACTICE));
    }

    @Test
    void an_admission_notice_is_acknowledged_only_once() {
        care.given(then(margaret.inHospital(), margaret.admissionNoticeAcknowledged()))
                .when(margaret.acknowledgeAdmissionNotice(GP))
                .expectException(violates(CareRule.NOTICE_ALREADY_ACKNOWLEDGED));
    }

    // discharge notice

    @Test
    void the_registered_practice_acknowledges_the_discharge_notice() {
        care.given(margaret.dischargedHome())
                .when(margaret.acknowledgeDischargeNotice(PRACTICE_RECEPTION))
                .expectEvents(margaret.dischargeNoticeAcknowledged());
    }

    @Test
    void there_is_no_discharge_notice_to_acknowledge_before_the_discharge() {
        care.given(margaret.dischargePlanned())
                .when(margaret.acknowledgeDischargeNotice(PRACTICE_RECEPTION))
                .expectException(violates(CareRule.NOTICE_UNKNOWN));
    }

    @Test
    void acknowledging_a_discharge_notice_for_an_admission_the_record_does_not_hold_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new AcknowledgeDischargeNotice(margaret.careRecordId, UUID.randomUUID(), PRACTICE_RECEPTION, LATER))
                .expectException(violates(CareRule.NOTICE_UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheRegisteredPractice")
    void only_the_registered_practice_can_acknowledge_a_discharge_notice(Actor someoneElse) {
        care.given(margaret.dischargedHome())
                .when(margaret.acknowledgeDischargeNotice(someoneElse))
                .expectException(violates(CareRule.NOTICE_NOT_FOR_YOUR_PRACTICE));
    }

    @Test
    void a_discharge_notice_is_acknowledged_only_once() {
        care.given(then(margaret.dischargedHome(), margaret.dischargeNoticeAcknowledged()))
                .when(margaret.acknowledgeDischargeNotice(GP))
                .expectException(violates(CareRule.NOTICE_ALREADY_ACKNOWLEDGED));
    }

    @Test
    void the_discharge_notice_can_be_acknowledged_after_the_admission_notice() {
        care.given(then(margaret.dischargedHome(), margaret.admissionNoticeAcknowledged()))
                .when(margaret.acknowledgeDischargeNotice(PRACTICE_RECEPTION))
                .expectEvents(margaret.dischargeNoticeAcknowledged());
    }
}
