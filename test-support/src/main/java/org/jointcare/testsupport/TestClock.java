package org.jointcare.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test sets and moves by hand, so "overdue", "waited for" and expiry are facts of the
 * scenario. Safe to move from the test thread while the application's threads read it.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    public TestClock(Instant now) {
        this.now = new AtomicReference<>(now);
    }

    public static TestClock at(String isoInstant) {
        return new TestClock(Instant.parse(isoInstant));
    }

    public TestClock set(Instant instant) {
        now.set(instant);
        return this;
    }

    public TestClock set(String isoInstant) {
        return set(Instant.parse(isoInstant));
    }

    public TestClock advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
