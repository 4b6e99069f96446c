package org.jointcare.api.access;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.jointcare.api.web.CorrelationId;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Raises the privacy officer's alert from the {@link EmergencyAccessGranted} event itself, in the
 * transaction that stores it (a subscribing processor whose failures propagate): emergency access
 * is never recorded without its alert, whichever way the command arrived. Not a view: it is never
 * replayed, so an alert is raised once.
 */
@Component
@ProcessingGroup(EmergencyAccessAlerting.PROCESSING_GROUP)
public class EmergencyAccessAlerting {

    public static final String PROCESSING_GROUP = "emergency-access-alerts";

    private final EmergencyAccessAlerts alerts;

    public EmergencyAccessAlerting(EmergencyAccessAlerts alerts) {
        this.alerts = alerts;
    }

    @EventHandler
    void on(EmergencyAccessGranted granted) {
        alerts.raise(granted.at(), granted.careRecordId(), granted.accessId(), granted.by().userId(),
                granted.by().role().name(), granted.by().organisationCode(), granted.reason(), granted.expiresAt(),
                CorrelationId.current());
    }

    @Configuration(proxyBeanMethods = false)
    static class Processor {
        @Bean
        ConfigurerModule emergencyAccessAlertProcessor() {
            return configurer -> configurer.eventProcessing(processing -> {
                processing.assignProcessingGroup(PROCESSING_GROUP, PROCESSING_GROUP);
                processing.registerSubscribingEventProcessor(PROCESSING_GROUP);
                processing.registerListenerInvocationErrorHandler(PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
            });
        }
    }
}
