package org.jointcare.api.carerecord;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a care record command again when it lost a race with another node: two nodes loaded the
 * same version of one person's record and the other committed first (the event store's unique
 * (record, sequence) key refuses the second append: a {@link ConcurrencyException}), or the
 * database gave up a transaction as a deadlock or serialization failure. The lost attempt
 * changed nothing (its transaction rolled back, and Axon dropped the record from the cache), so
 * the retry loads the record as stored and decides the command again: a step still allowed
 * succeeds, one the other node's write made invalid is refused by its care rule, and a stale
 * If-Match is refused as stale (412) — never a spurious conflict for the user.
 * <p>
 * A refusal by a care rule and a stale If-Match ({@code ConflictingAggregateVersionException}, not
 * a ConcurrencyException) are never retried. The retry runs at once on the sender's thread, after
 * a pause of a few milliseconds so that two losers do not meet again in step.
 */
public class RetryAfterConcurrentChange implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(RetryAfterConcurrentChange.class);

    /** Unique violation, serialization failure, deadlock: the same SQL states on H2 and PostgreSQL. */
    private static final Set<String> LOST_RACE_STATES = Set.of("23505", "40001", "40P01");

    private final int maxRetries;
    private final AtomicLong retries = new AtomicLong();

    public RetryAfterConcurrentChange(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (failures.size() > maxRetries || !lostARace(lastFailure)) {
            return false;
        }
        retries.incrementAndGet();
        log.debug("{} lost a race with another change to the same record; attempt {} of {}",
                commandMessage.getPayloadType().getSimpleName(), failures.size() + 1, maxRetries + 1);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * failures.size() + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        dispatchTask.run();
        return true;
    }

    /** How many commands were sent again since the start. */
    public long retries() {
        return retries.get();
    }

    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
