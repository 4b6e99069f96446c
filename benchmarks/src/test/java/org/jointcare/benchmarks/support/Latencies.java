package org.jointcare.benchmarks.support;

import java.util.Arrays;

/** Latencies of one kind of operation in one run, in nanoseconds; thread-safe appends. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    public synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile (0-100) in milliseconds, nearest rank. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        int index = Math.min(Math.max(rank - 1, 0), count - 1);
        return sorted[index] / 1_000_000.0;
    }
}
