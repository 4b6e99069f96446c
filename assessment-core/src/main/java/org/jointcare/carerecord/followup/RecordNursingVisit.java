package org.jointcare.carerecord.followup;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.Clinical;

/**
 * A district nurse records a visit made to the person: when, and what was done ({@code notes},
 * clinical). {@code admissionId} names the discharge the visit follows up, or is null for a visit
 * that follows up no discharge; the first visit after a discharge takes it off the nursing worklist.
 */
public record RecordNursingVisit(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID visitId,
        UUID admissionId,
        Instant visitedAt,
        @Clinical String notes,
        Actor by,
        Instant at) implements CareRecordCommand {
}
