package org.jointcare.carerecord.registration;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** The person moved from one registered GP practice to another; what happened before stays with the practice it happened at. */
@Revision("1")
public record PersonMovedPractice(
        UUID careRecordId,
        String fromPracticeCode,
        String toPracticeCode,
        Actor by,
        Instant at) implements CareRecordEvent {
}
