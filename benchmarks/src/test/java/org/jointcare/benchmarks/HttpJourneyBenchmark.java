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
import org.jointcare.benchmarks.support.BenchmarkStore;
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
        // -Djointcare.benchmarks.http.deployments=h2,postgres,postgres-2-nodes: each measured in turn, in this run,
        // and compared with the first (docs/performance.md, "PostgreSQL and two nodes")
        List<Deployment> deployments = java.util.Arrays.stream(System.getProperty("jointcare.benchmarks.http.deployments", "h2")
                .split(",")).map(String::trim).map(Deployment::named).toList();
        Figures figures = new Figures("http-journey")
                .context("clients", java.util.Arrays.toString(concurrency) + " (one journey at a time each)")
                .context("seconds per run", seconds)
                .context("runs per level", runs)
                .context("server", "separate JVM per node, " + System.getProperty("jointcare.app.heap", "1g") + " heap, loopback")
                .context("deployments", deployments.stream().map(Deployment::name).toList().toString());
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

        for (Deployment deployment : deployments) {
            String prefix = deployments.size() == 1 ? "" : deployment.name() + ", ";
            try (Nodes nodes = deployment.start(dir.resolve(deployment.name()), jvm)) {
                figures.context(deployment.name(), nodes.description());
                // with two nodes, each request goes to the next node in turn: a journey's steps alternate between them
                ApiClient api = new ApiClient(nodes.processes().stream().map(JointCareProcess::base).toList());
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
                        values.record(prefix + "health, no credentials p50", without.percentileMillis(50));
                        values.record(prefix + "health, HTTP Basic p50", with.percentileMillis(50));
                        values.record(prefix + "health, no credentials p99", without.percentileMillis(99));
                        values.record(prefix + "health, HTTP Basic p99", with.percentileMillis(99));
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
                        long cpuBefore = nodes.cpuNanos();
                        for (int c = 0; c < clients; c++) {
                            int client = c;
                            futures.add(pool.submit(() -> {
                                int n = 0;
                                while (System.nanoTime() < deadline && requests.get() < maxRequestsPerRun) {
                                    HttpJourney journey = new HttpJourney(api, HttpJourney.TEAMS.get((client + n++) % 3),
                                            nhs.next(), true);
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
                        double cpuPerRequest = (nodes.cpuNanos() - cpuBefore) / 1e6 / Math.max(1, requests.get());
                        System.out.printf("http: " + prefix + "%d clients, run %d: %,d requests in %.1fs = %.0f/s, p99 %.1f ms, server CPU %.2f ms/request, %d journeys refused%n",
                                clients, run, requests.get(), elapsed, rps, all.percentileMillis(99), cpuPerRequest, refused.get());
                        String level = prefix + clients + " clients";
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
        }

        for (Deployment deployment : deployments) {
            report(figures, values, concurrency, deployments.size() == 1 ? "" : deployment.name() + ", ",
                    deployments.size() == 1 || deployment == deployments.get(0) ? null : deployments.get(0).name() + ", ");
        }
        figures.report();
    }

    /** The figures of one deployment; each level compared with 1 client, and with the first deployment ({@code baseline}). */
    private static void report(Figures figures, Figures.Runs values, int[] concurrency, String prefix, String baseline) {
        figures.add(prefix + "health, HTTP Basic p50", "ms", values.of(prefix + "health, HTTP Basic p50"), prefix + "health, no credentials p50",
                values.ratio(prefix + "health, HTTP Basic p50", prefix + "health, no credentials p50"),
                "authentication cost = this minus the unauthenticated health check");
        figures.add(prefix + "health, no credentials p50", "ms", values.of(prefix + "health, no credentials p50"));
        figures.add(prefix + "health, HTTP Basic p99", "ms", values.of(prefix + "health, HTTP Basic p99"), prefix + "health, no credentials p99",
                values.ratio(prefix + "health, HTTP Basic p99", prefix + "health, no credentials p99"), null);
        figures.add(prefix + "health, no credentials p99", "ms", values.of(prefix + "health, no credentials p99"));
        for (int clients : concurrency) {
            String level = prefix + clients + " clients";
            String rate = level + ": requests/s";
            if (baseline != null) {
                figures.add(rate, "1/s", values.of(rate), baseline + clients + " clients: requests/s",
                        values.ratio(rate, baseline + clients + " clients: requests/s"), "against the first deployment, same clients");
                String p99 = level + ": all requests p99";
                figures.add(p99, "ms", values.of(p99), baseline + clients + " clients: all requests p99",
                        values.ratio(p99, baseline + clients + " clients: all requests p99"), null);
            } else if (clients == 1 || values.of(prefix + "1 clients: requests/s").isEmpty()) {
                figures.add(rate, "1/s", values.of(rate));
            } else {
                figures.add(rate, "1/s", values.of(rate), prefix + "1 clients: requests/s",
                        values.ratio(rate, prefix + "1 clients: requests/s"),
                        clients == 32 ? "target: >= 1,000 requests/s with p99 < 50 ms" : null);
            }
            for (String name : values.names()) {
                if (name.startsWith(level + ": ") && !name.endsWith("requests/s") && !(baseline != null && name.endsWith("all requests p99"))) {
                    figures.add(name, name.endsWith("journeys") ? "count" : "ms", values.of(name));
                }
            }
        }
    }

    /**
     * Where the server runs: {@code h2} (one node on its H2 file, the default), {@code postgres} (one
     * node on a new database of the PostgreSQL server {@link BenchmarkStore} names, as the {@code postgres}
     * profile runs it), {@code postgres-2-nodes} (two nodes on one such database, each request sent
     * to the next node in turn).
     */
    private record Deployment(String name, boolean postgres, int nodeCount) {

        static Deployment named(String name) {
            return switch (name) {
                case "h2" -> new Deployment(name, false, 1);
                case "postgres" -> new Deployment(name, true, 1);
                case "postgres-2-nodes" -> new Deployment(name, true, 2);
                default -> throw new IllegalArgumentException("deployment " + name + ": h2, postgres or postgres-2-nodes");
            };
        }

        /** Starts the nodes on a new store of their engine (for PostgreSQL, the server {@link BenchmarkStore} names). */
        Nodes start(Path dir, List<String> jvm) {
            BenchmarkStore store = BenchmarkStore.fresh(postgres ? "postgres" : "h2", dir.resolve("node-0"));
            List<String> common = new ArrayList<>(List.of("--logging.level.root=warn"));
            common.addAll(store.applicationArguments());
            List<JointCareProcess> started = new ArrayList<>();
            try {
                for (int n = 0; n < nodeCount; n++) {
                    List<String> args = new ArrayList<>(common);
                    // the first node migrates and loads the demo directory the journeys sign in as; then the next starts
                    args.addAll(List.of("--jointcare.node-name=node-" + n, "--jointcare.demo-data.enabled=" + (n == 0)));
                    started.add(JointCareProcess.start(dir.resolve("node-" + n), dir.resolve("node-" + n + ".log"), jvm,
                            args.toArray(String[]::new)));
                }
                return new Nodes(List.copyOf(started), nodeCount + (nodeCount == 1 ? " node on " : " nodes on ") + store.description());
            } catch (RuntimeException e) {
                started.forEach(JointCareProcess::close);
                throw e;
            }
        }
    }

    private record Nodes(List<JointCareProcess> processes, String description) implements AutoCloseable {

        long cpuNanos() {
            return processes.stream().mapToLong(JointCareProcess::cpuNanos).sum();
        }

        @Override
        public void close() {
            processes.forEach(JointCareProcess::close);
        }
    }
}
