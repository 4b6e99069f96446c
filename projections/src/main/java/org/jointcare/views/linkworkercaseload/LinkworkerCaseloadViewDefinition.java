package org.jointcare.views.linkworkercaseload;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The linkworker caseload follows the event store on its own: a caseload a second behind the
 * record is fine.
 */
@Configuration(proxyBeanMethods = false)
public class LinkworkerCaseloadViewDefinition {

    public static final String PROCESSING_GROUP = "linkworker-caseload";
    static final String[] TABLES = {"caseload_follow_up", "caseload_discharge", "caseload_review",
            "caseload_package", "caseload_carers_assessment", "caseload_assessment", "caseload_referral", "caseload_person",
            "caseload_list_total", "caseload_death_notice"};

    @Bean
    ViewDefinition linkworkerCaseloadView() {
        return ViewDefinition.streamingPerPerson(PROCESSING_GROUP, 100, TABLES);
    }
}
