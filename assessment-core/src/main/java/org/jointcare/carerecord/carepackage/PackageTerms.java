package org.jointcare.carerecord.carepackage;

import java.util.List;

/** The services of a care package and the person's own weekly contribution, in pence. */
public record PackageTerms(List<PlannedService> services, long personContributionPencePerWeek) {

    public PackageTerms {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public long weeklyCostPence() {
        return services.stream().mapToLong(PlannedService::weeklyCostPence).sum();
    }
}
