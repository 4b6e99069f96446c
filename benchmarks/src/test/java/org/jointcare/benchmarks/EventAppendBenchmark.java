package org.jointcare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.benchmarks.support.BenchmarkStore;
import org.jointcare.benchmarks.support.Figures;
import org.jointcare.benchmarks.support.InProcessJointCare;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.benchmarks.support.Scale;
import org.jointcare.benchmarks.support.ViewReplay;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event append: whole journeys sent through the CommandGateway on the H2 file store (or, with
 * {@code -Djointcare.benchmarks.engines=h2,postgres}, on each engine in turn), one client
 * thread, against the ceiling of inserting the very same serialized event rows with plain JDBC
 * into the same database, one transaction per command as the gateway commits them. The gateway is
 * measured twice: as the application runs (the streaming views follow each command and commit
 * their own transactions between commands) and with the streaming views paused (the append path
 * alone: command handling, the subscribing sharing view, the event rows and one commit).
 */
class EventAppendBenchmark {

    private static final String INSERT = "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, "
            + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @TempDir
    Path dataDir;

    record Row(String aggregateIdentifier, long sequenceNumber, String type, byte[] metaData, byte[] payload,
               String payloadRevision, String payloadType, String timeStamp, String correlation) {
    }

    @Test
    void commandsThroughTheGatewayAgainstRawJdbcInsertsOfTheSameRows() throws Exception {
        int runs = Scale.of("append.runs", 5, 3);
        int people = Scale.of("append.people", 60, 10);
        // -Djointcare.benchmarks.engines=h2,postgres: each engine measured in turn, in this run (BenchmarkStore)
        List<String> engines = BenchmarkStore.enginesAsked();
        NhsNumbers nhs = new NhsNumbers(400_000_000L);
        Figures figures = new Figures("event-append")
                .context("people per run", people)
                .context("journey", "whole (register .. review, 16 commands)")
                .context("client threads", 1)
                .context("ceiling", "same rows, new ids, plain JDBC batch per command, one commit per command");
        Figures.Runs values = new Figures.Runs();
        for (String engine : engines) {
            BenchmarkStore store = BenchmarkStore.fresh(engine, dataDir.resolve(engine));
            figures.context("store" + (engines.size() == 1 ? "" : ", " + engine), store.description());
            measure(store, engines.size() == 1 ? "" : engine + ", ", runs, people, nhs, values);
        }
        for (String engine : engines) {
            String prefix = engines.size() == 1 ? "" : engine + ", ";
            String baseline = engines.size() == 1 || engine.equals(engines.get(0)) ? null : engines.get(0) + ", ";
            figures.add(prefix + "gateway commands/s", "1/s", values.of(prefix + "gateway commands/s"),
                    prefix + "raw JDBC commands/s (ceiling)", values.ratio(prefix + "gateway commands/s", prefix + "raw JDBC commands/s (ceiling)"),
                    "target: ratio >= 0.50 of the ceiling");
            figures.add(prefix + "gateway commands/s, streaming views paused", "1/s",
                    values.of(prefix + "gateway commands/s, streaming views paused"), prefix + "raw JDBC commands/s (ceiling)",
                    values.ratio(prefix + "gateway commands/s, streaming views paused", prefix + "raw JDBC commands/s (ceiling)"),
                    "the append path alone: no view commits between commands");
            figures.add(prefix + "raw JDBC commands/s (ceiling)", "1/s", values.of(prefix + "raw JDBC commands/s (ceiling)"));
            figures.add(prefix + "gateway events/s", "1/s", values.of(prefix + "gateway events/s"),
                    prefix + "raw JDBC events/s (ceiling)", values.ratio(prefix + "gateway events/s", prefix + "raw JDBC events/s (ceiling)"), null);
            figures.add(prefix + "raw JDBC events/s (ceiling)", "1/s", values.of(prefix + "raw JDBC events/s (ceiling)"));
            figures.add(prefix + "events per command", "events", values.of(prefix + "events per command"));
            if (baseline != null) {
                figures.add(prefix + "gateway commands/s against " + engines.get(0), "1/s", values.of(prefix + "gateway commands/s"),
                        baseline + "gateway commands/s", values.ratio(prefix + "gateway commands/s", baseline + "gateway commands/s"),
                        "the same journeys on the first engine, same run");
                figures.add(prefix + "raw JDBC commands/s against " + engines.get(0), "1/s", values.of(prefix + "raw JDBC commands/s (ceiling)"),
                        baseline + "raw JDBC commands/s (ceiling)",
                        values.ratio(prefix + "raw JDBC commands/s (ceiling)", baseline + "raw JDBC commands/s (ceiling)"),
                        "one commit per command: the engine's commit cost");
            }
        }
        figures.report();
    }

    /** Runs of one engine; every figure's name starts with {@code prefix}. */
    private void measure(BenchmarkStore store, String prefix, int runs, int people, NhsNumbers nhs, Figures.Runs values) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InProcessJointCare app = InProcessJointCare.start(dataDir.resolve(store.engine()), store.withArguments())) {
            CommandGateway gateway = app.commands();
            for (int run = -1; run < runs; run++) {
                boolean warmUp = run < 0;
                List<CareJourney> journeys = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    journeys.add(new CareJourney(CareJourney.PRACTICES.get(i % 3), Instant.parse("2026-01-05T09:30:00Z"), nhs.next()));
                }
                List<List<Object>> commands = journeys.stream().map(CareJourney::whole).toList();
                int commandCount = commands.stream().mapToInt(List::size).sum();
                long before = maxGlobalIndex(app);
                double gatewaySeconds = send(gateway, commands);

                // the append path alone: the same journeys for other people with the streaming views
                // paused, so no view commits between the commands (they catch up before the next run)
                List<List<Object>> unwatched = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    unwatched.add(new CareJourney(CareJourney.PRACTICES.get(i % 3), Instant.parse("2026-01-05T09:30:00Z"), nhs.next()).whole());
                }
                List<StreamingEventProcessor> views = streamingViews(app);
                views.forEach(StreamingEventProcessor::shutDown);
                double unwatchedSeconds = send(gateway, unwatched);
                views.forEach(StreamingEventProcessor::start);
                ViewReplay.awaitAll(app.bean(ViewStatuses.class), Duration.ofMinutes(2));

                Set<String> watchedPeople = new HashSet<>();
                journeys.forEach(journey -> watchedPeople.add(journey.careRecordId.toString()));
                List<Row> rows = app.jdbc().query("SELECT aggregateIdentifier, sequenceNumber, type, metaData, payload, "
                                + "payloadRevision, payloadType, timeStamp FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex",
                        (rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), correlation(json, rs.getBytes(4))), before)
                        .stream().filter(row -> watchedPeople.contains(row.aggregateIdentifier())).toList();
                List<List<Row>> perCommand = groupByCommand(rows);
                int events = rows.size();

                // the ceiling: the same rows under new ids, prepared before the clock starts
                Map<String, String> newIds = new HashMap<>();
                List<List<Object[]>> batches = new ArrayList<>();
                for (List<Row> group : perCommand) {
                    List<Object[]> batch = new ArrayList<>();
                    for (Row r : group) {
                        batch.add(new Object[] {newIds.computeIfAbsent(r.aggregateIdentifier(), k -> UUID.randomUUID().toString()),
                                r.sequenceNumber(), r.type(), UUID.randomUUID().toString(), r.metaData(), r.payload(),
                                r.payloadRevision(), r.payloadType(), r.timeStamp()});
                    }
                    batches.add(batch);
                }
                double rawSeconds;
                try (Connection connection = app.dataSource().getConnection()) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        long rawStart = System.nanoTime();
                        for (List<Object[]> batch : batches) {
                            for (Object[] row : batch) {
                                for (int i = 0; i < row.length; i++) {
                                    insert.setObject(i + 1, row[i]);
                                }
                                insert.addBatch();
                            }
                            insert.executeBatch();
                            connection.commit();
                        }
                        rawSeconds = (System.nanoTime() - rawStart) / 1e9;
                    }
                    connection.setAutoCommit(true);
                }
                System.out.printf("append " + prefix + "run %d%s: %d commands, %d events, %d commit groups: gateway %.2fs (views paused %.2fs), raw JDBC %.2fs%n",
                        run, warmUp ? " (warm-up)" : "", commandCount, events, perCommand.size(), gatewaySeconds, unwatchedSeconds, rawSeconds);
                if (warmUp) {
                    continue;
                }
                values.record(prefix + "gateway commands/s", commandCount / gatewaySeconds);
                values.record(prefix + "gateway events/s", events / gatewaySeconds);
                values.record(prefix + "gateway commands/s, streaming views paused", commandCount / unwatchedSeconds);
                values.record(prefix + "raw JDBC commands/s (ceiling)", perCommand.size() / rawSeconds);
                values.record(prefix + "raw JDBC events/s (ceiling)", events / rawSeconds);
                values.record(prefix + "events per command", (double) events / commandCount);
            }
        }
    }

    private static double send(CommandGateway gateway, List<List<Object>> journeys) {
        long start = System.nanoTime();
        for (List<Object> journey : journeys) {
            for (Object command : journey) {
                gateway.sendAndWait(command);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<StreamingEventProcessor> streamingViews(InProcessJointCare app) {
        EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
        return app.bean(ViewStatuses.class).definitions().stream()
                .filter(view -> view.mode() == ViewDefinition.Mode.STREAMING)
                .map(view -> processing.eventProcessor(view.processingGroup(), StreamingEventProcessor.class).orElseThrow())
                .toList();
    }

    private static long maxGlobalIndex(InProcessJointCare app) {
        Long max = app.jdbc().queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
        return max == null ? 0 : max;
    }

    /** The command that produced an event: Axon writes the command's message id as the event's correlationId. */
    private static String correlation(ObjectMapper json, byte[] metaData) {
        try {
            JsonNode node = metaData == null ? null : json.readTree(metaData);
            JsonNode id = node == null ? null : node.get("correlationId");
            return id == null ? null : id.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Rows in store order, grouped by the command that wrote them (a row without correlation is its own group). */
    private static List<List<Row>> groupByCommand(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        int uncorrelated = 0;
        for (Row row : rows) {
            String key = row.correlation() == null ? "row-" + (uncorrelated++) : row.correlation();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return new ArrayList<>(groups.values());
    }
}
