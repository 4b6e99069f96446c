package org.jointcare.carerecord.hospital;

import org.jointcare.carerecord.Personal;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan for leaving hospital: expected date, whether the person is medically fit (no
 * longer meets the criteria to reside), the discharge-to-assess pathway and what must be in
 * place first.
 */
public record DischargePlan(
        LocalDate expectedDate,
        boolean medicallyFit,
        DischargePathway pathway,
        @Personal List<String> toBeInPlaceFirst) {

    public DischargePlan {
        toBeInPlaceFirst = toBeInPlaceFirst == null ? List.of() : List.copyOf(toBeInPlaceFirst);
    }
}
