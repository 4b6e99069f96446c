package org.jointcare.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.carerecord.review.ScheduleReview;

import jakarta.validation.constraints.NotNull;

public record ScheduleReviewRequest(
        @NotNull LocalDate dueBy,
        @NotNull ReviewTrigger trigger) {

    public ScheduleReview toCommand(UUID careRecordId, UUID reviewId, Actor by, Instant at) {
        return new ScheduleReview(careRecordId, reviewId, dueBy, trigger, by, at);
    }
}
