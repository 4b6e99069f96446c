package org.jointcare.carerecord.hospital;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.Clinical;

/**
 * The hospital team that recorded a discharge puts its summary right, within
 * {@link DischargeCorrectionPolicy#CORRECTION_WINDOW} of recording it: {@code summary} is the whole
 * summary as it should have been (the discharge moment stays as recorded), {@code reason} says what
 * was wrong. The registered practice is sent the amended notice.
 */
public record CorrectDischargeSummary(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID admissionId,
        DischargeSummary summary,
        @Clinical String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
