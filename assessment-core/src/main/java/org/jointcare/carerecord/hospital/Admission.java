package org.jointcare.carerecord.hospital;

import java.time.Instant;

/** A hospital admission, NHS or private: private patients follow the same path. */
public record Admission(
        String hospitalName,
        String hospitalCode,
        String ward,
        Instant admittedAt,
        AdmissionType type,
        boolean privatePatient) {
}
