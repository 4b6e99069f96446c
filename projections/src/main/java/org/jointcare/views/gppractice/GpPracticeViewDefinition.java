package org.jointcare.views.gppractice;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The GP practice view follows the event store with its own token, in order per person. */
@Configuration(proxyBeanMethods = false)
public class GpPracticeViewDefinition {

    public static final String PROCESSING_GROUP = "gp-practice";
    static final String[] TABLES = {"gp_notice", "gp_follow_up", "gp_medication_change", "gp_hospital_stay",
            "gp_referral", "gp_package", "gp_person", "gp_inbox_total", "gp_death_notice"};

    @Bean
    ViewDefinition gpPracticeView() {
        return ViewDefinition.streamingPerPerson(PROCESSING_GROUP, 100, TABLES);
    }
}
