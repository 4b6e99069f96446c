package org.jointcare.api.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file in proportion to the data it holds.
 * <p>
 * Why it is needed: H2's MVStore never overwrites data in place; every commit appends a chunk
 * holding the pages it changed. With {@code WRITE_DELAY=0} (a commit is written before it
 * returns) each transaction writes its own chunk, and H2 starts no background thread at all —
 * its auto-compaction lives in the thread that {@code WRITE_DELAY > 0} would start. The pages a
 * commit did not change stay live in older chunks, so under load the file fills with chunks that
 * are a few percent live and never rewritten; and H2 keeps every chunk for 45 s before it reuses
 * its space or rewrites it, which at tens of MB/s of chunks is itself a gigabyte.
 * <p>
 * What it does, on its own thread every {@code jointcare.store.interval}: forces the file to disk
 * (what H2 asks for when its retention time is shortened), sets the retention time, rewrites the
 * live pages of the sparsest old chunks (bounded per run) so that those chunks die and their
 * space is reused by the next commits, and when the file has become mostly gaps moves chunks
 * towards its start and truncates it. Commits wait for it only while it holds H2's store lock,
 * for one bounded step. It publishes {@link StoreFigures} (actuator {@code store}, Micrometer
 * {@code jointcare.store.*}); with {@code jointcare.store.housekeeping=false} it only measures.
 * It stops with the application, before the DataSource closes. On PostgreSQL it does nothing.
 */
@Component
@EnableConfigurationProperties(StoreSettings.class)
public class StoreHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoreHousekeeping.class);

    /** Live bytes rewritten under one hold of H2's store lock. */
    private static final long REWRITE_STEP = 2L * 1024 * 1024;

    private final DataSource dataSource;
    private final StoreSettings settings;
    private final Clock clock;
    private final AtomicReference<StoreFigures> figures = new AtomicReference<>();
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong rewrites = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final Timer runTime;
    private volatile ScheduledExecutorService thread;
    private volatile boolean running;

    public StoreHousekeeping(DataSource dataSource, StoreSettings settings, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            runTime = null;
            return;
        }
        Gauge.builder("jointcare.store.file.size", this, h -> value(h, StoreFigures::fileSize)).baseUnit("bytes")
                .description("bytes of the embedded H2 file").register(registry);
        Gauge.builder("jointcare.store.live", this, h -> value(h, StoreFigures::liveBytes)).baseUnit("bytes")
                .description("estimated live data in the H2 file").register(registry);
        Gauge.builder("jointcare.store.file.fill.rate", this, h -> value(h, StoreFigures::fileFillRate)).baseUnit("percent")
                .description("share of the H2 file taken by chunks").register(registry);
        Gauge.builder("jointcare.store.chunks.fill.rate", this, h -> value(h, StoreFigures::chunksFillRate)).baseUnit("percent")
                .description("share of the chunks' bytes that are live").register(registry);
        Gauge.builder("jointcare.store.chunks", this, h -> value(h, StoreFigures::chunks))
                .description("chunks in the H2 file").register(registry);
        FunctionCounter.builder("jointcare.store.chunks.written", this, h -> value(h, StoreFigures::chunksWritten))
                .description("chunks written since the store was opened (one per commit)").register(registry);
        FunctionCounter.builder("jointcare.store.housekeeping.rewrites", rewrites, AtomicLong::get)
                .description("steps that rewrote live pages out of sparse chunks").register(registry);
        FunctionCounter.builder("jointcare.store.housekeeping.failures", failures, AtomicLong::get)
                .description("housekeeping runs that failed").register(registry);
        runTime = Timer.builder("jointcare.store.housekeeping").description("time of one housekeeping run").register(registry);
    }

    private static double value(StoreHousekeeping housekeeping, Function<StoreFigures, Number> figure) {
        StoreFigures now = housekeeping.figures.get();
        return now == null ? Double.NaN : figure.apply(now).doubleValue();
    }

    /** The figures of the last run (or of now, when none has run yet); empty when the store is not an embedded H2 file. */
    public Optional<StoreFigures> figures() {
        StoreFigures last = figures.get();
        return last != null ? Optional.of(last) : withStore(this::measure);
    }

    public long runs() {
        return runs.get();
    }

    /** Steps (of at most 2 MB of live pages each) that rewrote sparse chunks since the start. */
    public long rewrites() {
        return rewrites.get();
    }

    public long failures() {
        return failures.get();
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    public StoreSettings settings() {
        return settings;
    }

    /**
     * One housekeeping run now (the scheduled runs call this too): force to disk, rewrite sparse
     * chunks, close gaps, then measure. Empty when the store is not an embedded H2 file.
     */
    public synchronized Optional<StoreFigures> runOnce() {
        long started = System.nanoTime();
        Optional<StoreFigures> measured = withStore(store -> {
            if (settings.housekeeping()) {
                compact(store);
            }
            return measure(store);
        });
        measured.ifPresent(figures::set);
        runs.incrementAndGet();
        if (runTime != null) {
            runTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        return measured;
    }

    private void compact(MVStore store) {
        FileStore<?> file = store.getFileStore();
        if (file == null || file.isReadOnly()) {
            return;
        }
        // everything written so far reaches the disk before any of it may be overwritten
        store.sync();
        store.setRetentionTime((int) settings.retention().toMillis());
        // rewrites the live pages of the sparsest chunks older than the retention time; the
        // chunks then die, and the next commit frees their space for reuse. Only the chunks old
        // enough to be rewritten decide: young ones are always sparse (the pages they hold are
        // soon replaced), and rewriting because of them would rewrite full chunks over and over.
        // Done in steps, each under H2's store lock and then committed, so that commits interleave.
        long budget = settings.rewritePerRun().toBytes();
        while (budget > 0 && Integer.parseInt(info(store).getOrDefault("info.CHUNKS_FILL_RATE_RW", "100")) < settings.targetFillRate()) {
            int step = (int) Math.min(budget, REWRITE_STEP);
            if (!store.compact(settings.targetFillRate(), step)) {
                break; // nothing left to rewrite, or the store lock stayed busy: the next run tries again
            }
            rewrites.incrementAndGet();
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
            budget -= step;
        }
        // reused space keeps the file from growing; moving chunks is what shrinks it, when a
        // burst (or a long-running file before this housekeeping) left it mostly gaps
        if (file instanceof RandomAccessStore randomAccess && file.getFillRate() < settings.shrinkFillRate()) {
            randomAccess.compactMoveChunks(settings.shrinkFillRate(), settings.movePerRun().toBytes(), store);
        }
    }

    /** H2's own figures of the store ({@code info.*}, as in {@code INFORMATION_SCHEMA.SETTINGS}). */
    private static Map<String, String> info(MVStore store) {
        Map<String, String> info = new HashMap<>();
        store.populateInfo(info::put);
        return info;
    }

    private StoreFigures measure(MVStore store) {
        Map<String, String> info = info(store);
        long size = Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0"));
        int fileFill = Integer.parseInt(info.getOrDefault("info.FILL_RATE", "0"));
        int chunksFill = Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "0"));
        return new StoreFigures(size, fileFill, chunksFill, Long.parseLong(info.getOrDefault("info.CHUNK_COUNT", "0")),
                store.getCurrentVersion(), size * fileFill / 100 * chunksFill / 100, clock.instant());
    }

    /** Runs {@code work} on the open MVStore behind the DataSource, if it is an embedded H2 file. */
    private <T> Optional<T> withStore(Function<MVStore, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                    || !session.getDatabase().isPersistent()) {
                return Optional.empty();
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            return store.isClosed() ? Optional.empty() : Optional.of(work.apply(store));
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach the database for its housekeeping", e);
        }
    }

    private void scheduledRun() {
        try {
            runOnce();
            lastFailure.set(null);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            lastFailure.set(clock.instant() + ": " + e);
            log.warn("Store housekeeping failed; it runs again in {}", settings.interval(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (withStore(store -> true).isEmpty()) {
            log.debug("No embedded H2 file behind the DataSource: no store housekeeping");
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "jointcare-store-housekeeping");
            t.setDaemon(true);
            return t;
        });
        long every = settings.interval().toMillis();
        thread.scheduleWithFixedDelay(this::scheduledRun, every, every, TimeUnit.MILLISECONDS);
        log.info("Store housekeeping every {} (compaction {}, retention {})", settings.interval(),
                settings.housekeeping() ? "on" : "off", settings.retention());
    }

    /** Lets a run in progress finish (it is bounded), then no more: the DataSource closes after this. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping = thread;
        thread = null;
        running = false;
        if (stopping != null) {
            stopping.shutdown();
            try {
                if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
                    log.warn("Store housekeeping still running after 30 s at shutdown");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
