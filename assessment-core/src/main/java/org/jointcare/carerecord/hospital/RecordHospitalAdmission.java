package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Records an admission: it suspends the active package and notifies the registered practice, the linkworker and the nursing team. */
public record RecordHospitalAdmission(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID admissionId,
        Admission admission,
        Actor by,
        Instant at) implements CareRecordCommand {
}
