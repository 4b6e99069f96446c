package org.jointcare.carerecord.carepackage;

import org.jointcare.carerecord.CareRule;

/** What makes the terms of a care package complete: services fully described and funded, money in whole pence. */
public final class PackageTermsPolicy {

    private PackageTermsPolicy() {
    }

    public static void check(PackageTerms terms) {
        CareRule.PACKAGE_DETAILS_INCOMPLETE.require(terms != null && !terms.services().isEmpty());
        terms.services().forEach(PackageTermsPolicy::checkService);
        CareRule.PERSON_CONTRIBUTION_INVALID.require(terms.personContributionPencePerWeek() >= 0);
    }

    private static void checkService(PlannedService service) {
        CareRule.SERVICE_INCOMPLETE.require(service != null
                && service.type() != null
                && service.providerType() != null
                && service.providerName() != null && !service.providerName().isBlank()
                && service.unitsPerWeek() > 0
                && service.unitCostPence() >= 0
                && service.funding() != null && service.funding().stream() != null);
        CareRule.JOINT_FUNDING_SPLIT_INVALID.require(splitMatchesStream(service.funding()),
                "The funding of " + service.type() + " does not add up: a fully health funded service is 100% health, "
                        + "a fully social care funded one 100% social care, and a joint one splits 100% between them.");
    }

    static boolean splitMatchesStream(Funding funding) {
        int health = funding.healthPercent();
        int social = funding.socialCarePercent();
        return switch (funding.stream()) {
            case HEALTH -> health == 100 && social == 0;
            case SOCIAL_CARE -> health == 0 && social == 100;
            case JOINT -> health >= 0 && social >= 0 && health + social == 100;
        };
    }
}
