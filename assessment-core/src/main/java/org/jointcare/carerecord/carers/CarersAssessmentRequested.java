package org.jointcare.carerecord.carers;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** A carer's assessment was asked for: it waits on the linkworker's caseload until it is carried out. */
@Revision("1")
public record CarersAssessmentRequested(
        UUID careRecordId,
        UUID carersAssessmentId,
        NamedCarer carer,
        Actor by,
        Instant at) implements CareRecordEvent {
}
