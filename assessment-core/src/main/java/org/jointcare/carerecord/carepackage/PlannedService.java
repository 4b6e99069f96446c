package org.jointcare.carerecord.carepackage;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jointcare.carerecord.assessment.NeedDomain;

/**
 * One service in a care package. Money is exact: pence, never floating point. The weekly cost
 * is units per week times the unit cost. {@code meetsNeeds} names the assessed needs the
 * service meets, so needs left unmet are visible.
 */
public record PlannedService(
        ServiceType type,
        ProviderType providerType,
        String providerName,
        int unitsPerWeek,
        long unitCostPence,
        Funding funding,
        Set<NeedDomain> meetsNeeds) {

    public PlannedService {
        // in the domains' own order, so every JVM writes and reads it the same way (a view rebuilt
        // after a restart must come back identical, text included)
        meetsNeeds = meetsNeeds == null || meetsNeeds.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(meetsNeeds));
    }

    public long weeklyCostPence() {
        return Math.multiplyExact((long) unitsPerWeek, unitCostPence);
    }
}
