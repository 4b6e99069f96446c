package org.jointcare.carerecord.registration;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * The person is now registered with another GP practice (ODS code). The registered practice
 * decides who sees the record: the old practice loses the relationship, the new one gains it.
 */
public record MoveToAnotherPractice(
        @TargetAggregateIdentifier UUID careRecordId,
        String practiceCode,
        Actor by,
        Instant at) implements CareRecordCommand {
}
