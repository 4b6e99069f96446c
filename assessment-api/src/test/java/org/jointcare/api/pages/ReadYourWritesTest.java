package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The waiting of read-your-writes, against views whose progress the test decides. */
class ReadYourWritesTest {

    private static final String VIEW = "gp-practice";

    /** Events stored at position 100 + version; a view holds a position once the test lets it. */
    private final Map<String, Long> viewAt = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final ReadYourWrites.ViewPositions positions = new ReadYourWrites.ViewPositions() {
        @Override
        public OptionalLong positionOf(UUID careRecordId, long version) {
            lookups.incrementAndGet();
            return OptionalLong.of(100 + version);
        }

        @Override
        public boolean holdsAll(String view, Collection<Long> at) {
            long reached = viewAt.getOrDefault(view, -1L);
            return at.stream().allMatch(position -> position <= reached);
        }
    };

    private final ReadYourWrites readYourWrites = new ReadYourWrites(positions, Duration.ofMillis(1000));
    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @BeforeEach
    void inARequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withNoWriteInTheSessionThePageIsNotHeldUp() {
        ExtendedModelMap model = new ExtendedModelMap();
        long started = System.nanoTime();
        assertThat(readYourWrites.awaitAll(model, VIEW)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(400));
        assertThat(model).doesNotContainKey(ReadYourWrites.STILL_UPDATING);
        assertThat(lookups).hasValue(0);
        assertThat(request.getSession(false)).as("no session made for a page that only reads").isNull();
    }

    @Test
    void waitsUntilTheViewHasAppliedTheWrite() throws Exception {
        UUID person = UUID.randomUUID();
        readYourWrites.remember(person, 3);
        Thread catchingUp = new Thread(() -> {
            sleep(150);
            viewAt.put(VIEW, 103L);
        });
        catchingUp.start();
        ExtendedModelMap model = new ExtendedModelMap();
        long started = System.nanoTime();
        assertThat(readYourWrites.awaitAll(model, VIEW)).isTrue();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        catchingUp.join();
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(140)).isLessThan(Duration.ofMillis(1000));
        assertThat(model).doesNotContainKey(ReadYourWrites.STILL_UPDATING);
    }

    @Test
    void givesUpAfterTheLongestWaitAndSaysThePageIsStillUpdating() {
        UUID person = UUID.randomUUID();
        viewAt.put(VIEW, 102L);
        readYourWrites.remember(person, 3);
        ExtendedModelMap model = new ExtendedModelMap();
        long started = System.nanoTime();
        assertThat(readYourWrites.awaitRecord(person, model, VIEW)).isFalse();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(1000)).isLessThan(Duration.ofMillis(2500));
        assertThat(model).containsEntry(ReadYourWrites.STILL_UPDATING, true);
    }

    @Test
    void aPageAboutOnePersonWaitsOnlyForThatPersonsWrite() {
        UUID mine = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        readYourWrites.remember(other, 9);
        readYourWrites.remember(mine, 2);
        viewAt.put(VIEW, 102L);
        assertThat(readYourWrites.awaitRecord(mine, new ExtendedModelMap(), VIEW)).isTrue();
        // a list waits for every write of the session, the other one included
        assertThat(readYourWrites.awaitAll(new ExtendedModelMap(), VIEW)).isFalse();
    }

    @Test
    void theLatestVersionOfARecordCountsAndTheEventsPositionIsLookedUpOnce() {
        UUID person = UUID.randomUUID();
        readYourWrites.remember(person, 1);
        readYourWrites.remember(person, 4);
        viewAt.put(VIEW, 103L);
        assertThat(readYourWrites.awaitRecord(person, new ExtendedModelMap(), VIEW)).isFalse();
        viewAt.put(VIEW, 104L);
        lookups.set(0);
        assertThat(readYourWrites.awaitRecord(person, new ExtendedModelMap(), VIEW)).isTrue();
        assertThat(readYourWrites.awaitRecord(person, new ExtendedModelMap(), VIEW)).isTrue();
        assertThat(lookups).as("the position was kept in the session").hasValue(0);
    }

    @Test
    void theSessionRemembersABoundedNumberOfWrites() {
        for (int i = 0; i < ReadYourWrites.MOST_REMEMBERED + 5; i++) {
            readYourWrites.remember(UUID.randomUUID(), i);
        }
        assertThat((Map<?, ?>) request.getSession().getAttribute(ReadYourWrites.SESSION_ATTRIBUTE))
                .hasSize(ReadYourWrites.MOST_REMEMBERED);
    }

    @Test
    void aViewHasAppliedAnEventOnceItsTokenPassedItAndDoesNotWaitForItAsAGap() {
        assertThat(StoredViewPositions.applied(GapAwareTrackingToken.newInstance(10, Set.of()), 10)).isTrue();
        assertThat(StoredViewPositions.applied(GapAwareTrackingToken.newInstance(9, Set.of()), 10)).isFalse();
        assertThat(StoredViewPositions.applied(GapAwareTrackingToken.newInstance(12, List.of(10L)), 10))
                .as("position 10 is a gap the view still waits for").isFalse();
        assertThat(StoredViewPositions.applied(GapAwareTrackingToken.newInstance(12, List.of(11L)), 10)).isTrue();
        assertThat(StoredViewPositions.applied(ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(50, Set.of()),
                GapAwareTrackingToken.newInstance(5, Set.of())), 10)).as("a rebuild still at 5").isFalse();
        assertThat(StoredViewPositions.applied(new GlobalSequenceTrackingToken(10), 10)).isTrue();
        assertThat(StoredViewPositions.applied(null, 10)).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
