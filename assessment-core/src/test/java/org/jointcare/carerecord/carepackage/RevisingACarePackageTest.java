package org.jointcare.carerecord.carepackage;

import static org.jointcare.carerecord.CareDetails.termsWithEveningCalls;
import static org.jointcare.carerecord.CareJourney.LATER;
import static org.jointcare.carerecord.CareJourney.REVISED_PACKAGE_STARTS;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.util.UUID;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.junit.jupiter.api.Test;

/**
 * When needs change, the package in force is replaced by a revised one: an explicit change with
 * its reason, the old package kept in history, and the revised package's first review scheduled
 * as a change's.
 */
class RevisingACarePackageTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    private ReviseCarePackage revise(UUID replaces, String reason) {
        return new ReviseCarePackage(margaret.careRecordId, margaret.revisedPackageId, replaces, margaret.assessmentId,
                REVISED_PACKAGE_STARTS, termsWithEveningCalls(), reason, LINKWORKER, LATER);
    }

    @Test
    void after_a_review_found_needs_changed_the_revised_package_replaces_the_old_and_schedules_a_change_review() {
        care.given(CareJourney.then(margaret.dischargedHome(), margaret.packageResumed(),
                        margaret.reviewCompleted(ReviewOutcome.CHANGE)))
                .when(margaret.reviseCarePackage())
                .expectEvents(margaret.packageRevised(), margaret.revisedPackageFirstReviewScheduled());
    }

    @Test
    void the_revised_package_takes_the_place_of_the_old_ones_outstanding_review() {
        care.given(margaret.packageInPlace())
                .when(margaret.reviseCarePackage())
                .expectEvents(margaret.packageRevised(), margaret.revisedPackageFirstReviewScheduled());
    }

    @Test
    void the_replaced_packages_review_is_no_longer_due_and_says_so() {
        care.given(CareJourney.then(margaret.packageInPlace(), margaret.packageRevised(),
                        margaret.revisedPackageFirstReviewScheduled()))
                .when(margaret.completeFirstReview(ReviewOutcome.CONTINUE))
                .expectException(violates(CareRule.REVIEW_NO_LONGER_DUE));
    }

    @Test
    void the_replaced_package_stays_in_history_but_can_no_longer_be_changed() {
        care.given(CareJourney.then(margaret.packageInPlace(), margaret.packageRevised(),
                        margaret.revisedPackageFirstReviewScheduled()))
                .when(margaret.suspendCarePackage())
                .expectException(violates(CareRule.PACKAGE_ENDED));
    }

    @Test
    void revising_while_in_hospital_replaces_the_suspended_package_with_one_that_starts_suspended() {
        care.given(margaret.inHospital())
                .when(margaret.reviseCarePackage())
                .expectEvents(margaret.packageRevised(),
                        new CarePackageSuspended(margaret.careRecordId, margaret.revisedPackageId,
                                "In hospital when the package was arranged", margaret.admissionId, LINKWORKER, LATER),
                        margaret.revisedPackageFirstReviewScheduled());
    }

    @Test
    void a_revision_needs_a_reason() {
        care.given(margaret.packageInPlace())
                .when(revise(margaret.packageId, " "))
                .expectException(violates(CareRule.PACKAGE_CHANGE_REASON_REQUIRED));
    }

    @Test
    void a_revision_must_name_the_package_in_force() {
        care.given(margaret.packageInPlace())
                .when(revise(UUID.randomUUID(), CareJourney.REVISION_REASON))
                .expectException(violates(CareRule.PACKAGE_UNKNOWN));
    }

    @Test
    void a_package_that_has_ended_cannot_be_revised() {
        care.given(CareJourney.then(margaret.packageInPlace(), margaret.packageEnded("Managing with family")))
                .when(margaret.reviseCarePackage())
                .expectException(violates(CareRule.PACKAGE_ENDED));
    }

    @Test
    void a_revision_needs_a_completed_assessment() {
        care.given(margaret.packageInPlace())
                .when(new ReviseCarePackage(margaret.careRecordId, margaret.revisedPackageId, margaret.packageId,
                        UUID.randomUUID(), REVISED_PACKAGE_STARTS, termsWithEveningCalls(), CareJourney.REVISION_REASON,
                        LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_NEEDS_COMPLETED_ASSESSMENT));
    }

    @Test
    void a_revision_cannot_reuse_a_package_id() {
        care.given(margaret.packageInPlace())
                .when(new ReviseCarePackage(margaret.careRecordId, margaret.packageId, margaret.packageId,
                        margaret.assessmentId, REVISED_PACKAGE_STARTS, termsWithEveningCalls(), CareJourney.REVISION_REASON,
                        LINKWORKER, LATER))
                .expectException(violates(CareRule.PACKAGE_ALREADY_ARRANGED));
    }
}
