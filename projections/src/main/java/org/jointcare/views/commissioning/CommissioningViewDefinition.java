package org.jointcare.views.commissioning;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commissioning view: streaming with ONE segment. Its rows are counters shared by many
 * people (a practice's month), updated by read-then-write upserts; one segment means one
 * writer, so no two transactions race on the same counter. Batches are large because a
 * commissioner reads figures by month, not by the minute.
 */
@Configuration(proxyBeanMethods = false)
public class CommissioningViewDefinition {

    public static final String PROCESSING_GROUP = "commissioning";

    @Bean
    public ViewDefinition commissioningView() {
        return ViewDefinition.streamingPerPerson(PROCESSING_GROUP, 200, "commissioning_figure", "commissioning_record_state");
    }
}
