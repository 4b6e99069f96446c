package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Records the discharge; it raises a discharge notice to the registered practice. */
public record RecordDischarge(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID admissionId,
        DischargeSummary summary,
        Actor by,
        Instant at) implements CareRecordCommand {
}
