package org.jointcare.views.districtnursing;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The district nursing worklist follows the event store with its own token, in large batches:
 * a nurse reads the worklist by the day, not by the second.
 */
@Configuration(proxyBeanMethods = false)
public class DistrictNursingViewDefinition {

    public static final String PROCESSING_GROUP = "district-nursing";
    static final String[] TABLES = {"dn_visit_request", "dn_discharge", "dn_package",
            "dn_assessment_waiting", "dn_person", "dn_death_notice"};

    @Bean
    ViewDefinition districtNursingView() {
        return ViewDefinition.streamingPerPerson(PROCESSING_GROUP, 200, TABLES);
    }
}
