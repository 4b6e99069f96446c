package org.jointcare.benchmarks.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark suite. Every figure is measured in several runs and reported as
 * the median with its spread (lowest and highest run); a figure with a natural baseline measured
 * in the same runs is also reported as the ratio against it, run by run. {@link #report()} prints
 * the table and writes the same figures as JSON under {@code target/benchmark-results/}.
 */
public final class Figures {

    /** One measured quantity over several runs; a ratio compares it with its baseline run by run. */
    public record Figure(String name, String unit, double[] runs, String baseline, double[] ratios, String note) {

        public double median() {
            return Figures.median(runs);
        }

        public double min() {
            return Arrays.stream(runs).min().orElse(Double.NaN);
        }

        public double max() {
            return Arrays.stream(runs).max().orElse(Double.NaN);
        }

        public double ratioMedian() {
            return ratios == null ? Double.NaN : Figures.median(ratios);
        }
    }

    private final String suite;
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    public Figures(String suite) {
        this.suite = suite;
    }

    /** What the figures were measured on (sizes, settings): printed above the table and kept in the JSON. */
    public Figures context(String key, Object value) {
        context.put(key, value);
        return this;
    }

    public Figure add(String name, String unit, List<Double> runs) {
        return add(name, unit, runs, null, null, null);
    }

    public Figure add(String name, String unit, List<Double> runs, String note) {
        return add(name, unit, runs, null, null, note);
    }

    /**
     * A figure with its baseline: {@code ratios} holds this figure divided by the baseline, one
     * per run, both measured in that run.
     */
    public Figure add(String name, String unit, List<Double> runs, String baseline, List<Double> ratios, String note) {
        Figure figure = new Figure(name, unit, toArray(runs), baseline, ratios == null ? null : toArray(ratios), note);
        figures.put(name, figure);
        return figure;
    }

    public Figure get(String name) {
        return figures.get(name);
    }

    /** Prints the table and writes {@code target/benchmark-results/<suite>.json}; returns the JSON file. */
    public Path report() {
        StringBuilder table = new StringBuilder();
        table.append('\n').append("=== ").append(suite).append(" ===\n");
        context.forEach((k, v) -> table.append("  ").append(k).append(": ").append(v).append('\n'));
        table.append(String.format(Locale.ROOT, "%-58s %14s %14s %14s %5s  %-24s%n",
                "figure", "median", "min", "max", "runs", "ratio (median, min-max)"));
        for (Figure f : figures.values()) {
            String ratio = f.ratios() == null ? "" : String.format(Locale.ROOT, "%.3f (%.3f-%.3f) vs %s",
                    f.ratioMedian(), Arrays.stream(f.ratios()).min().orElse(Double.NaN),
                    Arrays.stream(f.ratios()).max().orElse(Double.NaN), f.baseline());
            table.append(String.format(Locale.ROOT, "%-58s %14s %14s %14s %5d  %s%n",
                    f.name() + " [" + f.unit() + "]", number(f.median()), number(f.min()), number(f.max()),
                    f.runs().length, ratio));
            if (f.note() != null) {
                table.append("      ").append(f.note()).append('\n');
            }
        }
        System.out.println(table);
        return writeJson();
    }

    private Path writeJson() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("suite", suite);
        root.put("measuredAt", Instant.now().toString());
        ObjectNode machine = root.putObject("machine");
        machine.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        machine.put("javaVersion", System.getProperty("java.version"));
        machine.put("javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("jvmArguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        ObjectNode contextNode = root.putObject("context");
        context.forEach((k, v) -> contextNode.put(k, String.valueOf(v)));
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures.values()) {
            ObjectNode node = list.addObject();
            node.put("name", f.name());
            node.put("unit", f.unit());
            node.put("median", f.median());
            node.put("min", f.min());
            node.put("max", f.max());
            ArrayNode runs = node.putArray("runs");
            Arrays.stream(f.runs()).forEach(runs::add);
            if (f.ratios() != null) {
                node.put("baseline", f.baseline());
                node.put("ratioMedian", f.ratioMedian());
                ArrayNode ratios = node.putArray("ratios");
                Arrays.stream(f.ratios()).forEach(ratios::add);
            }
            if (f.note() != null) {
                node.put("note", f.note());
            }
        }
        try {
            Path dir = Path.of("target", "benchmark-results");
            Files.createDirectories(dir);
            Path file = dir.resolve(suite + ".json");
            json.writeValue(file.toFile(), root);
            System.out.println("Figures written to " + file.toAbsolutePath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Collects one figure's value per run, by name, before they are added. */
    public static final class Runs {
        private final Map<String, List<Double>> values = new LinkedHashMap<>();

        public void record(String name, double value) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }

        public List<String> names() {
            return List.copyOf(values.keySet());
        }

        public List<Double> of(String name) {
            return values.getOrDefault(name, List.of());
        }

        /** Run-by-run ratio of two recorded figures. */
        public List<Double> ratio(String name, String baseline) {
            List<Double> a = of(name);
            List<Double> b = of(baseline);
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                ratios.add(a.get(i) / b.get(i));
            }
            return ratios;
        }
    }
}
