package org.jointcare.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewOutcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record CompleteReviewRequest(
        @NotNull @PastOrPresent LocalDate conductedOn,
        @NotNull Boolean needsMet,
        @NotNull ReviewOutcome outcome,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String personViews,
        @FreeText @Size(max = RequestShapes.TEXT) String carerViews,
        @FreeText @Size(max = RequestShapes.TEXT) String notes) {

    public CompleteReview toCommand(UUID careRecordId, UUID reviewId, Actor by, Instant at) {
        return new CompleteReview(careRecordId, reviewId, conductedOn,
                new ReviewFindings(needsMet, outcome, personViews, carerViews, notes), by, at);
    }
}
