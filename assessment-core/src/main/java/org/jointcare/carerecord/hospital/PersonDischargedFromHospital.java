package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** {@code plannedDate} is the last planned date (null if none was planned); {@code daysLaterThanPlanned} is 0 when on time or early. */
@Revision("1")
public record PersonDischargedFromHospital(
        UUID careRecordId,
        UUID admissionId,
        DischargeSummary summary,
        LocalDate plannedDate,
        long daysLaterThanPlanned,
        Actor by,
        Instant at) implements CareRecordEvent {
}
