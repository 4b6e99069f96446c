package org.jointcare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jointcare.benchmarks.support.ApiClient;
import org.jointcare.benchmarks.support.Figures;
import org.jointcare.benchmarks.support.HttpJourney;
import org.jointcare.benchmarks.support.JointCareProcess;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.benchmarks.support.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How big the H2 file gets against what it holds: the HTTP journey at 32 clients for a while,
 * once with today's store settings and no housekeeping (the baseline), once as configured; for
 * each, the file's size under load (largest and at the end), the bytes its tables hold (events,
 * snapshots, views, tokens, access log, with their indexes, as H2 counts them), the ratio, the
 * same after a stop and a restart, and the chunks (one per commit) written per journey.
 * <p>
 * {@code benchmarks/run -Dtest=StoreGrowthBenchmark} runs 60 s per variant;
 * {@code -Djointcare.benchmarks.store.seconds=600} is the ten-minute run of the target.
 */
class StoreGrowthBenchmark {

    /** The datasource URL before the housekeeping existed, so the baseline stays today's whatever application.yml becomes. */
    private static final String TODAYS_URL_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void storeSizeUnderSustainedLoadAndAfterARestart() throws Exception {
        int clients = Scale.of("store.clients", 32, 32);
        int seconds = Scale.of("store.seconds", 60, 20);
        Figures figures = new Figures("store-growth")
                .context("clients", clients + " (HTTP journeys with their reads, one journey at a time each)")
                .context("seconds of load per variant", seconds)
                .context("held", "SUM(DB_OBJECT_TOTAL_SIZE) of every table: events, snapshots, views, tokens, access log, directory");
        // -Djointcare.benchmarks.store.variants=housekeeping to measure only the configured store
        for (String variant : System.getProperty("jointcare.benchmarks.store.variants", "baseline,housekeeping").split(",")) {
            measure(variant, clients, seconds, figures);
        }
        figures.report();
    }

    private void measure(String variant, int clients, int seconds, Figures figures) throws Exception {
        Path data = dir.resolve(variant);
        List<String> arguments = new ArrayList<>(List.of("--logging.level.root=warn"));
        if (variant.equals("baseline")) {
            arguments.add("--jointcare.store.housekeeping=false");
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath() + "/jointcare" + TODAYS_URL_OPTIONS);
        } else {
            // e.g. -Djointcare.benchmarks.store.options="--jointcare.store.retention=1s" to try a setting
            String options = System.getProperty("jointcare.benchmarks.store.options", "").trim();
            if (!options.isEmpty()) {
                arguments.addAll(List.of(options.split("\\s+")));
                figures.context(variant + " options", options);
            }
        }
        Path file = data.resolve("jointcare.mv.db");
        AtomicLong largest = new AtomicLong();
        long journeys;
        long requests;
        long chunks;
        long atEnd;
        try (JointCareProcess app = JointCareProcess.start(data, dir.resolve(variant + ".log"), List.of(),
                arguments.toArray(String[]::new))) {
            ApiClient api = new ApiClient(app.base());
            NhsNumbers nhs = new NhsNumbers(variant.equals("baseline") ? 910_000_000L : 920_000_000L);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> largest.accumulateAndGet(size(file), Math::max), 0, 500, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            sampler.scheduleAtFixedRate(() -> System.out.printf(Locale.ROOT, "store %s at %ds: %s%n", variant,
                    (System.nanoTime() - started) / 1_000_000_000L, store(app).path("figures")), 10, 10, TimeUnit.SECONDS);
            long chunksBefore = chunksWritten(app);
            AtomicLong done = new AtomicLong();
            AtomicLong answered = new AtomicLong();
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        try {
                            new HttpJourney(api, HttpJourney.TEAMS.get((client + n++) % 3), nhs.next(), true)
                                    .run((request, answer) -> answered.incrementAndGet(), () -> System.nanoTime() < deadline);
                            done.incrementAndGet();
                        } catch (HttpJourney.JourneyRefused refused) {
                            System.out.println(variant + ": refused: " + refused.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(seconds + 180L, TimeUnit.SECONDS);
            }
            pool.shutdown();
            chunks = chunksWritten(app) - chunksBefore;
            sampler.shutdown();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
            atEnd = size(file);
            largest.accumulateAndGet(atEnd, Math::max);
            journeys = done.get();
            requests = answered.get();
        }
        long afterStop = size(file);
        try (JointCareProcess restarted = JointCareProcess.start(data, dir.resolve(variant + ".log"), List.of(),
                arguments.toArray(String[]::new))) {
            // the restart, then a little more than one housekeeping interval, idle
            Thread.sleep(3_000);
        }
        long afterRestart = size(file);
        long held;
        long events;
        long people;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/jointcare;ACCESS_MODE_DATA=r", "sa", "");
             Statement s = c.createStatement()) {
            held = single(s, "SELECT SUM(DB_OBJECT_TOTAL_SIZE('TABLE', TABLE_SCHEMA, TABLE_NAME)) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'");
            events = single(s, "SELECT COUNT(*) FROM DomainEventEntry");
            people = single(s, "SELECT COUNT(DISTINCT aggregateIdentifier) FROM DomainEventEntry");
        }
        System.out.printf(Locale.ROOT, "store %s: %,d journeys, %,d requests, %,d events, %,d people; file %,d at end (largest %,d), "
                        + "%,d after stop, %,d after restart; held %,d; %,d chunks written (%.1f per journey)%n",
                variant, journeys, requests, events, people, atEnd, largest.get(), afterStop, afterRestart, held, chunks,
                (double) chunks / Math.max(1, journeys));
        String v = variant + ": ";
        figures.add(v + "journeys", "count", List.of((double) journeys));
        figures.add(v + "events stored", "count", List.of((double) events));
        figures.add(v + "bytes held", "bytes", List.of((double) held));
        figures.add(v + "bytes held per event", "bytes", List.of((double) held / Math.max(1, events)));
        figures.add(v + "bytes held per person", "bytes", List.of((double) held / Math.max(1, people)),
                "a person here has one full journey (about 24 events) and the reads and access-log rows that went with it");
        figures.add(v + "file at end of load", "bytes", List.of((double) atEnd));
        figures.add(v + "largest file under load / held", "ratio", List.of((double) largest.get() / held), "target: <= 3");
        figures.add(v + "file at end of load / held", "ratio", List.of((double) atEnd / held));
        figures.add(v + "file after stop / held", "ratio", List.of((double) afterStop / held));
        figures.add(v + "file after restart / held", "ratio", List.of((double) afterRestart / held), "target: <= 3");
        figures.add(v + "chunks written per journey", "count", List.of((double) chunks / Math.max(1, journeys)),
                "one chunk per commit: the command's, each streaming view's, the tokens', the access log's");
        figures.add(v + "chunks written per request", "count", List.of((double) chunks / Math.max(1, requests)));
    }

    private static long chunksWritten(JointCareProcess app) {
        return store(app).path("figures").path("chunksWritten").asLong();
    }

    /** The application's own account of its store (actuator {@code store}). */
    private static JsonNode store(JointCareProcess app) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(app.management().resolve("/actuator/store")).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            return JSON.createObjectNode().put("error", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createObjectNode().put("error", "interrupted");
        }
    }

    private static long single(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
