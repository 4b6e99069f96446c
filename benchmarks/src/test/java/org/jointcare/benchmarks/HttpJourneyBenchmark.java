package org.jointcare.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jointcare.benchmarks.support.ApiClient;
import org.jointcare.benchmarks.support.ApiClient.Answer;
import org.jointcare.benchmarks.support.Figures;
import org.jointcare.benchmarks.support.HttpJourney;
import org.jointcare.benchmarks.support.JointCareProcess;
import org.jointcare.benchmarks.support.Latencies;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.benchmarks.support.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP journey: the application as its own process on loopback, clients (1, 8, 32) each
 * sending whole journeys with the reads each profession makes, authenticated with HTTP Basic as
 * the demo professionals, for a bounded time and count. Requests per second and p50/p95/p99 per
 * request type; and the cost of authentication alone: the same unprotected health check with and
 * without a Basic header, so the difference is the authentication.
 */
class HttpJourneyBenchmark {

    @TempDir
    Path dir;

    @Test
    void journeysAtOneEightAndThirtyTwoClients() throws Exception {
        int runs = Scale.of("http.runs", 3, 2);
        int seconds = Scale.of("http.seconds", 20, 8);
        int maxRequestsPerRun = Scale.of("http.max-requests", 100_000, 20_000);
        // -Djointcare.benchmarks.http.clients=8,32 for fewer levels (a before/after comparison)
        int[] concurrency = java.util.Arrays.stream(System.getProperty("jointcare.benchmarks.http.clients", "1,8,32").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        Figures figures = new Figures("http-journey")
                .context("clients", java.util.Arrays.toString(concurrency) + " (one journey at a time each)")
                .context("seconds per run", seconds)
                .context("runs per level", runs)
                .context("server", "separate JVM, " + System.getProperty("jointcare.app.heap", "1g") + " heap, loopback, H2 file");
        Figures.Runs values = new Figures.Runs();
        List<String> jvm = new ArrayList<>();
        if (Boolean.getBoolean("jointcare.jfr")) {
            Path jfr = Path.of("target", "jfr").toAbsolutePath();
            java.nio.file.Files.createDirectories(jfr);
            jvm.add("-XX:StartFlightRecording=filename=" + jfr.resolve("http-journey.jfr") + ",settings=profile");
        }

        // e.g. -Djointcare.app.jvm-options="-Dspring.datasource.hikari.maximum-pool-size=20" to try a setting on the server
        String serverOptions = System.getProperty("jointcare.app.jvm-options", "").trim();
        if (!serverOptions.isEmpty()) {
            jvm.addAll(List.of(serverOptions.split("\\s+")));
            figures.context("server JVM options", serverOptions);
        }

        try (JointCareProcess app = JointCareProcess.start(dir.resolve("data"), dir.resolve("app.log"), jvm,
                "--logging.level.root=warn")) {
            ApiClient api = new ApiClient(app.base());
            NhsNumbers nhs = new NhsNumbers(900_000_000L);

            // authentication alone
            for (int run = -1; run < runs; run++) {
                Latencies without = new Latencies();
                Latencies with = new Latencies();
                for (int i = 0; i < 300; i++) {
                    without.add(api.get(null, "/livez").nanos());
                    with.add(api.get("dr.priya.shah", "/livez").nanos());
                }
                if (run >= 0) {
                    values.record("health, no credentials p50", without.percentileMillis(50));
                    values.record("health, HTTP Basic p50", with.percentileMillis(50));
                    values.record("health, no credentials p99", without.percentileMillis(99));
                    values.record("health, HTTP Basic p99", with.percentileMillis(99));
                }
            }

            // warm-up: journeys from 8 clients for a while, so the JIT and the pools are ready before the 1-client level
            long warmUntil = System.nanoTime() + Scale.of("http.warm-up-seconds", 15, 8) * 1_000_000_000L;
            ExecutorService warmUp = Executors.newFixedThreadPool(8);
            List<Future<?>> warming = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int client = c;
                warming.add(warmUp.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < warmUntil) {
                        new HttpJourney(api, HttpJourney.TEAMS.get((client + n++) % 3), nhs.next(), true)
                                .run((r, a) -> { }, () -> System.nanoTime() < warmUntil);
                    }
                    return null;
                }));
            }
            for (Future<?> w : warming) {
                w.get(120, TimeUnit.SECONDS);
            }
            warmUp.shutdown();

            for (int clients : concurrency) {
                for (int run = 0; run < runs; run++) {
                    Map<String, Latencies> byRequest = new ConcurrentHashMap<>();
                    Latencies all = new Latencies();
                    AtomicLong requests = new AtomicLong();
                    AtomicInteger refused = new AtomicInteger();
                    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                    ExecutorService pool = Executors.newFixedThreadPool(clients);
                    List<Future<?>> futures = new ArrayList<>();
                    long started = System.nanoTime();
                    long cpuBefore = app.cpuNanos();
                    for (int c = 0; c < clients; c++) {
                        int client = c;
                        futures.add(pool.submit(() -> {
                            int n = 0;
                            while (System.nanoTime() < deadline && requests.get() < maxRequestsPerRun) {
                                HttpJourney journey = new HttpJourney(api, HttpJourney.TEAMS.get((client + n++) % 3), nhs.next(), true);
                                try {
                                    journey.run((request, answer) -> {
                                        requests.incrementAndGet();
                                        all.add(answer.nanos());
                                        byRequest.computeIfAbsent(request, k -> new Latencies()).add(answer.nanos());
                                    }, () -> System.nanoTime() < deadline && requests.get() < maxRequestsPerRun);
                                } catch (HttpJourney.JourneyRefused e) {
                                    if (refused.incrementAndGet() <= 3) {
                                        System.out.println("refused: " + e.getMessage());
                                    }
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> future : futures) {
                        future.get(seconds + 120L, TimeUnit.SECONDS);
                    }
                    pool.shutdown();
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    double rps = requests.get() / elapsed;
                    // the server's own CPU per request: on a machine shared with other work this
                    // moves far less than the rate, so it is the figure to compare before/after
                    double cpuPerRequest = (app.cpuNanos() - cpuBefore) / 1e6 / Math.max(1, requests.get());
                    System.out.printf("http: %d clients, run %d: %,d requests in %.1fs = %.0f/s, p99 %.1f ms, server CPU %.2f ms/request, %d journeys refused%n",
                            clients, run, requests.get(), elapsed, rps, all.percentileMillis(99), cpuPerRequest, refused.get());
                    String level = clients + " clients";
                    values.record(level + ": requests/s", rps);
                    values.record(level + ": all requests p50", all.percentileMillis(50));
                    values.record(level + ": all requests p95", all.percentileMillis(95));
                    values.record(level + ": all requests p99", all.percentileMillis(99));
                    values.record(level + ": refused journeys", refused.get());
                    values.record(level + ": server CPU per request", cpuPerRequest);
                    for (Map.Entry<String, Latencies> e : new TreeMap<>(byRequest).entrySet()) {
                        for (int p : new int[] {50, 95, 99}) {
                            values.record(level + ": " + e.getKey() + " p" + p, e.getValue().percentileMillis(p));
                        }
                    }
                }
            }
        }

        figures.add("health, HTTP Basic p50", "ms", values.of("health, HTTP Basic p50"), "health, no credentials p50",
                values.ratio("health, HTTP Basic p50", "health, no credentials p50"),
                "authentication cost = this minus the unauthenticated health check");
        figures.add("health, no credentials p50", "ms", values.of("health, no credentials p50"));
        figures.add("health, HTTP Basic p99", "ms", values.of("health, HTTP Basic p99"), "health, no credentials p99",
                values.ratio("health, HTTP Basic p99", "health, no credentials p99"), null);
        figures.add("health, no credentials p99", "ms", values.of("health, no credentials p99"));
        for (int clients : concurrency) {
            String level = clients + " clients";
            if (clients == 1 || values.of("1 clients: requests/s").isEmpty()) {
                figures.add(level + ": requests/s", "1/s", values.of(level + ": requests/s"));
            } else {
                figures.add(level + ": requests/s", "1/s", values.of(level + ": requests/s"), "1 clients: requests/s",
                        values.ratio(level + ": requests/s", "1 clients: requests/s"),
                        clients == 32 ? "target: >= 1,000 requests/s with p99 < 50 ms" : null);
            }
            for (String name : values.names()) {
                if (name.startsWith(level + ": ") && !name.endsWith("requests/s")) {
                    figures.add(name, name.endsWith("journeys") ? "count" : "ms", values.of(name));
                }
            }
        }
        figures.report();
    }
}
