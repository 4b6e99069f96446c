package org.jointcare.api.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the embedded H2 file is kept in proportion to what it holds: {@code jointcare.store.*}
 * (see {@link StoreHousekeeping}; ignored on PostgreSQL).
 *
 * @param housekeeping    run the housekeeping at all ({@code false} leaves H2 as it behaves with
 *                        {@code WRITE_DELAY=0} alone: the file grows without bound under load)
 * @param interval        how often it runs: each run forces the file to disk, then compacts
 * @param retention       how long a chunk H2 wrote stays untouched before its space may be reused
 *                        or its live pages rewritten; each run forces the file to disk first, so
 *                        a few intervals is enough (H2's own 45 s assumes nobody forces it)
 * @param rewritePerRun   at most this much live data rewritten out of sparse chunks per run
 * @param targetFillRate  rewrite while the chunks older than the retention time hold less than
 *                        this percentage of live data
 * @param movePerRun      at most this much moved per run to close the gaps between chunks
 * @param shrinkFillRate  move chunks (and truncate the file) while the file's chunks take less
 *                        than this percentage of it
 */
@ConfigurationProperties("jointcare.store")
public record StoreSettings(boolean housekeeping, Duration interval, Duration retention, DataSize rewritePerRun,
                            int targetFillRate, DataSize movePerRun, int shrinkFillRate) {

    public StoreSettings {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("jointcare.store.interval must be positive");
        }
        if (retention == null || retention.isNegative() || retention.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("jointcare.store.retention must be zero or positive");
        }
        if (rewritePerRun == null || rewritePerRun.toBytes() < 1 || rewritePerRun.toBytes() > Integer.MAX_VALUE
                || movePerRun == null || movePerRun.toBytes() < 1) {
            throw new IllegalArgumentException("jointcare.store.rewrite-per-run (< 2 GB) and move-per-run must be positive");
        }
        if (targetFillRate < 1 || targetFillRate > 100 || shrinkFillRate < 1 || shrinkFillRate > 100) {
            throw new IllegalArgumentException("jointcare.store.target-fill-rate and shrink-fill-rate are percentages (1-100)");
        }
    }
}
