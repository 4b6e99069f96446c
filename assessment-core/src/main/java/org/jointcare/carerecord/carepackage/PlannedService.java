package org.jointcare.carerecord.carepackage;

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
        meetsNeeds = meetsNeeds == null ? Set.of() : Set.copyOf(meetsNeeds);
    }

    public long weeklyCostPence() {
        return Math.multiplyExact((long) unitsPerWeek, unitCostPence);
    }
}
