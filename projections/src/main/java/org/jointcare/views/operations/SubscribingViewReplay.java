package org.jointcare.views.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a SUBSCRIBING view, which has no token to reset: its handlers' {@code @ResetHandler}s
 * empty its tables, then every event in the event store is applied to its handlers again, in
 * batched transactions, each event marked as a replay so {@code @DisallowReplay} handlers skip it.
 */
@Component
public class SubscribingViewReplay {

    private static final Logger log = LoggerFactory.getLogger(SubscribingViewReplay.class);

    private final ApplicationContext context;
    private final org.axonframework.config.Configuration axon;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final int batchSize;

    public SubscribingViewReplay(ApplicationContext context,
                                 org.axonframework.config.Configuration axon,
                                 EventStore eventStore,
                                 PlatformTransactionManager transactionManager,
                                 @Value("${jointcare.rebuild.subscribing-batch-size:500}") int batchSize) {
        this.context = context;
        this.axon = axon;
        this.eventStore = eventStore;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
    }

    RebuildReport replay(String processingGroup, Duration progressEvery, Instant started) {
        return replay(processingGroup, progressEvery, started, new Progress());
    }

    /**
     * Where a replay stands, shared with a caller that reports progress itself and may ask it to
     * stop. Stopping is a flag checked between batches, not a thread interrupt: an interrupt in
     * the middle of H2's file I/O closes the database's file channel.
     */
    static final class Progress {
        /** The global position of the last event committed to the view; -1 before the first batch. */
        final AtomicLong reached = new AtomicLong(-1);
        volatile boolean stop;
    }

    /**
     * As {@link #replay(String, Duration, Instant)}, keeping {@code progress} up to date
     * ({@code progressEvery} null: no progress lines of its own). A stop request ends the replay
     * after the batch in hand with an exception: the view is then incomplete, never reported done.
     */
    RebuildReport replay(String processingGroup, Duration progressEvery, Instant started, Progress progress) {
        AtomicLong reached = progress.reached;
        List<AnnotationEventHandlerAdapter> handlers = handlersOf(processingGroup);
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        transactions.executeWithoutResult(tx -> handlers.forEach(handler -> handler.prepareReset(null)));
        if (head == null) {
            return new RebuildReport(processingGroup, 0, headPosition, Duration.between(started, Instant.now()));
        }
        long applied = 0;
        Instant nextProgress = progressEvery == null ? null : Instant.now().plus(progressEvery);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            boolean more = true;
            while (more) {
                long[] inBatch = {0};
                long[] position = {reached.get()};
                boolean[] reachedHead = {false};
                transactions.executeWithoutResult(tx -> {
                    while (inBatch[0] < batchSize && !reachedHead[0] && !progress.stop && nextAvailable(stream)) {
                        TrackedEventMessage<?> event = next(stream);
                        applyAsReplay(handlers, event, head);
                        inBatch[0]++;
                        position[0] = event.trackingToken().position().orElse(position[0]);
                        // by position, not covers(head): a token with a gap below it never covers the gapless head token
                        reachedHead[0] = position[0] >= headPosition || event.trackingToken().covers(head);
                    }
                });
                applied += inBatch[0];
                reached.set(position[0]);
                if (progress.stop || Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("Rebuild of view '" + processingGroup + "' stopped at global position "
                            + position[0] + " of " + headPosition + " on request; the view is incomplete until it is rebuilt again");
                }
                // a second without an event (a busy machine: every view rebuilding at once) is no end: the
                // replay ends at the head as it was when it began, else a short view would pass for complete
                more = !reachedHead[0];
                if (nextProgress != null && Instant.now().isAfter(nextProgress)) {
                    log.info("Rebuilding view '{}': {} events applied so far (head at global position {})",
                            processingGroup, applied, headPosition);
                    nextProgress = Instant.now().plus(progressEvery);
                }
            }
        }
        return new RebuildReport(processingGroup, applied, headPosition, Duration.between(started, Instant.now()));
    }

    private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> stream) {
        try {
            return stream.nextAvailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding a view", e);
        }
    }

    private static boolean nextAvailable(BlockingStream<TrackedEventMessage<?>> stream) {
        try {
            return stream.hasNextAvailable(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void applyAsReplay(List<AnnotationEventHandlerAdapter> handlers, TrackedEventMessage<?> event,
                                      TrackingToken head) {
        EventMessage<?> replayed = event.withTrackingToken(new ReplayToken(head, event.trackingToken()));
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (!handler.canHandle(replayed)) {
                continue;
            }
            ResultMessage<?> result = DefaultUnitOfWork.startAndGet(replayed).executeWithResult(() -> handler.handle(replayed));
            if (result.isExceptional()) {
                throw new IllegalStateException("Rebuild stopped: " + handler.getTargetType().getSimpleName()
                        + " failed on event " + replayed.getIdentifier() + " (" + replayed.getPayloadType().getSimpleName()
                        + ")", result.exceptionResult());
            }
        }
    }

    private List<AnnotationEventHandlerAdapter> handlersOf(String processingGroup) {
        List<AnnotationEventHandlerAdapter> handlers = context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> {
                    ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(AopUtils.getTargetClass(bean), ProcessingGroup.class);
                    return group != null && Objects.equals(group.value(), processingGroup);
                })
                .map(bean -> new AnnotationEventHandlerAdapter(bean, axon.parameterResolverFactory(),
                        axon.handlerDefinition(AopUtils.getTargetClass(bean))))
                .toList();
        if (handlers.isEmpty()) {
            throw new IllegalStateException("No @ProcessingGroup(\"" + processingGroup + "\") handler beans found");
        }
        return handlers;
    }
}
