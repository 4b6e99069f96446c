package org.jointcare.carerecord.followup;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Clinical;

/**
 * A district nurse visited the person. {@code admissionId} is the discharge it follows up (or null);
 * {@code firstAfterDischarge} is true for the first visit recorded for that discharge, which is the
 * one that completes the discharge's nursing follow-up and whose time from discharge is counted.
 */
@Revision("1")
public record NursingVisitRecorded(
        UUID careRecordId,
        UUID visitId,
        UUID admissionId,
        boolean firstAfterDischarge,
        Instant visitedAt,
        @Personal @Clinical String notes,
        Actor by,
        Instant at) implements CareRecordEvent {
}
