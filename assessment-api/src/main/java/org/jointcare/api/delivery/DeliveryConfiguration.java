package org.jointcare.api.delivery;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.jointcare.interop.delivery.FhirMessageDelivery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delivery of admission and discharge notices to practices' systems: the outbox is written by a
 * subscribing processor of its own, in the command's transaction; a failure to write it fails the
 * command (Axon's default for a subscribing processor would only log it, and the notice would
 * silently never be sent). This processor is not a view: it is in no list of views, so no rebuild
 * touches it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliverySettings.class)
public class DeliveryConfiguration {

    public static final String PROCESSING_GROUP = "practice-delivery-outbox";

    @Bean
    public ConfigurerModule practiceDeliveryOutbox() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    public FhirMessageDelivery fhirMessageDelivery(DeliverySettings settings) {
        return new FhirMessageDelivery(settings.timeout());
    }
}
