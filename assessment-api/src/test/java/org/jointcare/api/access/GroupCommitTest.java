package org.jointcare.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Callers waiting while a commit is on disk share the next one; nobody returns before the commit
 * that holds their items; a failed commit fails every caller in it; closing stores what was handed over.
 */
class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final List<List<String>> committed = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstCommitEntered = new CountDownLatch(1);
    private final CountDownLatch releaseFirstCommit = new CountDownLatch(1);
    private final AtomicBoolean failNext = new AtomicBoolean();

    /** Stores by remembering the batch; the first commit waits until the test releases it. */
    private final GroupCommit<String> commits = new GroupCommit<>("test-writer", items -> {
        if (committed.isEmpty() && firstCommitEntered.getCount() == 1) {
            firstCommitEntered.countDown();
            await(releaseFirstCommit);
        }
        if (failNext.getAndSet(false)) {
            throw new IllegalStateException("disk full");
        }
        committed.add(List.copyOf(items));
    }, Duration.ofSeconds(20));

    @AfterEach
    void stop() {
        releaseFirstCommit.countDown();
        commits.close();
        callers.shutdownNow();
    }

    @Test
    void callersWaitingDuringACommitShareTheNextOneAndNoneReturnsBeforeItsCommit() throws Exception {
        Future<?> first = callers.submit(() -> commits.store(List.of("first")));
        assertThat(firstCommitEntered.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> others = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String row = "row-" + i;
            others.add(callers.submit(() -> commits.store(List.of(row))));
        }
        Thread.sleep(300); // give the ten time to hand over their rows (they cannot return yet either way)

        assertThat(first.isDone()).as("returned before its commit").isFalse();
        assertThat(others).noneMatch(Future::isDone);
        assertThat(committed).isEmpty();

        releaseFirstCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }
        assertThat(committed.get(0)).containsExactly("first");
        assertThat(committed.stream().skip(1).flatMap(List::stream))
                .containsExactlyInAnyOrder("row-0", "row-1", "row-2", "row-3", "row-4", "row-5", "row-6", "row-7", "row-8", "row-9");
        assertThat(committed).hasSize(2); // all ten in one shared commit
        assertThat(commits.commits()).isEqualTo(2);
    }

    @Test
    void aFailedCommitFailsEveryCallerInItAndTheNextCommitWorks() throws Exception {
        Future<?> first = callers.submit(() -> commits.store(List.of("first")));
        assertThat(firstCommitEntered.await(10, TimeUnit.SECONDS)).isTrue();
        failNext.set(true); // the first commit itself fails
        List<Future<?>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String row = "row-" + i;
            waiting.add(callers.submit(() -> commits.store(List.of(row))));
        }
        Thread.sleep(300);
        releaseFirstCommit.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(GroupCommit.NotStored.class)
                .rootCause().hasMessage("disk full");
        for (Future<?> w : waiting) {
            w.get(10, TimeUnit.SECONDS); // they were in the next commit, which worked
        }
        assertThat(committed.stream().flatMap(List::stream)).doesNotContain("first").hasSize(5);

        failNext.set(true);
        assertThatThrownBy(() -> commits.store(List.of("a", "b"))).isInstanceOf(GroupCommit.NotStored.class);
        commits.store(List.of("after"));
        assertThat(committed.get(committed.size() - 1)).containsExactly("after");
    }

    @Test
    void closingStoresEverythingHandedOverThenRefuses() throws Exception {
        Future<?> first = callers.submit(() -> commits.store(List.of("first")));
        assertThat(firstCommitEntered.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String row = "row-" + i;
            waiting.add(callers.submit(() -> commits.store(List.of(row))));
        }
        Thread.sleep(300);
        Future<?> closing = callers.submit(commits::close);
        Thread.sleep(100);
        assertThat(closing.isDone()).as("close waits for the commits in progress and waiting").isFalse();

        releaseFirstCommit.countDown();
        closing.get(10, TimeUnit.SECONDS);
        first.get(1, TimeUnit.SECONDS);
        for (Future<?> w : waiting) {
            w.get(1, TimeUnit.SECONDS);
        }
        assertThat(committed.stream().flatMap(List::stream)).hasSize(6);
        assertThatThrownBy(() -> commits.store(List.of("late"))).isInstanceOf(GroupCommit.NotStored.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
