package org.jointcare.carerecord.carepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.junit.jupiter.api.Test;

/**
 * The needs a service meets are a set, but views write them out as text: they must come out in
 * the same order on every JVM, or a view rebuilt after a restart differs from the live one.
 */
class NeedsMetAreKeptInOneOrderTest {

    @Test
    void the_needs_a_service_meets_are_kept_in_the_domains_own_order_whatever_order_they_came_in() {
        PlannedService service = new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Kennet Care",
                7, 2150, Funding.socialCare(),
                new LinkedHashSet<>(List.of(NeedDomain.SOCIAL_CONTACT, NeedDomain.PERSONAL_CARE, NeedDomain.NUTRITION)));

        assertThat(service.meetsNeeds())
                .containsExactly(NeedDomain.PERSONAL_CARE, NeedDomain.NUTRITION, NeedDomain.SOCIAL_CONTACT);
    }

    @Test
    void a_service_that_names_no_need_meets_none() {
        PlannedService service = new PlannedService(ServiceType.ALARM, ProviderType.LOCAL_AUTHORITY, "Careline",
                1, 300, Funding.socialCare(), null);

        assertThat(service.meetsNeeds()).isEmpty();
    }
}
