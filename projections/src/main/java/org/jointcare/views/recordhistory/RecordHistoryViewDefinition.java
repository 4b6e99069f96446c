package org.jointcare.views.recordhistory;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The record history view: streaming, in order per person. Rows are keyed by (record, sequence
 * number) and never shared between people.
 */
@Configuration(proxyBeanMethods = false)
public class RecordHistoryViewDefinition {

    public static final String PROCESSING_GROUP = "record-history";

    @Bean
    public ViewDefinition recordHistoryView() {
        return ViewDefinition.streamingPerPerson(PROCESSING_GROUP, 100, "record_history_event");
    }
}
