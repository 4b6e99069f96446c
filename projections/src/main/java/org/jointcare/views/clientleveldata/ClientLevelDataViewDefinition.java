package org.jointcare.views.clientleveldata;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Client Level Data view: streaming, per person. Its rows belong to one person each (written
 * afresh from that person's record), so no two people's events touch the same row. Batches are large:
 * the return is produced once a quarter.
 */
@Configuration(proxyBeanMethods = false)
public class ClientLevelDataViewDefinition {

    public static final String PROCESSING_GROUP = "client-level-data";

    @Bean
    public ViewDefinition clientLevelDataView() {
        return ViewDefinition.streamingPerPerson(PROCESSING_GROUP, 200, "cld_row", "cld_record_state");
    }
}
