package org.jointcare.carerecord.review;

import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.carerecord.review.ReviewSchedule.DueWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewScheduleTest {

    @Test
    void the_first_review_is_due_six_to_eight_weeks_after_a_package_starts() {
        assertThat(ReviewSchedule.afterStartOrChange(LocalDate.of(2026, 3, 16)))
                .isEqualTo(new DueWindow(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 11)));
    }

    @Test
    void a_change_over_the_new_year_is_reviewed_in_february() {
        assertThat(ReviewSchedule.afterStartOrChange(LocalDate.of(2026, 12, 28)))
                .isEqualTo(new DueWindow(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 22)));
    }

    @Test
    void the_next_review_is_due_within_twelve_months_and_opens_four_weeks_before() {
        assertThat(ReviewSchedule.annualAfter(LocalDate.of(2026, 5, 6)))
                .isEqualTo(new DueWindow(LocalDate.of(2027, 4, 8), LocalDate.of(2027, 5, 6)));
    }

    @Test
    void a_review_conducted_on_the_29th_of_february_falls_due_on_the_28th_a_year_later() {
        assertThat(ReviewSchedule.annualAfter(LocalDate.of(2028, 2, 29)).dueBy()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void twelve_months_to_the_day_is_within_the_longest_interval_and_a_day_more_is_not() {
        LocalDate since = LocalDate.of(2026, 3, 16);
        assertThat(ReviewSchedule.withinLongestInterval(since, LocalDate.of(2027, 3, 16))).isTrue();
        assertThat(ReviewSchedule.withinLongestInterval(since, LocalDate.of(2027, 3, 17))).isFalse();
        assertThat(ReviewSchedule.withinLongestInterval(since, LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Test
    void a_scheduled_review_id_is_the_same_each_time_for_a_package_and_due_date_and_differs_otherwise() {
        UUID packageId = UUID.fromString("3c333333-0000-4000-8000-000000000001");
        UUID first = ReviewSchedule.scheduledReviewId(packageId, LocalDate.of(2026, 5, 11));

        assertThat(ReviewSchedule.scheduledReviewId(packageId, LocalDate.of(2026, 5, 11))).isEqualTo(first);
        assertThat(ReviewSchedule.scheduledReviewId(packageId, LocalDate.of(2027, 5, 6))).isNotEqualTo(first);
        assertThat(ReviewSchedule.scheduledReviewId(UUID.randomUUID(), LocalDate.of(2026, 5, 11))).isNotEqualTo(first);
    }
}
