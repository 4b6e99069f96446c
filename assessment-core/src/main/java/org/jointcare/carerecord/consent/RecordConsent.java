package org.jointcare.carerecord.consent;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * Records the person's consent to share, as given to a named professional. It can change at
 * any time; the newest decision takes effect on the next read. {@code limits} says what may
 * not be shared when the decision is {@link ConsentDecision#AGREED_WITH_LIMITS}.
 */
public record RecordConsent(
        @TargetAggregateIdentifier UUID careRecordId,
        ConsentDecision decision,
        String limits,
        Actor by,
        Instant at) implements CareRecordCommand {
}
