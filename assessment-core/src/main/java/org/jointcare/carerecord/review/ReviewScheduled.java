package org.jointcare.carerecord.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** A review is due between {@code dueFrom} and {@code dueBy}; after {@code dueBy} it is overdue. */
@Revision("1")
public record ReviewScheduled(
        UUID careRecordId,
        UUID reviewId,
        UUID packageId,
        LocalDate dueFrom,
        LocalDate dueBy,
        ReviewTrigger trigger,
        Actor by,
        Instant at) implements CareRecordEvent {
}
