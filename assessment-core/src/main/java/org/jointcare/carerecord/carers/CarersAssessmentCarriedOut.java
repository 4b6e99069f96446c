package org.jointcare.carerecord.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/** The carer's assessment was carried out; the eligibility is the one {@link CarersEligibilityPolicy} reached from the findings. */
@Revision("1")
public record CarersAssessmentCarriedOut(
        UUID careRecordId,
        UUID carersAssessmentId,
        LocalDate carriedOutOn,
        CarersAssessmentFindings findings,
        CarersEligibilityDecision eligibility,
        Actor by,
        Instant at) implements CareRecordEvent {
}
