package org.jointcare.carerecord.carepackage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.junit.jupiter.api.Test;

import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.CareJourney.LATER;
import static org.jointcare.carerecord.CareJourney.then;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;

class ChangingACarePackageTest {

    private static final LocalDate CHANGED_ON = LocalDate.of(2026, 4, 1);
    private static final String REASON = "Evening calls added: Margaret cannot get to bed safely alone";

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();
    private final UUID unknownPackage = UUID.randomUUID();

    private List<Object> packageEnded() {
        return then(margaret.packageInPlace(), margaret.packageEnded("Margaret manages with Tom and the lunch club now"));
    }

    private List<Object> packageSuspended() {
        return then(margaret.packageInPlace(), margaret.packageSuspendedByHand());
    }

    // amending

    @Test
    void an_amended_package_is_reviewed_again_six_to_eight_weeks_after_the_change() {
        care.given(margaret.packageInPlace())
                .when(margaret.amendCarePackage(CHANGED_ON))
                .expectEvents(margaret.packageAmended(CHANGED_ON),
                        margaret.reviewScheduled(margaret.packageId, LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 27),
                                ReviewTrigger.PACKAGE_CHANGED, LINKWORKER, LATER));
    }

    @Test
    void amending_a_package_the_record_does_not_hold_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new AmendCarePackage(margaret.careRecordId, unknownPackage, CHANGED_ON, termsWithEveningCalls(), REASON, LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_UNKNOWN));
    }

    @Test
    void amending_an_ended_package_is_refused() {
        care.given(packageEnded())
                .when(margaret.amendCarePackage(CHANGED_ON))
                .expectException(violates(CareRule.PACKAGE_ENDED));
    }

    @Test
    void amending_a_package_without_a_reason_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new AmendCarePackage(margaret.careRecordId, margaret.packageId, CHANGED_ON, termsWithEveningCalls(), " ", LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_CHANGE_REASON_REQUIRED));
    }

    @Test
    void an_amendment_that_does_not_say_when_it_takes_effect_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new AmendCarePackage(margaret.careRecordId, margaret.packageId, null, termsWithEveningCalls(), REASON, LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_DETAILS_INCOMPLETE));
    }

    @Test
    void an_amendment_whose_joint_funding_does_not_add_up_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new AmendCarePackage(margaret.careRecordId, margaret.packageId, CHANGED_ON,
                        termsWith(bathing(Funding.joint(30, 30))), REASON, LINKWORKER, LATER))
                .expectException(violates(CareRule.JOINT_FUNDING_SPLIT_INVALID));
    }

    // suspending and resuming

    @Test
    void an_active_package_is_suspended_while_the_person_is_away() {
        care.given(margaret.packageInPlace())
                .when(margaret.suspendCarePackage())
                .expectEvents(margaret.packageSuspendedByHand());
    }

    @Test
    void suspending_a_package_the_record_does_not_hold_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new SuspendCarePackage(margaret.careRecordId, unknownPackage, "Away", LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_UNKNOWN));
    }

    @Test
    void suspending_an_ended_package_is_refused() {
        care.given(packageEnded())
                .when(margaret.suspendCarePackage())
                .expectException(violates(CareRule.PACKAGE_ENDED));
    }

    @Test
    void suspending_a_package_that_is_already_suspended_is_refused() {
        care.given(packageSuspended())
                .when(margaret.suspendCarePackage())
                .expectException(violates(CareRule.PACKAGE_NOT_ACTIVE));
    }

    @Test
    void suspending_a_package_without_a_reason_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new SuspendCarePackage(margaret.careRecordId, margaret.packageId, null, LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_CHANGE_REASON_REQUIRED));
    }

    @Test
    void a_suspended_package_is_resumed() {
        care.given(packageSuspended())
                .when(margaret.resumeCarePackage())
                .expectEvents(margaret.packageResumed());
    }

    @Test
    void a_package_suspended_by_a_hospital_admission_is_resumed_after_discharge() {
        care.given(margaret.dischargedHome())
                .when(margaret.resumeCarePackage())
                .expectEvents(margaret.packageResumed());
    }

    @Test
    void resuming_a_package_the_record_does_not_hold_is_refused() {
        care.given(packageSuspended())
                .when(new ResumeCarePackage(margaret.careRecordId, unknownPackage, LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_UNKNOWN));
    }

    @Test
    void resuming_an_ended_package_is_refused() {
        care.given(packageEnded())
                .when(margaret.resumeCarePackage())
                .expectException(violates(CareRule.PACKAGE_ENDED));
    }

    @Test
    void resuming_an_active_package_is_refused() {
        care.given(margaret.packageInPlace())
                .when(margaret.resumeCarePackage())
                .expectException(violates(CareRule.PACKAGE_NOT_SUSPENDED));
    }

    // ending

    @Test
    void a_package_is_ended_with_a_reason() {
        care.given(margaret.packageInPlace())
                .when(margaret.endCarePackage())
                .expectEvents(margaret.packageEnded("Margaret manages with Tom and the lunch club now"));
    }

    @Test
    void a_suspended_package_can_be_ended() {
        care.given(packageSuspended())
                .when(margaret.endCarePackage())
                .expectEvents(margaret.packageEnded("Margaret manages with Tom and the lunch club now"));
    }

    @Test
    void ending_a_package_the_record_does_not_hold_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new EndCarePackage(margaret.careRecordId, unknownPackage, "No longer needed", LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_UNKNOWN));
    }

    @Test
    void ending_a_package_twice_is_refused() {
        care.given(packageEnded())
                .when(margaret.endCarePackage())
                .expectException(violates(CareRule.PACKAGE_ENDED));
    }

    @Test
    void ending_a_package_without_a_reason_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new EndCarePackage(margaret.careRecordId, margaret.packageId, "", LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_CHANGE_REASON_REQUIRED));
    }
}
