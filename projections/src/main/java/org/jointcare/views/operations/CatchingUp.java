package org.jointcare.views.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * The one way the operations wait for views: poll until done, until a deadline, with a progress
 * line now and then; and what "caught up" means for a streaming processor.
 */
final class CatchingUp {

    private static final Duration POLL = Duration.ofMillis(50);

    private CatchingUp() {
    }

    /**
     * Polls {@code finished} until it answers true (then answers true) or {@code deadline} passes
     * (then answers false); runs {@code progress} every {@code progressEvery} meanwhile, if given.
     */
    static boolean waitUntil(BooleanSupplier finished, Instant deadline, Duration progressEvery, Runnable progress) {
        Instant nextProgress = progressEvery == null ? null : Instant.now().plus(progressEvery);
        while (!finished.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            if (nextProgress != null && Instant.now().isAfter(nextProgress)) {
                progress.run();
                nextProgress = Instant.now().plus(progressEvery);
            }
            sleep();
        }
        return true;
    }

    static boolean caughtUpTo(StreamingEventProcessor processor, long head) {
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

    static long lowestPosition(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition).mapToLong(p -> p.orElse(-1)).min().orElse(-1);
    }

    static long percent(long position, long head) {
        return head <= 0 ? 100 : Math.max(0, Math.min(100, position * 100 / head));
    }

    static long perSecond(long events, Duration took) {
        return took.toMillis() <= 0 ? 0 : Math.max(0, events) * 1000 / took.toMillis();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a view", e);
        }
    }
}
