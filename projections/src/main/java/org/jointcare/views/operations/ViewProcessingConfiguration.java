package org.jointcare.views.operations;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.jointcare.views.ViewDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Turns every {@link ViewDefinition} bean into an Axon event processor, so that how a view is
 * processed is declared next to the view and decided in one place.
 *
 * <ul>
 *   <li>STREAMING views get a pooled streaming processor over the event store with the view's
 *   batch size, initial segment count and sequencing policy, and a JDBC sequenced dead-letter
 *   queue for the group: an event that fails for one person is parked in {@code dead_letter_entry}
 *   (created by the wiring's Flyway migration), that person's later events queue behind it, and
 *   everyone else's events keep flowing. Each handler runs in a savepoint ({@link SavepointPerEvent}),
 *   so a parked event leaves none of its writes behind. The processor's tokens live in Axon's {@code JdbcTokenStore}
 *   over the same DataSource, and each batch runs in one Spring transaction (Axon's
 *   {@code SpringTransactionManager}), so the view's rows and its token commit together: an event
 *   is applied exactly once.</li>
 *   <li>SUBSCRIBING views get a subscribing processor: their handlers run inside the transaction of
 *   the command that published the event, and a failure propagates so the command fails rather
 *   than leaving the view behind the events.</li>
 * </ul>
 *
 * Replay safety: a streaming rebuild delivers every historic event again with a replay token. A
 * handler with a side effect outside its own tables (a notification, a message to another system)
 * must carry {@code @org.axonframework.eventhandling.DisallowReplay} (on the method or the class) —
 * Axon then skips it during any replay, and {@link ViewRebuilds#rebuild(String)} marks the
 * events it re-applies to subscribing views as replayed too, so the same annotation protects both.
 */
@Configuration(proxyBeanMethods = false)
public class ViewProcessingConfiguration {

    /**
     * Every streaming view reads the event stream in one segment. Axon's pooled streaming processor
     * reads one stream for all of a view's segments, opened at the lowest of their tokens; after a
     * restart, a segment whose token still waited for a gap that has since been filled is handed
     * the events after that gap again, and the view applies them twice (ARestartAfterAFilledGapTest
     * shows it; the long crash test found it). With one segment the stream starts at the view's own
     * token. The views run side by side instead, each on its own threads.
     */
    static final int ONE_SEGMENT = 1;

    /*
     * Whether a person has parked events is asked of the dead-letter table before each event is
     * handled: one query per event per view, 5% of every streaming view's processor time in a
     * rebuild (JFR: JdbcSequencedDeadLetterQueue.contains). Axon's sequence identifier cache answers
     * "nothing parked" from memory for people it has seen without letters. It is kept per segment by
     * the node that holds the segment's claim and dropped when the segment is released, so a node
     * taking the segment over starts afresh. New letters for a person are only ever parked by the
     * holder of the segment (which marks them in its cache as it parks them); a retry on another node
     * only removes or re-parks letters of a person already queued, and a person the cache still
     * believes queued is checked in the table again. So the cache never lets an event past a parked one.
     */

    /** The diagnostic a dead letter carries: how many times a retry handed it to the view and it failed again. */
    static final String RETRIES = "retries";

    @Bean
    public ConfigurerModule viewProcessors(List<ViewDefinition> views,
                                           ObjectProvider<ConnectionProvider> connectionProvider,
                                           ObjectProvider<DeadLetterSchema> deadLetterSchema) {
        return configurer -> configurer.eventProcessing(processing -> views.forEach(view ->
                register(processing, view, connectionProvider, deadLetterSchema)));
    }

    /** Each streaming view's handler in its own savepoint, so a parked event leaves nothing behind. */
    @Bean
    public HandlerEnhancerDefinition savepointPerEventOfStreamingViews(List<ViewDefinition> views,
                                                                       ObjectProvider<PlatformTransactionManager> transactionManager) {
        return new SavepointPerEvent(views.stream()
                .filter(view -> view.mode() == ViewDefinition.Mode.STREAMING)
                .map(ViewDefinition::processingGroup)
                .collect(Collectors.toSet()), transactionManager);
    }

    private static void register(EventProcessingConfigurer processing, ViewDefinition view,
                                 ObjectProvider<ConnectionProvider> connectionProvider,
                                 ObjectProvider<DeadLetterSchema> deadLetterSchema) {
        String group = view.processingGroup();
        processing.assignProcessingGroup(group, group);
        processing.registerSequencingPolicy(group, configuration -> view.sequencingPolicy());
        switch (view.mode()) {
            case STREAMING -> {
                processing.registerPooledStreamingEventProcessor(group,
                        configuration -> configuration.eventStore(),
                        (configuration, builder) -> builder
                                .batchSize(view.batchSize())
                                .initialSegmentCount(ONE_SEGMENT));
                processing.registerDeadLetterQueue(group, configuration -> deadLetterQueue(group,
                        configuration, connectionProvider.getObject(),
                        deadLetterSchema.getIfAvailable(DeadLetterSchema::defaultSchema)));
                processing.registerDeadLetterPolicy(group, configuration -> ViewProcessingConfiguration::parkCountingRetries);
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (configuration, invoker) -> invoker.enableSequenceIdentifierCache());
            }
            case SUBSCRIBING -> {
                processing.registerSubscribingEventProcessor(group);
                processing.registerListenerInvocationErrorHandler(group,
                        configuration -> PropagatingErrorHandler.instance());
            }
        }
    }

    /**
     * Every failing event is parked (as Axon does by default); the letter also carries how many
     * times a retry handed it to the view and it failed again, so an operator can tell a fresh
     * fault from a stubborn one. A live failure arrives with its cause and no count (0); a letter
     * from the queue carries the count of its earlier failures, or, if it only waited behind an
     * earlier event of the same person, neither a cause nor a count (its first retry failed: 1).
     */
    static EnqueueDecision<EventMessage<?>> parkCountingRetries(DeadLetter<? extends EventMessage<?>> letter,
                                                                Throwable cause) {
        Object before = letter.diagnostics().get(RETRIES);
        int retries;
        if (before instanceof Number earlier) {
            retries = earlier.intValue() + 1;
        } else if (letter.cause().isEmpty()) {
            retries = 1;
        } else {
            retries = 0;
        }
        return Decisions.enqueue(cause, failed -> failed.diagnostics().and(RETRIES, retries));
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(
            String group, org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider, DeadLetterSchema schema) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .connectionProvider(connectionProvider)
                .transactionManager(configuration.getComponent(TransactionManager.class))
                .schema(schema)
                .genericSerializer(configuration.serializer())
                .eventSerializer(configuration.eventSerializer())
                .build();
    }
}
