package org.jointcare.carerecord.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record ReviewCompleted(
        UUID careRecordId,
        UUID reviewId,
        UUID packageId,
        LocalDate conductedOn,
        ReviewFindings findings,
        Actor by,
        Instant at) implements CareRecordEvent {
}
