package org.jointcare.carerecord.assessment;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record ContributionAdded(
        UUID careRecordId,
        UUID assessmentId,
        Contribution contribution,
        Actor by,
        Instant at) implements CareRecordEvent {
}
