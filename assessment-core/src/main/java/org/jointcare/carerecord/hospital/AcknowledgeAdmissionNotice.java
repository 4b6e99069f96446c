package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** The registered practice acknowledges an admission notice. */
public record AcknowledgeAdmissionNotice(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID admissionId,
        Actor by,
        Instant at) implements CareRecordCommand {
}
