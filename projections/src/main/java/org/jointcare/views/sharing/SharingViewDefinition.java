package org.jointcare.views.sharing;

import org.jointcare.views.ViewDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sharing view is subscribing: it is written in the transaction of the command whose
 * events it reflects, so an access decision never reads a relationship or a consent that the
 * record has already changed.
 */
@Configuration(proxyBeanMethods = false)
public class SharingViewDefinition {

    public static final String PROCESSING_GROUP = "sharing";
    static final String[] TABLES = {"sharing_emergency_access", "sharing_person"};

    @Bean
    ViewDefinition sharingView() {
        return ViewDefinition.subscribing(PROCESSING_GROUP, TABLES);
    }
}
