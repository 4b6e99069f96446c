package org.jointcare.carerecord.hospital;

public enum AdmissionType {
    PLANNED,
    EMERGENCY
}
