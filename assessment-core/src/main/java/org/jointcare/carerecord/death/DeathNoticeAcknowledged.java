package org.jointcare.carerecord.death;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * The death notice was acknowledged for {@code by}'s organisation (a practice, a nursing team, a
 * social care team): it leaves that organisation's list. Once per organisation.
 */
@Revision("1")
public record DeathNoticeAcknowledged(
        UUID careRecordId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
