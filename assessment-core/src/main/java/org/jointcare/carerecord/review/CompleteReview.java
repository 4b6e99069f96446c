package org.jointcare.carerecord.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Records a review conducted with the person and carer. */
public record CompleteReview(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID reviewId,
        LocalDate conductedOn,
        ReviewFindings findings,
        Actor by,
        Instant at) implements CareRecordCommand {
}
