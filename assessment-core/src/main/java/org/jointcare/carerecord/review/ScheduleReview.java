package org.jointcare.carerecord.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Schedules a review on request or on a change of circumstances. */
public record ScheduleReview(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID reviewId,
        LocalDate dueBy,
        ReviewTrigger trigger,
        Actor by,
        Instant at) implements CareRecordCommand {
}
