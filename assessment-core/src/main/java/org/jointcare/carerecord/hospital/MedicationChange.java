package org.jointcare.carerecord.hospital;

import org.jointcare.carerecord.Clinical;

/** A medicine started, changed or stopped: clinical content, whatever holds it. */
@Clinical
public record MedicationChange(String medication, MedicationChangeKind kind, String detail) {
}
