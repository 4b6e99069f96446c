package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Plans (or re-plans) the discharge of an open admission. */
public record PlanDischarge(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID admissionId,
        DischargePlan plan,
        Actor by,
        Instant at) implements CareRecordCommand {
}
