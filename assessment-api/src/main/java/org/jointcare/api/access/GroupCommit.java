package org.jointcare.api.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Stores items durably for many concurrent callers with as few commits as possible: each caller
 * hands over its items and waits; one writer thread takes everything waiting at that moment,
 * stores it with one call of {@code storeInOneTransaction} (one commit) and then releases every
 * caller whose items were in it. While a commit is on disk, new callers queue up and share the
 * next one. A caller returns only after its items are committed, or throws {@link NotStored}.
 * <p>
 * Built from java.util.concurrent only: a queue of waiting items, a single-thread executor that
 * runs one drain task per {@link #store} (a task that finds the queue already drained by an
 * earlier one does nothing), and a future per caller. {@link #close} lets every task submitted
 * before it finish, so items a caller handed over are stored (or their caller told they were
 * not) before the application stops; after it, {@link #store} refuses at once.
 */
public final class GroupCommit<T> implements AutoCloseable {

    /** The items were not stored: the caller must not answer as if they had been. */
    public static final class NotStored extends RuntimeException {
        NotStored(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Waiting<T>(List<T> items, CompletableFuture<Void> committed) {
    }

    private final Consumer<List<T>> storeInOneTransaction;
    private final Duration maxWait;
    private final ConcurrentLinkedQueue<Waiting<T>> waiting = new ConcurrentLinkedQueue<>();
    private final ExecutorService writer;
    private final AtomicLong commits = new AtomicLong();

    /**
     * @param storeInOneTransaction stores all the items it is given in one transaction and returns
     *                              once it is committed; throws if it is not
     * @param maxWait               how long a caller waits for its commit before giving up
     */
    public GroupCommit(String name, Consumer<List<T>> storeInOneTransaction, Duration maxWait) {
        this.storeInOneTransaction = storeInOneTransaction;
        this.maxWait = maxWait;
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stores the items (in this order, after any items handed over before) and returns once they are committed. */
    public void store(List<T> items) {
        Waiting<T> mine = new Waiting<>(List.copyOf(items), new CompletableFuture<>());
        waiting.add(mine);
        try {
            writer.execute(this::commitWaiting);
        } catch (RejectedExecutionException stopping) {
            // after close(); an earlier task may still store these items, but nobody waits for them
            throw new NotStored("the application is stopping", stopping);
        }
        try {
            mine.committed().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new NotStored("the commit failed", failed.getCause());
        } catch (TimeoutException slow) {
            throw new NotStored("no commit within " + maxWait, slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NotStored("interrupted while waiting for the commit", interrupted);
        }
    }

    /** How many commits the writer has made (each shared by every caller waiting at the time). */
    public long commits() {
        return commits.get();
    }

    private void commitWaiting() {
        List<Waiting<T>> batch = new ArrayList<>();
        for (Waiting<T> next; (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return; // an earlier task took them
        }
        List<T> items = new ArrayList<>();
        batch.forEach(w -> items.addAll(w.items()));
        try {
            storeInOneTransaction.accept(items);
            commits.incrementAndGet();
        } catch (RuntimeException | Error failure) {
            // the whole transaction rolled back: every caller in it fails, none is answered without its items
            batch.forEach(w -> w.committed().completeExceptionally(failure));
            return;
        }
        batch.forEach(w -> w.committed().complete(null));
    }

    /** Stops taking items and waits until every item already handed over is committed (or failed). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
