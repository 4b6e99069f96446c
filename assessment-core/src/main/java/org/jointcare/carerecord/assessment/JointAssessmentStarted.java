package org.jointcare.carerecord.assessment;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

@Revision("1")
public record JointAssessmentStarted(
        UUID careRecordId,
        UUID assessmentId,
        UUID referralId,
        String leadAssessorUserId,
        Actor by,
        Instant at) implements CareRecordEvent {
}
