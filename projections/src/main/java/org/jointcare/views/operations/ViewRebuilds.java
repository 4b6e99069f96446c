package org.jointcare.views.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jointcare.views.ViewDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds views from the event store.
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
public class ViewRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);

    private final ViewStatuses statuses;
    private final ViewDeadLetters deadLetters;
    private final SubscribingViewReplay subscribingReplay;
    private final Duration progressEvery;
    private final Duration rebuildTimeout;

    public ViewRebuilds(ViewStatuses statuses, ViewDeadLetters deadLetters, SubscribingViewReplay subscribingReplay,
                        @Value("${jointcare.rebuild.progress-every:PT5S}") Duration progressEvery,
                        @Value("${jointcare.rebuild.timeout:PT2H}") Duration rebuildTimeout) {
        this.statuses = statuses;
        this.deadLetters = deadLetters;
        this.subscribingReplay = subscribingReplay;
        this.progressEvery = progressEvery;
        this.rebuildTimeout = rebuildTimeout;
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
        long head = statuses.headPosition();
        List<String> groups = statuses.groups();
        log.info("Rebuilding every view together ({}) from the event store, up to global position {}",
                String.join(", ", groups), head);
        Map<String, RebuildReport> done = new TreeMap<>();
        Map<String, RuntimeException> failed = new TreeMap<>();
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        Map<String, SubscribingViewReplay.Progress> progress = new TreeMap<>();
        Map<String, Future<RebuildReport>> replays = new TreeMap<>();
        statuses.definitions().stream().filter(view -> view.mode() == ViewDefinition.Mode.STREAMING).forEach(view -> {
            try {
                streaming.put(view.processingGroup(), restartFromTheBeginning(view.processingGroup()));
            } catch (RuntimeException notRestarted) {
                failed.put(view.processingGroup(), notRestarted);
            }
        });
        List<String> subscribing = statuses.definitions().stream()
                .filter(view -> view.mode() == ViewDefinition.Mode.SUBSCRIBING).map(ViewDefinition::processingGroup).toList();
        ExecutorService replayThreads = subscribing.isEmpty() ? null
                : Executors.newFixedThreadPool(subscribing.size(), runnable -> {
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
            boolean allEnded = CatchingUp.waitUntil(() -> {
                streaming.forEach((group, processor) -> {
                    if (!done.containsKey(group) && CatchingUp.caughtUpTo(processor, head)) {
                        done.put(group, finished(group, -1, head, started));
                    }
                });
                replays.forEach((group, replay) -> {
                    if (replay.isDone() && !done.containsKey(group) && !failed.containsKey(group)) {
                        try {
                            RebuildReport report = replay.get();
                            done.put(group, finished(group, report.eventsReplayed(), report.headPosition(), started));
                        } catch (ExecutionException failure) {
                            failed.put(group, failure.getCause() instanceof RuntimeException runtime ? runtime
                                    : new IllegalStateException(failure.getCause()));
                            log.error("Rebuilding view '{}' failed; the other views go on: {}", group, failure.getCause().toString());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("Interrupted while waiting for a view", e);
                        }
                    }
                });
                return done.size() + failed.size() == groups.size();
            }, started.plus(rebuildTimeout), progressEvery,
                    () -> log.info(progressLine(head, started, streaming, progress, done, failed)));
            if (!allEnded) {
                for (String group : groups) {
                    if (!done.containsKey(group) && !failed.containsKey(group)) {
                        SubscribingViewReplay.Progress replay = progress.get(group);
                        if (replay != null) {
                            replay.stop = true;
                        }
                        failed.put(group, new IllegalStateException("View '" + group + "' did not catch up within "
                                + rebuildTimeout + (replay != null ? "; its replay is being stopped, the view is incomplete"
                                : "; it keeps rebuilding in the background") + ": " + statuses.status(group)));
                    }
                }
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
        log.info("Rebuilt every view up to global position {} in {} ({} events/s)", head, took,
                CatchingUp.perSecond(head, took));
        return reports;
    }

    /**
     * Empties the view and applies every event in the event store to it again; returns when done.
     * One rebuild at a time on this node: a second caller waits for the first.
     */
    public synchronized RebuildReport rebuild(String processingGroup) {
        ViewDefinition view = statuses.definition(processingGroup);
        Instant started = Instant.now();
        long head = statuses.headPosition();
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
        boolean caughtUp = CatchingUp.waitUntil(() -> CatchingUp.caughtUpTo(processor, head), started.plus(rebuildTimeout),
                progressEvery, () -> {
                    long position = CatchingUp.lowestPosition(processor);
                    log.info("Rebuilding view '{}': at global position {} of {} ({}%), {} events/s", group, position, head,
                            CatchingUp.percent(position, head),
                            CatchingUp.perSecond(position, Duration.between(started, Instant.now())));
                });
        if (!caughtUp) {
            throw new IllegalStateException("View '" + group + "' did not catch up within " + rebuildTimeout
                    + "; it keeps rebuilding in the background: " + statuses.status(group));
        }
        // a streaming processor does not count what it handles: the report says up to where it went
        return new RebuildReport(group, -1, head, Duration.between(started, Instant.now()));
    }

    /** Shuts a streaming view down, drops its dead letters, resets its tokens (emptying its tables) and starts it again. */
    private StreamingEventProcessor restartFromTheBeginning(String group) {
        StreamingEventProcessor processor = statuses.streamingProcessor(group);
        processor.shutDown();
        deadLetters.clear(group);
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
        for (String group : statuses.groups()) {
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
            long position = processor != null ? CatchingUp.lowestPosition(processor) : replays.get(group).reached.get();
            slowest = Math.min(slowest, position);
            line.append(String.format("%d%% (%,d)", CatchingUp.percent(position, head), position));
            String error = processor == null ? null : processor.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState).map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
            if (error != null) {
                line.append(" in error, retrying: ").append(error);
            }
            line.append(',');
        }
        long passed = slowest == Long.MAX_VALUE ? head : Math.max(0, slowest);
        Duration sofar = Duration.between(started, Instant.now());
        line.append(String.format(" every view past %,d of %,d (%d%%), %,d events/s", passed, head, CatchingUp.percent(passed, head),
                CatchingUp.perSecond(passed, sofar)));
        return line.toString();
    }
}
