package org.jointcare.carerecord.registration;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

/** The person registers with another GP practice: the record says from where to where, once. */
class MovingToAnotherPracticeTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void the_move_names_the_practice_left_and_the_practice_joined() {
        care.given(margaret.packageInPlace())
                .when(margaret.moveToAnotherPractice())
                .expectEvents(margaret.movedPractice());
    }

    @Test
    void after_the_move_the_details_are_changed_at_the_new_practice() {
        care.given(then(margaret.registered(), margaret.movedPractice()))
                .when(new ChangePersonDetails(margaret.careRecordId, margaretLivingAlone().atPractice(NEW_PRACTICE),
                        DETAILS_CHANGE_REASON, LINKWORKER, LATER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_notice_still_waiting_is_acknowledged_by_the_new_practice_not_the_old() {
        Actor newPractice = new Actor("gp.new", Role.GP_PRACTICE, NEW_PRACTICE);
        care.given(then(margaret.inHospital(), margaret.movedPractice()))
                .when(margaret.acknowledgeAdmissionNotice(newPractice))
                .expectEvents(new org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged(margaret.careRecordId,
                        margaret.admissionId, newPractice, LATER));
    }

    @Test
    void the_old_practice_no_longer_acknowledges_a_waiting_notice() {
        care.given(then(margaret.inHospital(), margaret.movedPractice()))
                .when(margaret.acknowledgeAdmissionNotice(PRACTICE_RECEPTION))
                .expectException(violates(CareRule.NOTICE_NOT_FOR_YOUR_PRACTICE));
    }

    @Test
    void a_move_to_the_practice_she_is_at_is_refused() {
        care.given(margaret.registered())
                .when(new MoveToAnotherPractice(margaret.careRecordId, REGISTERED_PRACTICE, LINKWORKER, LATER))
                .expectException(violates(CareRule.ALREADY_AT_PRACTICE));
    }

    @Test
    void a_move_names_the_practice() {
        care.given(margaret.registered())
                .when(new MoveToAnotherPractice(margaret.careRecordId, " ", LINKWORKER, LATER))
                .expectException(violates(CareRule.PRACTICE_REQUIRED));
    }

    @Test
    void a_moved_person_cannot_be_moved_back_by_editing_the_details() {
        care.given(then(margaret.registered(), margaret.movedPractice()))
                .when(margaret.changePersonDetails())
                .expectException(violates(CareRule.PRACTICE_CHANGED_BY_MOVE_ONLY));
    }
}
