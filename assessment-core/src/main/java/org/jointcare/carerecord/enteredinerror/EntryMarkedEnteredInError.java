package org.jointcare.carerecord.enteredinerror;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Personal;
import org.jointcare.carerecord.assessment.Discipline;

/**
 * The entry recorded as event {@code sequenceNumber} was entered in error, for {@code reason}.
 * {@code entryId} is the id views know it by (the referral, the assessment a contribution was added
 * to, the admission, the visit); {@code discipline} is the contribution's (null for other kinds),
 * as an assessment holds at most one contribution per discipline that views track. For a visit,
 * {@code admissionId} is the discharge it followed up (the admission itself for an admission, else
 * null) and {@code dischargeFollowUpUndone} tells that no other visit follows that discharge up, so
 * it waits for its first visit again. The entry's own event stays in the store for audit, its
 * personal fields shredded.
 */
@Revision("1")
public record EntryMarkedEnteredInError(
        UUID careRecordId,
        long sequenceNumber,
        EntryKind kind,
        UUID entryId,
        Discipline discipline,
        UUID admissionId,
        boolean dischargeFollowUpUndone,
        @Personal String reason,
        Actor by,
        Instant at) implements CareRecordEvent {
}
