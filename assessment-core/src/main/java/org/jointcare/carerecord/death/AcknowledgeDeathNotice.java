package org.jointcare.carerecord.death;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** A GP practice, linkworker or district nurse acknowledges, for their organisation, the notice of the person's death. */
public record AcknowledgeDeathNotice(
        @TargetAggregateIdentifier UUID careRecordId,
        Actor by,
        Instant at) implements CareRecordCommand {
}
