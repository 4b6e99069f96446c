package org.jointcare.carerecord.hospital;

public enum MedicationChangeKind {
    STARTED,
    CHANGED,
    STOPPED
}
