package org.jointcare.carerecord.carers;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * A carer's assessment is asked for (Care Act 2014 s.10: by the carer, or offered because the carer
 * appears to have needs), on the record of the person they care for, naming the carer.
 */
public record RequestCarersAssessment(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID carersAssessmentId,
        NamedCarer carer,
        Actor by,
        Instant at) implements CareRecordCommand {
}
