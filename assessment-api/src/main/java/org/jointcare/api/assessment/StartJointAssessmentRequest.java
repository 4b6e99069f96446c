package org.jointcare.api.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.assessment.StartJointAssessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StartJointAssessmentRequest(
        @NotNull UUID referralId,
        @NotBlank @Size(max = 64) String leadAssessorUserId) {

    public StartJointAssessment toCommand(UUID careRecordId, UUID assessmentId, Actor by, Instant at) {
        return new StartJointAssessment(careRecordId, assessmentId, referralId, leadAssessorUserId, by, at);
    }
}
