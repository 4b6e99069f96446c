package org.jointcare.api.carers;

import java.time.Instant;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carers.RequestCarersAssessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A carer's assessment asked for, naming the carer. */
public record RequestCarersAssessmentRequest(@Valid @NotNull NamedCarerRequest carer) {

    public RequestCarersAssessment toCommand(UUID careRecordId, UUID carersAssessmentId, Actor by, Instant at) {
        return new RequestCarersAssessment(careRecordId, carersAssessmentId, carer.toCarer(), by, at);
    }
}
