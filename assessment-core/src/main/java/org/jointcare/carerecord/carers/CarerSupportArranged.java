package org.jointcare.carerecord.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Personal;
import org.jointcare.carerecord.carepackage.ServiceType;

/**
 * Support for the carer assessed in {@code carersAssessmentId} was arranged: a service of the
 * package {@code packageId} ({@code plan} null), or the carer's own plan ({@code packageId} and
 * {@code service} null).
 */
@Revision("1")
public record CarerSupportArranged(
        UUID careRecordId,
        UUID carersAssessmentId,
        CarerSupportKind kind,
        UUID packageId,
        ServiceType service,
        @Personal String plan,
        LocalDate startDate,
        Actor by,
        Instant at) implements CareRecordEvent {
}
