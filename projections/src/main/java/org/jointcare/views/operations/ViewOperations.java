package org.jointcare.views.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jointcare.views.ViewDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an operator can do with the views: see where each stands, rebuild one from the event
 * store, and list and retry the events a view could not handle.
 *
 * <p>A rebuild of a STREAMING view shuts its processor down, resets its tokens (Axon calls the
 * view's {@code @ResetHandler}, which empties its tables, in the same transaction), starts it
 * again and waits until it has caught up with the head of the event store, logging progress
 * every {@code jointcare.rebuild.progress-every} (default 5 s). Parked dead letters of the view
 * are dropped first: the replay hands every event to the view again, and a fault that is still
 * there parks the event afresh. {@link #rebuildAll()} does this for every view at once.
 *
 * <p>A rebuild of a SUBSCRIBING view is done by {@link SubscribingViewReplay}: it is meant for
 * a quiet system (the command-line rebuild runs before the application takes any request),
 * because commands arriving meanwhile would write into tables that are being refilled.
 */
@Component
public class ViewOperations {

    private static final Logger log = LoggerFactory.getLogger(ViewOperations.class);

    private final Map<String, ViewDefinition> views;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final EventStore eventStore;
    private final SubscribingViewReplay subscribingReplay;
    private final JdbcTemplate jdbc;
    private final DeadLetterSchema deadLetterSchema;
    private final Duration progressEvery;
    private final Duration rebuildTimeout;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;

    public ViewOperations(List<ViewDefinition> views,
                          ObjectProvider<EventProcessingConfiguration> processing,
                          EventStore eventStore,
                          SubscribingViewReplay subscribingReplay,
                          JdbcTemplate jdbc,
                          ObjectProvider<DeadLetterSchema> deadLetterSchema,
                          @Value("${jointcare.rebuild.progress-every:PT5S}") Duration progressEvery,
                          @Value("${jointcare.rebuild.timeout:PT2H}") Duration rebuildTimeout,
                          ObjectProvider<org.axonframework.config.Configuration> axon) {
        this.views = views.stream().collect(Collectors.toMap(ViewDefinition::processingGroup, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two views declare processing group " + a.processingGroup());
                }, java.util.TreeMap::new));
        this.processing = processing;
        this.eventStore = eventStore;
        this.subscribingReplay = subscribingReplay;
        this.jdbc = jdbc;
        this.deadLetterSchema = deadLetterSchema.getIfAvailable(DeadLetterSchema::defaultSchema);
        this.progressEvery = progressEvery;
        this.rebuildTimeout = rebuildTimeout;
        this.axon = axon;
    }

    /** Every view, by processing group name. */
    public List<ViewDefinition> definitions() {
        return List.copyOf(views.values());
    }

    public ViewDefinition definition(String processingGroup) {
        ViewDefinition view = views.get(processingGroup);
        if (view == null) {
            throw new NoSuchElementException("No view has processing group '" + processingGroup
                    + "'. Known: " + String.join(", ", views.keySet()));
        }
        return view;
    }

    public List<ViewStatus> views() {
        return views.keySet().stream().map(this::status).toList();
    }

    public ViewStatus status(String processingGroup) {
        ViewDefinition view = definition(processingGroup);
        long head = headPosition();
        EventProcessor processor = processor(processingGroup);
        if (processor instanceof StreamingEventProcessor streaming) {
            Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
            long position = status.values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(p -> p.orElse(-1))
                    .min().orElse(-1);
            String error = status.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
            return new ViewStatus(processingGroup, view.mode(), view.batchSize(), status.size(),
                    streaming.isRunning(), streaming.isReplaying(),
                    !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp),
                    position, head, deadLetterCount(processingGroup), error);
        }
        return new ViewStatus(processingGroup, view.mode(), view.batchSize(), 1,
                processor.isRunning(), false, true, -1, head, 0, null);
    }

    /**
     * Rebuilds every view at once and returns when all are done, in processing group order.
     *
     * <p>Every streaming view is stopped, its dead letters dropped, its tokens reset and started
     * again, each on its own processor threads; the subscribing views are replayed alongside, each
     * on a thread of its own. One progress line every {@code jointcare.rebuild.progress-every}
     * names where each view stands and the overall rate (the position every view has passed, per
     * second). Views rebuilt together share the machine, so each goes slower than alone, but the
     * whole takes far less than one after the other (docs/performance.md).
     *
     * <p>A view that fails (a subscribing view's handler throws; a streaming view cannot be
     * restarted) or has not finished by {@code jointcare.rebuild.timeout} does not stop the others:
     * they run to the end, and then a {@link RebuildFailedException} names every view that did not
     * finish and why, and carries the reports of those that did. A timed-out streaming view keeps
     * rebuilding in the background (as for {@link #rebuild(String)}); a timed-out subscribing replay
     * is stopped after the batch in hand. Either way such a view is incomplete until rebuilt again.
     */
    public synchronized List<RebuildReport> rebuildAll() {
        Instant started = Instant.now();
        long head = headPosition();
        log.info("Rebuilding every view together ({}) from the event store, up to global position {}",
                String.join(", ", views.keySet()), head);
        Map<String, RebuildReport> done = new java.util.TreeMap<>();
        Map<String, RuntimeException> failed = new java.util.TreeMap<>();
        Map<String, StreamingEventProcessor> streaming = new java.util.TreeMap<>();
        Map<String, SubscribingViewReplay.Progress> progress = new java.util.TreeMap<>();
        Map<String, java.util.concurrent.Future<RebuildReport>> replays = new java.util.TreeMap<>();
        views.values().stream().filter(view -> view.mode() == ViewDefinition.Mode.STREAMING).forEach(view -> {
            try {
                streaming.put(view.processingGroup(), restartFromTheBeginning(view.processingGroup()));
            } catch (RuntimeException notRestarted) {
                failed.put(view.processingGroup(), notRestarted);
            }
        });
        List<String> subscribing = views.values().stream()
                .filter(view -> view.mode() == ViewDefinition.Mode.SUBSCRIBING).map(ViewDefinition::processingGroup).toList();
        java.util.concurrent.ExecutorService replayThreads = subscribing.isEmpty() ? null
                : java.util.concurrent.Executors.newFixedThreadPool(subscribing.size(), runnable -> {
                    Thread thread = new Thread(runnable, "view-rebuild");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            for (String group : subscribing) {
                SubscribingViewReplay.Progress replay = new SubscribingViewReplay.Progress();
                progress.put(group, replay);
                replays.put(group, replayThreads.submit(() -> subscribingReplay.replay(group, null, started, replay)));
            }
            Instant deadline = started.plus(rebuildTimeout);
            Instant nextProgress = Instant.now().plus(progressEvery);
            while (true) {
                streaming.forEach((group, processor) -> {
                    if (!done.containsKey(group) && caughtUpTo(processor, head)) {
                        done.put(group, finished(group, -1, head, started));
                    }
                });
                replays.forEach((group, replay) -> {
                    if (replay.isDone() && !done.containsKey(group) && !failed.containsKey(group)) {
                        try {
                            RebuildReport report = replay.get();
                            done.put(group, finished(group, report.eventsReplayed(), report.headPosition(), started));
                        } catch (java.util.concurrent.ExecutionException failure) {
                            failed.put(group, failure.getCause() instanceof RuntimeException runtime ? runtime
                                    : new IllegalStateException(failure.getCause()));
                            log.error("Rebuilding view '{}' failed; the other views go on: {}", group, failure.getCause().toString());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("Interrupted while waiting for a view", e);
                        }
                    }
                });
                if (done.size() + failed.size() == views.size()) {
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    for (String group : views.keySet()) {
                        if (!done.containsKey(group) && !failed.containsKey(group)) {
                            SubscribingViewReplay.Progress replay = progress.get(group);
                            if (replay != null) {
                                replay.stop = true;
                            }
                            failed.put(group, new IllegalStateException("View '" + group + "' did not catch up within "
                                    + rebuildTimeout + (replay != null ? "; its replay is being stopped, the view is incomplete"
                                    : "; it keeps rebuilding in the background") + ": " + status(group)));
                        }
                    }
                    break;
                }
                if (Instant.now().isAfter(nextProgress)) {
                    log.info(progressLine(head, started, streaming, progress, done, failed));
                    nextProgress = Instant.now().plus(progressEvery);
                }
                sleep();
            }
        } finally {
            if (replayThreads != null) {
                // no interrupt (shutdownNow): a replay asked to stop finishes its batch; see Progress
                replayThreads.shutdown();
            }
        }
        Duration took = Duration.between(started, Instant.now());
        List<RebuildReport> reports = List.copyOf(done.values());
        if (!failed.isEmpty()) {
            throw new RebuildFailedException(reports, failed);
        }
        log.info("Rebuilt every view up to global position {} in {} ({} events/s)", head, took, perSecond(head, took));
        return reports;
    }

    /** Shuts a streaming view down, drops its dead letters, resets its tokens (emptying its tables) and starts it again. */
    private StreamingEventProcessor restartFromTheBeginning(String group) {
        StreamingEventProcessor processor = streamingProcessor(group);
        processor.shutDown();
        deadLetterQueue(group).ifPresent(SequencedDeadLetterQueue::clear);
        processor.resetTokens();
        processor.start();
        return processor;
    }

    private static RebuildReport finished(String group, long eventsReplayed, long head, Instant started) {
        RebuildReport report = new RebuildReport(group, eventsReplayed, head, Duration.between(started, Instant.now()));
        log.info("Rebuilt view '{}' up to global position {} in {}", group, head, report.took());
        return report;
    }

    /** "Rebuilding every view: commissioning 41% (41,200), …, sharing done; every view past 38,000 of 100,360, 6,120 events/s". */
    private String progressLine(long head, Instant started, Map<String, StreamingEventProcessor> streaming,
                                Map<String, SubscribingViewReplay.Progress> replays,
                                Map<String, RebuildReport> done, Map<String, RuntimeException> failed) {
        StringBuilder line = new StringBuilder("Rebuilding every view:");
        long slowest = Long.MAX_VALUE;
        for (String group : views.keySet()) {
            line.append(' ').append(group).append(' ');
            if (done.containsKey(group)) {
                line.append("done,");
                continue;
            }
            if (failed.containsKey(group)) {
                line.append("FAILED,");
                continue;
            }
            StreamingEventProcessor processor = streaming.get(group);
            long position = processor != null ? lowestPosition(processor) : replays.get(group).reached.get();
            slowest = Math.min(slowest, position);
            line.append(String.format("%d%% (%,d)", percent(position, head), position));
            String error = processor == null ? null : processor.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState).map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
            if (error != null) {
                line.append(" in error, retrying: ").append(error);
            }
            line.append(',');
        }
        long passed = slowest == Long.MAX_VALUE ? head : Math.max(0, slowest);
        Duration sofar = Duration.between(started, Instant.now());
        line.append(String.format(" every view past %,d of %,d (%d%%), %,d events/s", passed, head, percent(passed, head),
                perSecond(passed, sofar)));
        return line.toString();
    }

    private static long percent(long position, long head) {
        return head <= 0 ? 100 : Math.max(0, Math.min(100, position * 100 / head));
    }

    private static long perSecond(long events, Duration took) {
        return took.toMillis() <= 0 ? 0 : Math.max(0, events) * 1000 / took.toMillis();
    }

    /**
     * Empties the view and applies every event in the event store to it again; returns when done.
     * One rebuild at a time on this node: a second caller waits for the first.
     */
    public synchronized RebuildReport rebuild(String processingGroup) {
        ViewDefinition view = definition(processingGroup);
        Instant started = Instant.now();
        long head = headPosition();
        log.info("Rebuilding view '{}' ({}) from the event store, up to global position {}",
                processingGroup, view.mode(), head);
        RebuildReport report = switch (view.mode()) {
            case STREAMING -> rebuildStreaming(processingGroup, head, started);
            case SUBSCRIBING -> subscribingReplay.replay(processingGroup, progressEvery, started);
        };
        log.info("Rebuilt view '{}' up to global position {} in {}", processingGroup, report.headPosition(), report.took());
        return report;
    }

    private RebuildReport rebuildStreaming(String group, long head, Instant started) {
        StreamingEventProcessor processor = restartFromTheBeginning(group);
        Instant deadline = started.plus(rebuildTimeout);
        Instant nextProgress = Instant.now().plus(progressEvery);
        while (!caughtUpTo(processor, head)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("View '" + group + "' did not catch up within " + rebuildTimeout
                        + "; it keeps rebuilding in the background: " + status(group));
            }
            if (Instant.now().isAfter(nextProgress)) {
                long position = lowestPosition(processor);
                log.info("Rebuilding view '{}': at global position {} of {} ({}%), {} events/s", group, position, head,
                        percent(position, head), perSecond(position, Duration.between(started, Instant.now())));
                nextProgress = Instant.now().plus(progressEvery);
            }
            sleep();
        }
        // a streaming processor does not count what it handles: the report says up to where it went
        return new RebuildReport(group, -1, head, Duration.between(started, Instant.now()));
    }

    private static boolean caughtUpTo(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return false;
        }
        int segments = status.values().iterator().next().getSegment().getMask() + 1;
        // not "!isReplaying": a replay token stays a replay until an event newer than the reset
        // arrives, so a rebuild of a quiet store would never look finished; the position says it is
        return status.size() >= segments
                && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState()
                && s.getCurrentPosition().orElse(-1) >= head);
    }

    private static long lowestPosition(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition).mapToLong(p -> p.orElse(-1)).min().orElse(-1);
    }

    /** Waits until a streaming view has handled every event now in the store (for tests and scripts). */
    public void awaitCaughtUp(String processingGroup, Duration timeout) {
        ViewDefinition view = definition(processingGroup);
        if (view.mode() != ViewDefinition.Mode.STREAMING) {
            return;
        }
        long head = headPosition();
        StreamingEventProcessor processor = streamingProcessor(processingGroup);
        Instant deadline = Instant.now().plus(timeout);
        while (!caughtUpTo(processor, head)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("View '" + processingGroup + "' did not catch up within " + timeout
                        + ": " + status(processingGroup));
            }
            sleep();
        }
    }

    /** A page (from 0) of the view's dead letters, ordered by person then by place in that person's queue. */
    public DeadLetterPage deadLetters(String processingGroup, int page, int size) {
        definition(processingGroup);
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 500");
        }
        DeadLetterSchema s = deadLetterSchema;
        long total = deadLetterCount(processingGroup);
        Serializer tokens = axon.getObject().serializer();
        Serializer diagnostics = axon.getObject().eventSerializer();
        List<DeadLetterEntry> entries = jdbc.query(
                "SELECT " + String.join(", ", s.sequenceIdentifierColumn(), s.sequenceIndexColumn(),
                        s.eventIdentifierColumn(), s.payloadTypeColumn(), s.timestampColumn(), s.enqueuedAtColumn(),
                        s.lastTouchedColumn(), s.causeTypeColumn(), s.causeMessageColumn(),
                        s.sequenceNumberColumn(), s.tokenTypeColumn(), s.tokenColumn(), s.diagnosticsColumn())
                        + " FROM " + s.deadLetterTable() + " WHERE " + s.processingGroupColumn() + " = ?"
                        + " ORDER BY " + s.sequenceIdentifierColumn() + ", " + s.sequenceIndexColumn()
                        + " LIMIT ? OFFSET ?",
                (rs, row) -> {
                    long sequenceNumber = rs.getLong(10);
                    return new DeadLetterEntry(
                            rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            instant(rs.getString(5)), instant(rs.getString(6)), instant(rs.getString(7)),
                            rs.getString(8), rs.getString(9),
                            rs.wasNull() ? null : sequenceNumber,
                            globalIndex(tokens, rs.getString(11), rs.getBytes(12)),
                            retries(diagnostics, rs.getBytes(13)));
                },
                processingGroup, size, (long) page * size);
        return new DeadLetterPage(processingGroup, page, size, total, entries);
    }

    /**
     * Hands every parked sequence to the view again, oldest first. A sequence whose events all
     * succeed leaves the queue; one that fails again stays, with its cause updated.
     */
    public RetryReport retryDeadLetters(String processingGroup) {
        definition(processingGroup);
        SequencedDeadLetterProcessor<EventMessage<?>> retry = processing.getObject()
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new IllegalStateException("View '" + processingGroup + "' has no dead-letter queue"));
        long sequences = deadLetterQueue(processingGroup).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        int retried = 0;
        for (long i = 0; i < sequences; i++) {
            if (retry.processAny()) {
                retried++;
            }
        }
        long stillDead = deadLetterCount(processingGroup);
        log.info("Retried dead letters of view '{}': {} sequences handled, {} events still parked",
                processingGroup, retried, stillDead);
        return new RetryReport(processingGroup, retried, stillDead);
    }

    private long deadLetterCount(String group) {
        return deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    private java.util.Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetterQueue(String group) {
        return processing.getObject().deadLetterQueue(group);
    }

    private EventProcessor processor(String group) {
        return processing.getObject().eventProcessor(group)
                .orElseThrow(() -> new IllegalStateException("No event processor is registered for view '" + group + "'"));
    }

    private StreamingEventProcessor streamingProcessor(String group) {
        EventProcessor processor = processor(group);
        if (processor instanceof StreamingEventProcessor streaming) {
            return streaming;
        }
        throw new IllegalStateException("View '" + group + "' is not processed by a streaming processor");
    }

    long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return -1;
        }
        OptionalLong position = head.position();
        return position.orElse(-1);
    }

    /** Where the parked event stands in the event store, read from the token it was parked with. */
    private static Long globalIndex(Serializer serializer, String tokenType, byte[] token) {
        if (tokenType == null || token == null) {
            return null;
        }
        try {
            TrackingToken tracking = serializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
            OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
            return position.isPresent() ? position.getAsLong() : null;
        } catch (RuntimeException unreadable) {
            log.warn("A dead letter's tracking token of type {} could not be read: {}", tokenType, unreadable.toString());
            return null;
        }
    }

    /** The retry count the view's enqueue policy keeps in the letter's diagnostics (0 before any retry). */
    private static int retries(Serializer serializer, byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        try {
            MetaData metaData = serializer.deserialize(
                    new SimpleSerializedObject<>(diagnostics, byte[].class, MetaData.class.getName(), null));
            return metaData != null && metaData.get(ViewProcessingConfiguration.RETRIES) instanceof Number retries
                    ? retries.intValue() : 0;
        } catch (RuntimeException unreadable) {
            log.warn("A dead letter's diagnostics could not be read: {}", unreadable.toString());
            return 0;
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (RuntimeException notIso) {
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a view", e);
        }
    }
}
