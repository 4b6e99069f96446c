package org.jointcare.carerecord.hospital;

import org.jointcare.carerecord.Personal;
import java.time.Instant;
import java.util.List;
import org.jointcare.carerecord.Clinical;

/**
 * The discharge as it happened, following the PRSB eDischarge summary headings: discharge
 * details, clinical summary, medication changes, plan and requested actions, information and
 * advice given. {@code delayReason} is required when the discharge is later than planned.
 */
public record DischargeSummary(
        Instant dischargedAt,
        DischargeDestination destination,
        @Personal @Clinical String clinicalSummary,
        @Personal @Clinical List<MedicationChange> medicationChanges,
        List<FollowUpAction> followUpActions,
        @Personal String informationGiven,
        DelayReason delayReason) {

    public DischargeSummary {
        medicationChanges = medicationChanges == null ? List.of() : List.copyOf(medicationChanges);
        followUpActions = followUpActions == null ? List.of() : List.copyOf(followUpActions);
    }
}
