package org.jointcare.views.testing;

import java.util.Set;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ServiceType;

/** Typical services of a care package, priced in pence. */
public final class Services {

    private Services() {
    }

    public static PlannedService homeCare(int visitsPerWeek, long pencePerVisit) {
        return new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Caring Hands Ltd",
                visitsPerWeek, pencePerVisit, Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE));
    }

    public static PlannedService districtNursing(int visitsPerWeek, long pencePerVisit) {
        return new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, "Community Nursing",
                visitsPerWeek, pencePerVisit, Funding.health(), Set.of(NeedDomain.SKIN, NeedDomain.MEDICATION));
    }

    public static PlannedService meals(int mealsPerWeek, long pencePerMeal) {
        return new PlannedService(ServiceType.MEALS, ProviderType.VOLUNTARY_ORGANISATION, "Meals on Wheels",
                mealsPerWeek, pencePerMeal, Funding.joint(50, 50), Set.of(NeedDomain.NUTRITION));
    }
}
