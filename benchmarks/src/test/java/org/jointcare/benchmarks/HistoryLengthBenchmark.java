package org.jointcare.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.benchmarks.support.Figures;
import org.jointcare.benchmarks.support.InProcessJointCare;
import org.jointcare.benchmarks.support.Latencies;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.benchmarks.support.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History length: the latency of one more command (a consent recorded again) for people whose
 * records already hold 10, 1,000 and 10,000 events, with the configured snapshot threshold and
 * cache. Several people per size share the samples, so measuring barely lengthens anyone's
 * history, and sizes are interleaved so load from elsewhere on the machine hits them alike. A
 * second pass restarts on the same file with a cache of one record, so every command loads the
 * record from its latest snapshot and the events after it: the cost when the cache misses.
 */
class HistoryLengthBenchmark {

    private static final int[] SIZES = {10, 1_000, 10_000};

    @TempDir
    Path dataDir;

    @Test
    void commandLatencyBarelyGrowsWithTheLengthOfTheRecord() {
        int runs = Scale.of("history.runs", 5, 3);
        int samples = Scale.of("history.samples", 100, 40);
        int longest = Scale.of("history.longest", 10_000, 10_000);
        int[] sizes = {SIZES[0], SIZES[1], longest};
        Map<Integer, Integer> peoplePerSize = Map.of(sizes[0], 50, sizes[1], 10, sizes[2], 2);
        Figures figures = new Figures("history-length")
                .context("events per person", sizes[0] + " / " + sizes[1] + " / " + sizes[2])
                .context("people per size", peoplePerSize)
                .context("samples per size per run", samples)
                .context("command", "RecordConsent (one event) through the CommandGateway, one client thread");
        Map<Integer, List<CareJourney>> people = new LinkedHashMap<>();

        try (InProcessJointCare app = InProcessJointCare.start(dataDir)) {
            CommandGateway gateway = app.commands();
            NhsNumbers nhs = new NhsNumbers(500_000_000L);
            long built = System.nanoTime();
            for (int size : sizes) {
                List<CareJourney> group = new ArrayList<>();
                for (int p = 0; p < peoplePerSize.get(size); p++) {
                    CareJourney journey = new CareJourney(CareJourney.PRACTICES.get(p % 3), Instant.parse("2025-01-06T09:00:00Z"), nhs.next());
                    gateway.sendAndWait(journey.register());
                    for (int e = 1; e < size; e++) {
                        gateway.sendAndWait(journey.consent(e % 300));
                    }
                    group.add(journey);
                }
                people.put(size, group);
                System.out.printf("history: %d people with %d events each made (%.0fs so far)%n",
                        group.size(), size, (System.nanoTime() - built) / 1e9);
            }
            measure("cached", gateway, people, runs, samples, figures);
        }
        try (InProcessJointCare app = InProcessJointCare.start(dataDir, "--jointcare.care-record.cache.maximum-size=1")) {
            measure("cache miss", app.commands(), people, runs, samples, figures);
        }
        figures.report();
    }

    private static void measure(String label, CommandGateway gateway, Map<Integer, List<CareJourney>> people, int runs, int samples,
                                Figures figures) {
        int[] sizes = people.keySet().stream().mapToInt(Integer::intValue).toArray();
        Figures.Runs values = new Figures.Runs();
        for (int run = -1; run < runs; run++) {
            Map<Integer, Latencies> latencies = new LinkedHashMap<>();
            for (int size : sizes) {
                latencies.put(size, new Latencies());
            }
            for (int i = 0; i < samples; i++) {
                for (int size : sizes) {
                    List<CareJourney> group = people.get(size);
                    CareJourney journey = group.get(i % group.size());
                    long start = System.nanoTime();
                    gateway.sendAndWait(journey.consent(300));
                    latencies.get(size).add(System.nanoTime() - start);
                }
            }
            if (run < 0) {
                continue; // warm-up
            }
            for (int size : sizes) {
                values.record(size + " p50", latencies.get(size).percentileMillis(50));
                values.record(size + " p99", latencies.get(size).percentileMillis(99));
            }
        }
        int shortest = sizes[0];
        for (int size : sizes) {
            for (String p : List.of("p50", "p99")) {
                String name = label + ": " + size + " events, " + p;
                if (size == shortest) {
                    figures.add(name, "ms", values.of(size + " " + p));
                } else {
                    figures.add(name, "ms", values.of(size + " " + p), label + ": " + shortest + " events, " + p,
                            values.ratio(size + " " + p, shortest + " " + p),
                            size == sizes[sizes.length - 1] && label.equals("cached") ? "target: ratio <= 2.0" : null);
                }
            }
        }
    }
}
