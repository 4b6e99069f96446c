package org.jointcare.carerecord.hospital;

public record MedicationChange(String medication, MedicationChangeKind kind, String detail) {
}
