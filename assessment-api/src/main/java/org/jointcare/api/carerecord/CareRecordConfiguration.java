package org.jointcare.api.carerecord;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.jointcare.carerecord.CareRecord;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the care record aggregate with Axon. {@code assessment-core} stays free of Spring,
 * so the aggregate carries no {@code @Aggregate}; it is configured here, with its snapshot
 * trigger, cache and command target resolver stated rather than left to defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareRecordSettings.class)
public class CareRecordConfiguration {

    @Bean
    public CareRecordCache careRecordCache(CareRecordSettings settings) {
        return new CareRecordCache(settings.cache());
    }

    /**
     * How an empty care record is made before its events (or snapshot) are applied. A bean, so
     * Spring's snapshotter finds it: it only knows aggregates by their factory or repository bean,
     * and this aggregate's repository is built by Axon's configurer, not by Spring.
     */
    @Bean
    public CareRecordFactory careRecordFactory() {
        return new CareRecordFactory();
    }

    @Bean
    public ConfigurerModule careRecordAggregate(CareRecordSettings settings, CareRecordCache cache,
                                                CareRecordFactory careRecordFactory) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(CareRecord.class)
                        .configureAggregateFactory(config -> careRecordFactory)
                        .configureCache(config -> cache)
                        .configureSnapshotTrigger(config ->
                                new EventCountSnapshotTriggerDefinition(config.snapshotter(), settings.snapshotThreshold()))
                        .configureCommandTargetResolver(config -> new ExpectedVersionCommandTargetResolver()));
    }
}
