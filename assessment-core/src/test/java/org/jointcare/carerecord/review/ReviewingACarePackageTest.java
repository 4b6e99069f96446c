package org.jointcare.carerecord.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.reviewFindings;
import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReviewingACarePackageTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();
    private final UUID requestedReview = UUID.fromString("6f666666-0000-4000-8000-000000000001");

    private ReviewScheduled scheduledAtRequest(LocalDate dueFrom, LocalDate dueBy, ReviewTrigger trigger) {
        return new ReviewScheduled(margaret.careRecordId, requestedReview, margaret.packageId, dueFrom, dueBy, trigger, LINKWORKER, LATER);
    }

    private CompleteReview complete(UUID reviewId, LocalDate conductedOn, ReviewFindings findings) {
        return new CompleteReview(margaret.careRecordId, reviewId, conductedOn, findings, LINKWORKER, REVIEW_RECORDED_AT);
    }

    // scheduling

    @Test
    void a_review_asked_for_by_the_family_is_due_from_today() {
        LocalDate dueBy = LocalDate.of(2026, 6, 30);
        care.given(margaret.packageInPlace())
                .when(margaret.scheduleReview(requestedReview, dueBy, ReviewTrigger.ON_REQUEST))
                .expectEvents(scheduledAtRequest(LocalDate.of(2026, 5, 1), dueBy, ReviewTrigger.ON_REQUEST));
    }

    @Test
    void a_review_already_due_before_today_is_due_from_its_due_date() {
        LocalDate dueBy = LocalDate.of(2026, 4, 28);
        care.given(margaret.packageInPlace())
                .when(margaret.scheduleReview(requestedReview, dueBy, ReviewTrigger.CHANGE_IN_CIRCUMSTANCES))
                .expectEvents(scheduledAtRequest(dueBy, dueBy, ReviewTrigger.CHANGE_IN_CIRCUMSTANCES));
    }

    @Test
    void a_review_twelve_months_after_the_package_started_is_within_the_limit() {
        LocalDate dueBy = LocalDate.of(2027, 3, 16);
        care.given(margaret.packageInPlace())
                .when(margaret.scheduleReview(requestedReview, dueBy, ReviewTrigger.ANNUAL))
                .expectEvents(scheduledAtRequest(LocalDate.of(2026, 5, 1), dueBy, ReviewTrigger.ANNUAL));
    }

    @Test
    void a_review_more_than_twelve_months_after_the_package_started_is_refused() {
        care.given(margaret.packageInPlace())
                .when(margaret.scheduleReview(requestedReview, LocalDate.of(2027, 3, 17), ReviewTrigger.ANNUAL))
                .expectException(violates(CareRule.REVIEW_INTERVAL_TOO_LONG));
    }

    @Test
    void a_review_more_than_twelve_months_after_the_last_change_is_refused() {
        LocalDate changedOn = LocalDate.of(2026, 4, 1);
        care.given(then(margaret.packageInPlace(), margaret.packageAmended(changedOn),
                        margaret.reviewScheduled(margaret.packageId, LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 27),
                                ReviewTrigger.PACKAGE_CHANGED, LINKWORKER, LATER)))
                .when(margaret.scheduleReview(requestedReview, LocalDate.of(2027, 4, 2), ReviewTrigger.ANNUAL))
                .expectException(violates(CareRule.REVIEW_INTERVAL_TOO_LONG));
    }

    @Test
    void a_review_more_than_twelve_months_after_the_last_review_is_refused() {
        care.given(margaret.reviewedAndContinuing())
                .when(margaret.scheduleReview(requestedReview, LocalDate.of(2027, 5, 7), ReviewTrigger.ANNUAL))
                .expectException(violates(CareRule.REVIEW_INTERVAL_TOO_LONG));
    }

    @Test
    void a_review_twelve_months_after_the_last_review_is_within_the_limit() {
        LocalDate dueBy = LocalDate.of(2027, 5, 6);
        care.given(margaret.reviewedAndContinuing())
                .when(margaret.scheduleReview(requestedReview, dueBy, ReviewTrigger.ANNUAL))
                .expectEvents(scheduledAtRequest(LocalDate.of(2026, 5, 1), dueBy, ReviewTrigger.ANNUAL));
    }

    @Test
    void a_review_can_be_scheduled_while_the_package_is_suspended() {
        LocalDate dueBy = LocalDate.of(2026, 6, 30);
        care.given(margaret.inHospital())
                .when(margaret.scheduleReview(requestedReview, dueBy, ReviewTrigger.CHANGE_IN_CIRCUMSTANCES))
                .expectEvents(scheduledAtRequest(LocalDate.of(2026, 5, 1), dueBy, ReviewTrigger.CHANGE_IN_CIRCUMSTANCES));
    }

    @Test
    void a_review_for_someone_without_a_package_is_refused() {
        care.given(margaret.assessed())
                .when(margaret.scheduleReview(requestedReview, LocalDate.of(2026, 6, 30), ReviewTrigger.ON_REQUEST))
                .expectException(violates(CareRule.REVIEW_NEEDS_PACKAGE));
    }

    @Test
    void a_review_after_the_package_ended_is_refused() {
        care.given(then(margaret.packageInPlace(), margaret.packageEnded("No longer needed")))
                .when(margaret.scheduleReview(requestedReview, LocalDate.of(2026, 6, 30), ReviewTrigger.ON_REQUEST))
                .expectException(violates(CareRule.REVIEW_NEEDS_PACKAGE));
    }

    static Stream<Arguments> incompleteSchedules() {
        UUID reviewId = UUID.randomUUID();
        LocalDate dueBy = LocalDate.of(2026, 6, 30);
        return Stream.of(
                arguments("no review id", null, dueBy, ReviewTrigger.ON_REQUEST),
                arguments("no due date", reviewId, null, ReviewTrigger.ON_REQUEST),
                arguments("no reason", reviewId, dueBy, null),
                arguments("the start of a package as its reason", reviewId, dueBy, ReviewTrigger.PACKAGE_STARTED),
                arguments("a package change as its reason", reviewId, dueBy, ReviewTrigger.PACKAGE_CHANGED));
    }

    @ParameterizedTest(name = "a review with {0} is refused")
    @MethodSource("incompleteSchedules")
    void an_incomplete_review_request_is_refused(String missing, UUID reviewId, LocalDate dueBy, ReviewTrigger trigger) {
        care.given(margaret.packageInPlace())
                .when(margaret.scheduleReview(reviewId, dueBy, trigger))
                .expectException(violates(CareRule.REVIEW_DETAILS_INCOMPLETE));
    }

    // conducting

    @Test
    void a_review_that_continues_the_package_schedules_the_next_one_within_twelve_months() {
        care.given(margaret.dischargedHome())
                .when(margaret.completeFirstReview(ReviewOutcome.CONTINUE))
                .expectEvents(margaret.reviewCompleted(ReviewOutcome.CONTINUE), margaret.annualReviewScheduled());
    }

    @Test
    void the_annual_review_after_a_continued_package_is_followed_by_another_a_year_later() {
        UUID annualReview = margaret.annualReviewScheduled().reviewId();
        LocalDate conductedOn = LocalDate.of(2027, 4, 20);
        Instant recordedAt = Instant.parse("2027-04-20T16:00:00Z");
        care.given(margaret.reviewedAndContinuing())
                .when(new CompleteReview(margaret.careRecordId, annualReview, conductedOn, reviewFindings(ReviewOutcome.CONTINUE),
                        LINKWORKER, recordedAt))
                .expectEvents(new ReviewCompleted(margaret.careRecordId, annualReview, margaret.packageId, conductedOn,
                                reviewFindings(ReviewOutcome.CONTINUE), LINKWORKER, recordedAt),
                        margaret.reviewScheduled(margaret.packageId, LocalDate.of(2028, 3, 23), LocalDate.of(2028, 4, 20),
                                ReviewTrigger.ANNUAL, LINKWORKER, recordedAt));
    }

    @Test
    void a_review_finding_that_needs_have_changed_schedules_nothing_more() {
        care.given(margaret.packageInPlace())
                .when(margaret.completeFirstReview(ReviewOutcome.CHANGE))
                .expectEvents(margaret.reviewCompleted(ReviewOutcome.CHANGE));
    }

    @Test
    void a_review_that_ends_the_package_ends_it() {
        care.given(margaret.packageInPlace())
                .when(margaret.completeFirstReview(ReviewOutcome.END))
                .expectEvents(margaret.reviewCompleted(ReviewOutcome.END),
                        new CarePackageEnded(margaret.careRecordId, margaret.packageId, "Ended at review", LINKWORKER, REVIEW_RECORDED_AT));
    }

    @Test
    void completing_a_review_the_record_does_not_hold_is_refused() {
        care.given(margaret.packageInPlace())
                .when(complete(UUID.randomUUID(), REVIEWED_ON, reviewFindings(ReviewOutcome.CONTINUE)))
                .expectException(violates(CareRule.REVIEW_UNKNOWN));
    }

    @Test
    void completing_a_review_twice_is_refused() {
        care.given(margaret.reviewedAndContinuing())
                .when(margaret.completeFirstReview(ReviewOutcome.CONTINUE))
                .expectException(violates(CareRule.REVIEW_ALREADY_COMPLETED));
    }

    @Test
    void a_review_superseded_by_a_later_one_can_no_longer_be_completed() {
        care.given(then(margaret.packageInPlace(),
                        scheduledAtRequest(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30), ReviewTrigger.ON_REQUEST)))
                .when(margaret.completeFirstReview(ReviewOutcome.CONTINUE))
                .expectException(violates(CareRule.REVIEW_NO_LONGER_DUE));
    }

    @Test
    void the_review_that_superseded_the_first_one_can_be_completed() {
        care.given(then(margaret.packageInPlace(),
                        scheduledAtRequest(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30), ReviewTrigger.ON_REQUEST)))
                .when(complete(requestedReview, REVIEWED_ON, reviewFindings(ReviewOutcome.CHANGE)))
                .expectEvents(new ReviewCompleted(margaret.careRecordId, requestedReview, margaret.packageId, REVIEWED_ON,
                        reviewFindings(ReviewOutcome.CHANGE), LINKWORKER, REVIEW_RECORDED_AT));
    }

    @Test
    void the_outstanding_review_of_an_ended_package_is_dropped_with_it() {
        care.given(then(margaret.packageInPlace(), margaret.packageEnded("No longer needed")))
                .when(margaret.completeFirstReview(ReviewOutcome.CONTINUE))
                .expectException(violates(CareRule.REVIEW_NO_LONGER_DUE));
    }

    static Stream<Arguments> incompleteFindings() {
        return Stream.of(
                arguments("no date it was conducted", null, reviewFindings(ReviewOutcome.CONTINUE)),
                arguments("no findings", REVIEWED_ON, null),
                arguments("no decision about the package", REVIEWED_ON, new ReviewFindings(true, null, "Happy with it", null, null)),
                arguments("nothing from the person", REVIEWED_ON, new ReviewFindings(true, ReviewOutcome.CONTINUE, " ", "Fine", null)));
    }

    @ParameterizedTest(name = "a review with {0} is refused")
    @MethodSource("incompleteFindings")
    void a_review_with_incomplete_findings_is_refused(String missing, LocalDate conductedOn, ReviewFindings findings) {
        care.given(margaret.packageInPlace())
                .when(complete(margaret.firstReviewId(), conductedOn, findings))
                .expectException(violates(CareRule.REVIEW_FINDINGS_INCOMPLETE));
    }

    @Test
    void a_review_is_not_a_reassessment_the_package_stays_as_it_is_after_a_change_finding() {
        // the new assessment and package that follow a CHANGE are arranged separately; the old package is replaced then
        care.given(then(margaret.packageInPlace(), margaret.reviewCompleted(ReviewOutcome.CHANGE)))
                .when(margaret.suspendCarePackage())
                .expectEvents(margaret.packageSuspendedByHand());
    }
}
