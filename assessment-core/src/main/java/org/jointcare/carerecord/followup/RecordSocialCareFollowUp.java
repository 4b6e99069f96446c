package org.jointcare.carerecord.followup;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * A linkworker records the social care follow-up of a discharge: when it took place and what was
 * found or arranged. Recorded once per discharge; it takes the discharge off the caseload.
 */
public record RecordSocialCareFollowUp(
        @TargetAggregateIdentifier UUID careRecordId,
        UUID admissionId,
        Instant followedUpAt,
        String outcome,
        Actor by,
        Instant at) implements CareRecordCommand {
}
