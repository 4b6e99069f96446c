package org.jointcare.carerecord.death;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * A professional with a relationship to the person records that they died, on {@code dateOfDeath}.
 * Recorded once; it closes the record (what was open ends with it) and, from then on, the record
 * is only read and corrected ({@link AfterDeathPolicy}).
 */
public record RecordDeath(
        @TargetAggregateIdentifier UUID careRecordId,
        LocalDate dateOfDeath,
        Actor by,
        Instant at) implements CareRecordCommand {
}
