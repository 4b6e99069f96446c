package org.jointcare.api.erasure;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link ErasureConsequences} runs in the erasure's own transaction: if the keys cannot be destroyed, the erasure fails. Not a view. */
@Configuration(proxyBeanMethods = false)
public class ErasureConfiguration {

    public static final String PROCESSING_GROUP = "erasure-consequences";

    @Bean
    public ConfigurerModule erasureConsequencesProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
