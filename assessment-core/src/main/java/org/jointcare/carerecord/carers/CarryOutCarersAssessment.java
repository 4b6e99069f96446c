package org.jointcare.carerecord.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** A linkworker records the carer's assessment carried out on {@code carriedOutOn}, with what it found. */
public record CarryOutCarersAssessment(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID carersAssessmentId,
        LocalDate carriedOutOn,
        CarersAssessmentFindings findings,
        Actor by,
        Instant at) implements CareRecordCommand {
}
