package org.jointcare.api.carerecord;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.jointcare.carerecord.CareRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Registers the care record aggregate with Axon. {@code assessment-core} stays free of Spring,
 * so the aggregate carries no {@code @Aggregate}; it is configured here, with its snapshot
 * trigger, cache and command target resolver stated rather than left to defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareRecordSettings.class)
public class CareRecordConfiguration {

    /** Each lost race means another write to the person committed, so retries end; ten is ample for a few nodes. */
    static final int RETRIES_AFTER_A_LOST_RACE = 10;

    /**
     * Every cached copy is checked against the event store before use, so that several nodes on one
     * database can each keep their cache (docs/operations.md, "Several nodes"). The storage engine is
     * looked up on first use: it is built from Axon's configuration, which this cache is part of.
     */
    @Bean
    public CareRecordCache careRecordCache(CareRecordSettings settings, ObjectProvider<EventStorageEngine> storage) {
        return new CareRecordCache(settings.cache(),
                new CachedCopyCheck(careRecordId -> storage.getObject().lastSequenceNumberFor(careRecordId)));
    }

    /** A command that lost a race with another node is decided again on the record as stored. */
    @Bean
    public RetryAfterConcurrentChange retryAfterConcurrentChange() {
        return new RetryAfterConcurrentChange(RETRIES_AFTER_A_LOST_RACE);
    }

    /** Axon's default gateway, with the retry above. */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, RetryAfterConcurrentChange retry) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retry).build();
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

    /**
     * Axon's Spring snapshotter as its Spring Boot support makes it, but taking snapshots on a
     * thread of its own. By default a snapshot is taken on the command's thread after the commit,
     * while the record's lock is still held, and it needs a database connection of its own: with
     * many writers queued on one record, each holding a connection while it waits for the lock, the
     * pool ran dry and the record stood still for the pool's 30 s timeout (found by the long
     * duplicates-and-races run). A snapshot only saves loading time, so when a thousand are
     * waiting a new one is dropped; the record's next trigger asks again.
     */
    @Bean
    public Snapshotter snapshotter(org.axonframework.config.Configuration configuration, HandlerDefinition handlerDefinition,
                                   ParameterResolverFactory parameterResolverFactory, EventStore eventStore,
                                   TransactionManager transactionManager, SnapshotterSpanFactory spanFactory,
                                   @Qualifier("careRecordSnapshots") Executor snapshots) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshots)
                .build();
    }

    /** One thread; on shutdown the snapshots already asked for are finished before the database closes. */
    @Bean
    public ThreadPoolTaskExecutor careRecordSnapshots() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("care-record-snapshots-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1_000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    /** Registered on the command bus by Axon's Spring Boot support, as every handler interceptor bean is. */
    @Bean
    public CareRecordVersionOfCommand careRecordVersionOfCommand(EventStore eventStore) {
        return new CareRecordVersionOfCommand(eventStore);
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
