package org.jointcare.carerecord.registration;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * The person's details as they now stand, the names of the details that changed (so the history
 * can say who changed what) and why.
 */
@Revision("1")
public record PersonDetailsChanged(
        UUID careRecordId,
        PersonDetails person,
        List<String> changed,
        @Personal String reason,
        Actor by,
        Instant at) implements CareRecordEvent {

    public PersonDetailsChanged {
        changed = changed == null ? List.of() : List.copyOf(changed);
    }
}
