package org.jointcare.carerecord.enteredinerror;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.junit.jupiter.api.Test;

/**
 * An entry recorded on the wrong person is marked entered in error by whoever recorded it (or their
 * organisation), while nothing has been built on it; the record goes on as if it had not been made.
 */
class MarkingAnEntryEnteredInErrorTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void a_referral_waiting_for_screening_is_marked_by_the_practice_that_made_it() {
        care.given(margaret.referred())
                .when(margaret.markEnteredInError(SEQUENCE_OF_REFERRAL, GP))
                .expectEvents(margaret.enteredInError(SEQUENCE_OF_REFERRAL, EntryKind.REFERRAL, margaret.referralId, null, GP));
    }

    @Test
    void a_referral_marked_in_error_can_no_longer_be_screened() {
        care.given(then(margaret.referred(),
                        margaret.enteredInError(SEQUENCE_OF_REFERRAL, EntryKind.REFERRAL, margaret.referralId, null, GP)))
                .when(margaret.acceptReferral())
                .expectException(violates(CareRule.REFERRAL_NOT_AWAITING_SCREENING));
    }

    @Test
    void a_referral_an_assessment_started_from_can_no_longer_be_marked() {
        care.given(margaret.assessing())
                .when(margaret.markEnteredInError(SEQUENCE_OF_REFERRAL, GP))
                .expectException(violates(CareRule.ENTRY_HAS_LATER_WORK));
    }

    @Test
    void a_contribution_marked_in_error_no_longer_counts_towards_completing_the_assessment() {
        care.given(then(margaret.contributedByHealthAndSocialCare(),
                        margaret.enteredInError(SEQUENCE_OF_NURSING_CONTRIBUTION, EntryKind.ASSESSMENT_CONTRIBUTION,
                                margaret.assessmentId, Discipline.DISTRICT_NURSING, DISTRICT_NURSE)))
                .when(margaret.completeJointAssessment())
                .expectException(violates(CareRule.ASSESSMENT_NEEDS_HEALTH_AND_SOCIAL_CARE));
    }

    @Test
    void a_contribution_is_marked_while_its_assessment_is_in_progress() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.markEnteredInError(SEQUENCE_OF_NURSING_CONTRIBUTION, DISTRICT_NURSE))
                .expectEvents(margaret.enteredInError(SEQUENCE_OF_NURSING_CONTRIBUTION, EntryKind.ASSESSMENT_CONTRIBUTION,
                        margaret.assessmentId, Discipline.DISTRICT_NURSING, DISTRICT_NURSE));
    }

    @Test
    void a_contribution_to_a_completed_assessment_can_no_longer_be_marked() {
        care.given(margaret.assessed())
                .when(margaret.markEnteredInError(SEQUENCE_OF_NURSING_CONTRIBUTION, DISTRICT_NURSE))
                .expectException(violates(CareRule.ENTRY_HAS_LATER_WORK));
    }

    @Test
    void an_open_admission_in_error_gives_back_the_package_it_suspended() {
        care.given(margaret.inHospital())
                .when(margaret.markEnteredInError(SEQUENCE_OF_ADMISSION, DISCHARGE_COORDINATOR))
                .expectEvents(margaret.enteredInError(SEQUENCE_OF_ADMISSION, EntryKind.HOSPITAL_ADMISSION,
                                margaret.admissionId, null, DISCHARGE_COORDINATOR),
                        new CarePackageResumed(margaret.careRecordId, margaret.packageId, DISCHARGE_COORDINATOR, LATER));
    }

    @Test
    void after_an_admission_in_error_the_person_is_not_in_hospital() {
        care.given(then(margaret.inHospital(), margaret.enteredInError(SEQUENCE_OF_ADMISSION, EntryKind.HOSPITAL_ADMISSION,
                        margaret.admissionId, null, DISCHARGE_COORDINATOR)))
                .when(margaret.planDischarge(PLANNED_DISCHARGE_DATE))
                .expectException(violates(CareRule.NO_OPEN_ADMISSION));
    }

    @Test
    void a_discharged_admission_can_no_longer_be_marked() {
        care.given(margaret.dischargedHome())
                .when(margaret.markEnteredInError(SEQUENCE_OF_ADMISSION, DISCHARGE_COORDINATOR))
                .expectException(violates(CareRule.ENTRY_HAS_LATER_WORK));
    }

    @Test
    void a_nursing_visit_in_error_leaves_the_discharge_waiting_for_its_first_visit() {
        care.given(then(margaret.dischargedHome(), margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT),
                        margaret.visitEnteredInError(SEQUENCE_OF_VISIT, margaret.visitId, true, DISTRICT_NURSE)))
                .when(margaret.recordNursingVisit(margaret.secondVisitId, NURSE_VISITED_AT))
                .expectEvents(margaret.nursingVisitRecorded(margaret.secondVisitId, true, NURSE_VISITED_AT));
    }

    @Test
    void an_entry_on_a_closed_record_is_still_marked() {
        care.given(margaret.closedWhileInHospital())
                .when(margaret.markEnteredInError(SEQUENCE_OF_ADMISSION, DISCHARGE_COORDINATOR))
                .expectEvents(margaret.enteredInError(SEQUENCE_OF_ADMISSION, EntryKind.HOSPITAL_ADMISSION,
                        margaret.admissionId, null, DISCHARGE_COORDINATOR));
    }

    @Test
    void a_visit_in_error_leaves_the_follow_up_done_when_another_visit_made_it() {
        care.given(then(margaret.dischargedHome(), margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT),
                        margaret.nursingVisitRecorded(margaret.secondVisitId, false, NURSE_VISITED_AT.plusSeconds(86_400))))
                .when(margaret.markEnteredInError(SEQUENCE_OF_VISIT, DISTRICT_NURSE))
                .expectEvents(margaret.visitEnteredInError(SEQUENCE_OF_VISIT, margaret.visitId, false, DISTRICT_NURSE));
    }

    @Test
    void a_colleague_of_the_same_team_may_mark_it() {
        Actor colleague = new Actor("pat.jones", Role.DISTRICT_NURSE, DISTRICT_NURSE.organisationCode());
        care.given(then(margaret.dischargedHome(), margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT)))
                .when(margaret.markEnteredInError(SEQUENCE_OF_VISIT, colleague))
                .expectEvents(margaret.visitEnteredInError(SEQUENCE_OF_VISIT, margaret.visitId, true, colleague));
    }

    @Test
    void another_organisation_may_not_mark_it() {
        care.given(then(margaret.dischargedHome(), margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT)))
                .when(margaret.markEnteredInError(SEQUENCE_OF_VISIT, GP))
                .expectException(violates(CareRule.ENTRY_NOT_YOURS_TO_MARK));
    }

    @Test
    void an_entry_is_marked_once() {
        care.given(then(margaret.referred(),
                        margaret.enteredInError(SEQUENCE_OF_REFERRAL, EntryKind.REFERRAL, margaret.referralId, null, GP)))
                .when(margaret.markEnteredInError(SEQUENCE_OF_REFERRAL, GP))
                .expectException(violates(CareRule.ENTRY_ALREADY_MARKED_IN_ERROR));
    }

    @Test
    void only_referrals_contributions_admissions_and_visits_can_be_marked() {
        care.given(margaret.packageInPlace())
                .when(margaret.markEnteredInError(0, PRACTICE_RECEPTION))
                .expectException(violates(CareRule.ENTRY_NOT_MARKABLE));
    }

    @Test
    void an_entry_the_record_does_not_have_cannot_be_marked() {
        care.given(margaret.referred())
                .when(margaret.markEnteredInError(42, GP))
                .expectException(violates(CareRule.ENTRY_NOT_MARKABLE));
    }

    @Test
    void a_reason_is_required() {
        care.given(margaret.referred())
                .when(new MarkEnteredInError(margaret.careRecordId, SEQUENCE_OF_REFERRAL, " ", GP, LATER))
                .expectException(violates(CareRule.ENTERED_IN_ERROR_REASON_REQUIRED));
    }
}
