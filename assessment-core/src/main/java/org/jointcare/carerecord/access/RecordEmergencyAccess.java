package org.jointcare.carerecord.access;

import java.time.Instant;
import java.time.Duration;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Records emergency access to a record that sharing rules would otherwise hide; time-limited, it alerts the privacy officer. */
public record RecordEmergencyAccess(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID accessId,
        String reason,
        Duration duration,
        Actor by,
        Instant at) implements CareRecordCommand {
}
