package org.jointcare.carerecord.erasure;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * The record was erased, on the ground given. It holds no personal data (the record's id, the
 * ground, who and when): it stays readable after the keys are gone, so every view, on replay too,
 * knows to forget the person, and the audit trail shows that and why the record was erased.
 */
@Revision("1")
public record RecordErased(
        UUID careRecordId,
        ErasureGround ground,
        Actor by,
        Instant at) implements CareRecordEvent {
}
