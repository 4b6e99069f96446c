package org.jointcare.carerecord.registration;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Opens a care record for a person; the NHS number is optional (null when the person has none). */
public record RegisterPerson(
        @TargetAggregateIdentifier UUID careRecordId,
        NhsNumber nhsNumber,
        PersonDetails person,
        Actor by,
        Instant at) implements CareRecordCommand {
}
