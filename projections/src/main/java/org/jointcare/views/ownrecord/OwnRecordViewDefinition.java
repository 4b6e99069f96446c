package org.jointcare.views.ownrecord;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The person's own record: streaming, in order per person; rows are per person. */
@Configuration(proxyBeanMethods = false)
public class OwnRecordViewDefinition {

    public static final String PROCESSING_GROUP = "own-record";

    @Bean
    public ViewDefinition ownRecordView() {
        return ViewDefinition.streamingPerPerson(PROCESSING_GROUP, 100, "own_record_entry", "own_record", "own_record_state");
    }
}
