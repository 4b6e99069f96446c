package org.jointcare.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.benchmarks.support.ApiClient;
import org.jointcare.benchmarks.support.BenchmarkStore;
import org.jointcare.benchmarks.support.Figures;
import org.jointcare.benchmarks.support.HttpJourney;
import org.jointcare.benchmarks.support.PageSession;
import org.jointcare.benchmarks.support.HeapWatch;
import org.jointcare.benchmarks.support.InProcessJointCare;
import org.jointcare.benchmarks.support.Latencies;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.benchmarks.support.Scale;
import org.jointcare.benchmarks.support.ViewReplay;
import org.axonframework.config.EventProcessingConfiguration;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.ViewPage;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries;
import org.jointcare.views.gppractice.GpPracticeQueries;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadScope;
import org.jointcare.views.clientleveldata.Quarter;
import org.jointcare.views.commissioning.CommissioningFigures;
import org.jointcare.views.commissioning.FindCommissioningFigures;
import org.jointcare.views.recordhistory.FindRecordHistory;
import org.jointcare.views.recordhistory.RecordHistory;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay, reads and memory at scale. Real journeys are sent through the gateway once to give
 * templates of realistic serialized events (ten per person: half reach a care package, half go
 * through hospital and leave an unacknowledged discharge notice); the templates are copied under
 * new ids, NHS numbers and event ids into the event store with plain JDBC until it holds the
 * target count (1,000,000 events for 100,000 people at full size). The application then starts
 * on that store and every view is rebuilt by ViewRebuilds, with a progress line; then the
 * reads each profession makes are timed, and the heap is measured at rest and at its peak.
 */
class ReplayAtScaleBenchmark {

    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String INSERT = "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, "
            + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @TempDir
    Path dir;

    record Row(long sequenceNumber, String type, byte[] metaData, String payload, String payloadRevision, String payloadType,
               String timeStamp) {
    }

    record Template(String careRecordId, String nhsNumber, List<Row> rows, Set<String> ids, String practiceCode, YearMonth month) {
    }

    @Test
    void rebuildEveryViewFromAMillionEventsThenReadAtScale() throws Exception {
        int people = Scale.of("replay.people", 100_000, 10_000);
        int runs = Scale.of("replay.runs", 1, 3);
        int readSamples = Scale.of("reads.samples", 500, 300);
        // reads only: the views catch up on the data set once, untimed and all at once, instead of
        // being rebuilt one after the other; for measuring reads without waiting for the replay figures
        boolean readsOnly = Boolean.getBoolean("jointcare.benchmarks.replay.reads-only");
        // -Djointcare.benchmarks.replay.data-dir=<empty directory> keeps the data set after the run,
        // e.g. to ask H2 for the plans of the reads (EXPLAIN ANALYZE) on it
        String keep = System.getProperty("jointcare.benchmarks.replay.data-dir");
        // -Djointcare.benchmarks.engines=h2,postgres: the same data set built and measured on each in turn (BenchmarkStore)
        List<String> engines = BenchmarkStore.enginesAsked();
        NhsNumbers nhs = new NhsNumbers(100_000_000L);
        Figures figures = new Figures("replay-reads-memory");
        Figures.Runs values = new Figures.Runs();
        for (String engine : engines) {
            Path base = keep == null ? dir.resolve("data") : Path.of(keep);
            Path data = engines.size() == 1 ? base : base.resolve(engine);
            BenchmarkStore store = BenchmarkStore.fresh(engine, data);
            String prefix = engines.size() == 1 ? "" : engine + ", ";
            figures.context(prefix + "store", store.description());
            measure(store, data, prefix, people, runs, readSamples, readsOnly, nhs, figures, values);
        }
        for (String engine : engines) {
            report(figures, values, engines.size() == 1 ? "" : engine + ", ",
                    engines.size() == 1 || engine.equals(engines.get(0)) ? null : engines.get(0), readsOnly);
        }
        figures.report();
    }

    /** Builds the data set on {@code store}, rebuilds the views and times the reads; every figure's name starts with {@code prefix}. */
    private void measure(BenchmarkStore store, Path data, String prefix, int people, int runs, int readSamples, boolean readsOnly,
                         NhsNumbers nhs, Figures figures, Figures.Runs values) throws Exception {
        // 1. templates: real journeys through the gateway
        List<Template> templates = new ArrayList<>();
        // the demo directory is loaded only into an empty database, so here: the pages and JSON of (4b) sign in with it
        try (InProcessJointCare app = InProcessJointCare.startServing(data, store.withArguments())) {
            CommandGateway gateway = app.commands();
            for (int month = 0; month < 6; month++) {
                for (CareJourney.Practice practice : CareJourney.PRACTICES) {
                    for (boolean hospital : new boolean[] {false, true}) {
                        Instant start = Instant.parse("2026-03-02T09:00:00Z").plus(Duration.ofDays(30L * month));
                        CareJourney journey = new CareJourney(practice, start, nhs.next());
                        for (Object command : hospital ? journey.throughHospital() : journey.toCarePackage()) {
                            gateway.sendAndWait(command);
                        }
                        List<Row> rows = app.jdbc().query("SELECT sequenceNumber, type, metaData, payload, payloadRevision, payloadType, "
                                        + "timeStamp FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3),
                                        new String(rs.getBytes(4), StandardCharsets.UTF_8), rs.getString(5), rs.getString(6), rs.getString(7)),
                                journey.careRecordId.toString());
                        Set<String> ids = new LinkedHashSet<>();
                        rows.forEach(r -> {
                            Matcher m = UUIDS.matcher(r.payload());
                            while (m.find()) {
                                ids.add(m.group());
                            }
                        });
                        templates.add(new Template(journey.careRecordId.toString(), journey.nhsNumber(), rows, ids, practice.code(),
                                YearMonth.from(start.atZone(java.time.ZoneOffset.UTC))));
                    }
                }
            }
            ViewReplay.awaitAll(app.bean(ViewStatuses.class), Duration.ofMinutes(2));
        }
        double eventsPerPerson = templates.stream().mapToInt(t -> t.rows().size()).average().orElseThrow();

        // 2. the data set: templates copied under new ids with plain JDBC, the application stopped
        List<String> careRecordIds = new ArrayList<>();
        long head;
        try (Connection db = store.connect()) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            long nextProgress = started;
            long inserted = 0;
            try (PreparedStatement insert = db.prepareStatement(INSERT)) {
                for (int p = 0; p < people; p++) {
                    Template template = templates.get(p % templates.size());
                    String newId = UUID.randomUUID().toString();
                    careRecordIds.add(newId);
                    String newNhs = nhs.next();
                    List<String[]> replacements = new ArrayList<>();
                    for (String id : template.ids()) {
                        replacements.add(new String[] {id, id.equals(template.careRecordId()) ? newId : UUID.randomUUID().toString()});
                    }
                    for (Row row : template.rows()) {
                        String payload = row.payload().replace(template.nhsNumber(), newNhs);
                        for (String[] r : replacements) {
                            payload = payload.replace(r[0], r[1]);
                        }
                        insert.setString(1, newId);
                        insert.setLong(2, row.sequenceNumber());
                        insert.setString(3, row.type());
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.setBytes(5, row.metaData());
                        insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
                        insert.setString(7, row.payloadRevision());
                        insert.setString(8, row.payloadType());
                        insert.setString(9, row.timeStamp());
                        insert.addBatch();
                        inserted++;
                    }
                    if (p % 500 == 499) {
                        insert.executeBatch();
                        db.commit();
                    }
                    if (System.nanoTime() > nextProgress) {
                        System.out.printf(prefix + "data set: %,d of %,d people, %,d events inserted (%.0f events/s)%n", p, people, inserted,
                                inserted / ((System.nanoTime() - started) / 1e9));
                        nextProgress = System.nanoTime() + 5_000_000_000L;
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(globalIndex), COUNT(*) FROM DomainEventEntry")) {
                rs.next();
                head = rs.getLong(1);
                System.out.printf(prefix + "data set: %,d events in the store (%,d inserted in %.0fs, %.0f events/s)%n", rs.getLong(2), inserted,
                        seconds, inserted / seconds);
                figures.context(prefix + "events in the store", rs.getLong(2));
            }
            if (!readsOnly) {
                moveTokensTo(db, head);
                db.commit();
            }
        }
        figures.context(prefix + "people", people + templates.size())
                .context("events per person (templates)", eventsPerPerson)
                .context("templates", templates.size() + " real journeys through the gateway, copied under new ids");

        // 3. rebuild every view, several times at reduced size
        // serving HTTP with the demo directory, so the same professionals read the JSON and the pages (4b)
        try (InProcessJointCare app = InProcessJointCare.startServing(data, store.withArguments("--jointcare.rebuild.progress-every=PT10S",
                "--jointcare.rebuild.timeout=PT2H"))) {
            ViewStatuses operations = app.bean(ViewStatuses.class);
            ViewRebuilds rebuilds = app.bean(ViewRebuilds.class);
            EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
            figures.context(prefix + "views", operations.definitions().stream()
                    .map(v -> v.processingGroup() + " (" + v.mode() + ", batch " + v.batchSize() + ")")
                    .toList());
            long events = app.jdbc().queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
            boolean perView = Scale.of("replay.per-view", 1, 1) != 0;
            if (readsOnly) {
                long started = System.nanoTime();
                ViewReplay.awaitAll(operations, Duration.ofHours(2));
                System.out.printf(prefix + "reads only: every view caught up on %,d events in %.0fs (not a replay figure)%n", events,
                        (System.nanoTime() - started) / 1e9);
                figures.context(prefix + "mode", "reads only: views caught up once, untimed; no replay or replay-heap figures");
            }
            for (int run = 0; run < (readsOnly ? 0 : runs); run++) {
                // every view at once, as the operator's --jointcare.rebuild=all does: the figure
                long started = System.nanoTime();
                long cpuStarted = processCpuNanos();
                java.util.Map<Long, Long> threadsStarted = threadCpuNanos();
                try (HeapWatch heap = new HeapWatch()) {
                    List<org.jointcare.views.operations.RebuildReport> reports = rebuilds.rebuildAll();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    double cpuPerThousand = (processCpuNanos() - cpuStarted) / 1e6 / (events / 1000.0);
                    double viewsCpuPerThousand = viewThreadsCpuSince(threadsStarted, "") / 1e6 / (events / 1000.0);
                    System.out.printf(prefix + "replay run %d: every view together (%d views) rebuilt from %,d events in %.1fs (%.0f events/s,"
                                    + " %.0f ms of CPU per 1,000 events, %.0f ms of it on the views' threads)%n", run, reports.size(), events,
                            seconds, events / seconds, cpuPerThousand, viewsCpuPerThousand);
                    values.record(prefix + "replay all views events/s", events / seconds);
                    values.record(prefix + "replay all views CPU ms per 1000 events", cpuPerThousand);
                    values.record(prefix + "replay all views, views' threads CPU ms per 1000 events", viewsCpuPerThousand);
                    values.record(prefix + "replay all views seconds", seconds);
                    values.record(prefix + "peak heap used during replay MB", heap.peakUsedBytes() / 1e6);
                    values.record(prefix + "peak live heap after GC during replay MB", heap.peakLiveAfterGcBytes() / 1e6);
                }
                if (!perView) {
                    continue;
                }
                // each view alone, one after the other (-Djointcare.benchmarks.replay.per-view=0 skips it)
                started = System.nanoTime();
                for (ViewDefinition view : operations.definitions()) {
                    long viewStarted = System.nanoTime();
                    long viewCpuStarted = processCpuNanos();
                    java.util.Map<Long, Long> viewThreadsStarted = threadCpuNanos();
                    ViewReplay.rebuild(rebuilds, view);
                    double seconds = (System.nanoTime() - viewStarted) / 1e9;
                    double cpuPerThousand = (processCpuNanos() - viewCpuStarted) / 1e6 / (events / 1000.0);
                    // a streaming view runs on its processor's threads; a subscribing view's replay on this one
                    double viewCpuPerThousand = (view.mode() == ViewDefinition.Mode.STREAMING
                            ? viewThreadsCpuSince(viewThreadsStarted, view.processingGroup())
                            : threadCpuSince(viewThreadsStarted, Thread.currentThread().getId())) / 1e6 / (events / 1000.0);
                    System.out.printf(prefix + "replay run %d: view %s (%s) rebuilt from %,d events in %.1fs (%.0f events/s, %.0f ms of CPU"
                                    + " per 1,000 events, %.0f ms of it on the view's threads)%n", run, view.processingGroup(), view.mode(),
                            events, seconds, events / seconds, cpuPerThousand, viewCpuPerThousand);
                    values.record(prefix + "replay " + view.processingGroup() + " events/s", events / seconds);
                    values.record(prefix + "replay " + view.processingGroup() + " CPU ms per 1000 events", cpuPerThousand);
                    values.record(prefix + "replay " + view.processingGroup() + ", view's threads CPU ms per 1000 events", viewCpuPerThousand);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                values.record(prefix + "replay every view one after the other events/s", events / seconds);
            }

            // 4. reads at scale, as each profession makes them
            QueryGateway queries = app.queries();
            Object caseload = app.context().getBean(Class.forName("org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries"));
            Random random = new Random(7);
            for (int run = -1; run < 3; run++) {
                Latencies history = new Latencies();
                Latencies caseloadReads = new Latencies();
                Latencies commissioning = new Latencies();
                Latencies inbox = new Latencies();
                for (int i = 0; i < readSamples; i++) {
                    UUID person = UUID.fromString(careRecordIds.get(random.nextInt(careRecordIds.size())));
                    long t = System.nanoTime();
                    RecordHistory timeline = queries.query(new FindRecordHistory(person, 0, 50), RecordHistory.class).join();
                    history.add(System.nanoTime() - t);
                    if (timeline == null) {
                        throw new IllegalStateException("no history for " + person);
                    }

                    CareJourney.Practice practice = CareJourney.PRACTICES.get(random.nextInt(3));
                    t = System.nanoTime();
                    LinkworkerCaseloadScope scope = LinkworkerCaseloadScope.of(practice.linkworker().userId(), Set.of(practice.code()));
                    Paging paging = new Paging(random.nextInt(20), 20);
                    ViewPage<?> caseloadPage = i % 2 == 0
                            ? ((org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries) caseload).assessmentsInProgress(
                                    new LinkworkerCaseloadQueries.AssessmentsInProgressQuery(scope, paging))
                            : ((org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries) caseload).packagesInForce(
                                    new LinkworkerCaseloadQueries.PackagesInForceQuery(scope, paging));
                    caseloadReads.add(System.nanoTime() - t);
                    if (caseloadPage.items().isEmpty()) {
                        throw new IllegalStateException("an empty caseload page would time nothing: " + caseloadPage);
                    }

                    t = System.nanoTime();
                    queries.query(new GpPracticeQueries.GpInboxQuery(practice.code(), new Paging(random.nextInt(20), 20)),
                            ResponseTypes.instanceOf(ViewPage.class)).join();
                    inbox.add(System.nanoTime() - t);

                    Template template = templates.get(random.nextInt(templates.size()));
                    t = System.nanoTime();
                    queries.query(new FindCommissioningFigures(template.practiceCode(), null, template.month(), 0, 50),
                            CommissioningFigures.class).join();
                    commissioning.add(System.nanoTime() - t);
                }
                if (run < 0) {
                    continue;
                }
                values.record(prefix + "read GP inbox p99 ms", inbox.percentileMillis(99));
                values.record(prefix + "read GP inbox p50 ms", inbox.percentileMillis(50));
                values.record(prefix + "read shared case history p99 ms", history.percentileMillis(99));
                values.record(prefix + "read shared case history p50 ms", history.percentileMillis(50));
                values.record(prefix + "read linkworker caseload p99 ms", caseloadReads.percentileMillis(99));
                values.record(prefix + "read linkworker caseload p50 ms", caseloadReads.percentileMillis(50));
                values.record(prefix + "read commissioning figures p99 ms", commissioning.percentileMillis(99));
                values.record(prefix + "read commissioning figures p50 ms", commissioning.percentileMillis(50));
            }

            // 4b. the pages behind those reads against their JSON endpoints, over HTTP on loopback, one
            // after the other with the same user and the same person or page: a signed-in session
            // (form sign-in, CSRF, session cookie) per professional for the pages, HTTP Basic for the JSON
            ApiClient api = new ApiClient(app.base());
            java.util.Map<String, PageSession> sessions = new java.util.HashMap<>();
            for (CareJourney.Practice practice : CareJourney.PRACTICES) {
                for (var who : List.of(practice.gp(), practice.linkworker(), practice.nurse())) {
                    sessions.put(who.userId(), PageSession.signIn(app.base(), who.userId()));
                }
            }
            sessions.put(HttpJourney.COMMISSIONER, PageSession.signIn(app.base(), HttpJourney.COMMISSIONER));
            java.util.Map<String, CareJourney.Practice> practices = new java.util.HashMap<>();
            CareJourney.PRACTICES.forEach(practice -> practices.put(practice.code(), practice));
            Random pageRandom = new Random(11);
            for (int run = -1; run < 3; run++) {
                java.util.Map<String, Latencies[]> pair = new java.util.LinkedHashMap<>();
                for (String read : PAGE_READS) {
                    pair.put(read, new Latencies[] {new Latencies(), new Latencies()});
                }
                for (int i = 0; i < readSamples; i++) {
                    CareJourney.Practice practice = CareJourney.PRACTICES.get(pageRandom.nextInt(3));
                    int at = pageRandom.nextInt(20);
                    timePair(pair.get("GP inbox"), api, sessions, practice.gp().userId(),
                            "/api/v1/gp-practice/inbox?page=" + at + "&size=20", "/gp-practice/inbox?page=" + at);
                    String list = i % 2 == 0 ? "ASSESSMENTS" : "PACKAGES";
                    timePair(pair.get("linkworker caseload"), api, sessions, practice.linkworker().userId(),
                            "/api/v1/caseload/" + list + "?page=" + at + "&size=20",
                            "/linkworker/caseload/" + list.toLowerCase(java.util.Locale.ROOT) + "?page=" + at);
                    int p = pageRandom.nextInt(careRecordIds.size());
                    String person = careRecordIds.get(p);
                    String nurse = practices.get(templates.get(p % templates.size()).practiceCode()).nurse().userId();
                    timePair(pair.get("shared case history"), api, sessions, nurse,
                            "/api/v1/care-records/" + person + "/case-history?page=0&size=50", "/district-nursing/people/" + person);
                    Template template = templates.get(pageRandom.nextInt(templates.size()));
                    String filter = "practice=" + template.practiceCode() + "&month=" + template.month();
                    timePair(pair.get("commissioning figures"), api, sessions, HttpJourney.COMMISSIONER,
                            "/api/v1/commissioning/figures?" + filter, "/commissioning?" + filter);
                }
                if (run < 0) {
                    continue;
                }
                pair.forEach((read, l) -> {
                    for (int pct : new int[] {50, 99}) {
                        double json = l[0].percentileMillis(pct);
                        double page = l[1].percentileMillis(pct);
                        values.record(prefix + "http JSON " + read + " p" + pct + " ms", json);
                        values.record(prefix + "http page " + read + " p" + pct + " ms", page);
                        values.record(prefix + "http page/JSON " + read + " p" + pct, page / json);
                    }
                });
            }

            // 4c. the Client Level Data return: the commissioner produces the whole council's quarter over
            // HTTP (every person with an event in it, checked against the specification's rules, the file or
            // the list of errors, and each person named written to the access log); target within a minute
            for (Quarter quarter : quartersOf(templates)) {
                for (int run = 0; run < runs; run++) {
                    ApiClient.Answer cld = api.get(HttpJourney.COMMISSIONER,
                            "/api/v1/commissioning/client-level-data?localAuthority=" + BENCHMARK_COUNCIL + "&quarter=" + quarter);
                    if (cld.status() != 200 && cld.status() != 422) {
                        throw new IllegalStateException("the return of " + quarter + ": " + cld.status() + " " + cld.body());
                    }
                    long rows = cld.status() == 200 ? cld.body().lines().count() - 1 : -1;
                    System.out.printf(prefix + "Client Level Data return %s: %s in %.1fs%n", quarter,
                            cld.status() == 200 ? String.format("%,d rows", rows) : "not valid (422)", cld.nanos() / 1e9);
                    values.record(prefix + "Client Level Data return " + quarter + " seconds", cld.nanos() / 1e9);
                    if (run == 0) {
                        figures.context(prefix + "Client Level Data return " + quarter,
                                cld.status() == 200 ? rows + " rows, valid" : "not valid: " + cld.body().length() + " bytes of errors");
                    }
                }
            }

            // 5. memory at rest with the data set loaded
            values.record(prefix + "heap after full GC, idle MB", HeapWatch.heapAfterFullGc() / 1e6);
            figures.context(prefix + "max heap (-Xmx) MB", Runtime.getRuntime().maxMemory() / 1_000_000);
        }
    }

    /** The figures of one engine; the main ones compared with the first engine ({@code baselineEngine}) when there are several. */
    private static void report(Figures figures, Figures.Runs values, String prefix, String baselineEngine, boolean readsOnly) {
        if (!readsOnly) {
            figures.add(prefix + "replay all views events/s", "events/s", values.of(prefix + "replay all views events/s"), null, null,
                    "events in the store / wall time to rebuild every view together (ViewRebuilds.rebuildAll); target >= 10,000");
            for (String name : values.names()) {
                if (name.startsWith(prefix + "replay ") && !name.equals(prefix + "replay all views events/s")) {
                    figures.add(name, name.endsWith("seconds") ? "s" : name.endsWith("1000 events") ? "ms" : "events/s", values.of(name));
                }
            }
        }
        for (String read : List.of("GP inbox", "shared case history", "linkworker caseload", "commissioning figures")) {
            figures.add(prefix + "read " + read + " p50 ms", "ms", values.of(prefix + "read " + read + " p50 ms"));
            figures.add(prefix + "read " + read + " p99 ms", "ms", values.of(prefix + "read " + read + " p99 ms"), null, null, "target < 20 ms");
        }
        for (String read : PAGE_READS) {
            for (String pct : List.of("p50", "p99")) {
                String json = prefix + "http JSON " + read + " " + pct + " ms";
                figures.add(json, "ms", values.of(json));
                figures.add(prefix + "http page " + read + " " + pct + " ms", "ms", values.of(prefix + "http page " + read + " " + pct + " ms"), json,
                        values.of(prefix + "http page/JSON " + read + " " + pct), "the page against its JSON endpoint, same users and people; target ratio <= 2");
            }
        }
        for (String name : values.names()) {
            if (name.startsWith(prefix + "Client Level Data return ")) {
                figures.add(name, "s", values.of(name), null, null, "the whole council's quarter over HTTP, checked; target < 60 s");
            }
        }
        figures.add(prefix + "heap after full GC, idle MB", "MB", values.of(prefix + "heap after full GC, idle MB"), null, null, "target < 512 MB");
        if (!readsOnly) {
            figures.add(prefix + "peak heap used during replay MB", "MB", values.of(prefix + "peak heap used during replay MB"));
            figures.add(prefix + "peak live heap after GC during replay MB", "MB", values.of(prefix + "peak live heap after GC during replay MB"));
        }
        if (baselineEngine != null) {
            List<String> compared = new ArrayList<>(List.of("read GP inbox p99 ms", "read shared case history p99 ms",
                    "read linkworker caseload p99 ms", "read commissioning figures p99 ms", "heap after full GC, idle MB"));
            if (!readsOnly) {
                compared.add(0, "replay all views events/s");
            }
            for (String name : compared) {
                String baseline = baselineEngine + ", " + name;
                figures.add(prefix + name + " against " + baselineEngine, name.endsWith("/s") ? "events/s" : name.endsWith("MB") ? "MB" : "ms",
                        values.of(prefix + name), baseline, values.ratio(prefix + name, baseline),
                        "the same data set on the first engine, same run");
            }
        }
    }

    /** The council code the benchmark's returns are produced for: the record holds none (one deployment, one council). */
    private static final String BENCHMARK_COUNCIL = "E06000054";

    /** The calendar quarters the templates' journeys started in: each has requests, assessments and services. */
    private static List<Quarter> quartersOf(List<Template> templates) {
        return templates.stream().map(t -> Quarter.parse(t.month().getYear() + "-Q" + ((t.month().getMonthValue() - 1) / 3 + 1)))
                .distinct().sorted(java.util.Comparator.comparing(Quarter::toString)).toList();
    }

    /**
     * CPU time of this whole process (every thread, GC and compiler included). A rebuild's CPU per
     * event is what the views cost, whatever else the shared machine is doing: wall-clock rates on a
     * busy machine measure its load as much as the views.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of every live thread, by thread id. */
    private static java.util.Map<Long, Long> threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private static long threadCpuSince(java.util.Map<Long, Long> started, long id) {
        long now = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(id);
        return now < 0 ? 0 : now - started.getOrDefault(id, 0L);
    }

    /**
     * CPU spent since {@code started} by the event processor threads of the view named {@code group}
     * (Axon names them {@code WorkPackage[group]-n} and {@code Coordinator[group]-n}), or of every view
     * when {@code group} is empty, the rebuild threads of subscribing views included. Without GC,
     * the compiler and the store's housekeeping, which the process figure also counts.
     */
    private static long viewThreadsCpuSince(java.util.Map<Long, Long> started, String group) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            boolean ofTheView = group.isEmpty()
                    ? name.startsWith("WorkPackage[") || name.startsWith("Coordinator[") || name.equals("view-rebuild")
                    : name.contains("[" + group + "]");
            if (ofTheView) {
                total += threadCpuSince(started, thread.getId());
            }
        }
        return total;
    }

    /** The reads of (4) that have a page, timed over HTTP as page and JSON in (4b). */
    private static final List<String> PAGE_READS = List.of("GP inbox", "linkworker caseload", "shared case history", "commissioning figures");

    /** The JSON endpoint, then the page behind it, for the same user and parameters; each must answer 200. */
    private static void timePair(Latencies[] into, ApiClient api, java.util.Map<String, PageSession> sessions, String user,
                                 String jsonPath, String pagePath) throws Exception {
        ApiClient.Answer json = api.get(user, jsonPath);
        if (json.status() != 200) {
            throw new IllegalStateException(jsonPath + " for " + user + ": " + json.status() + " " + json.body());
        }
        into[0].add(json.nanos());
        into[1].add(sessions.get(user).get(pagePath));
    }

    /**
     * The copied events were never published, so the views' tokens are moved to the new head:
     * the application then starts caught up (as a long-running one would be), and the rebuild
     * alone replays everything.
     */
    private static void moveTokensTo(Connection db, long head) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Object[]> updates = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT processorName, segment, token, tokenType FROM TokenEntry WHERE token IS NOT NULL")) {
            while (rs.next()) {
                ObjectNode token = (ObjectNode) json.readTree(rs.getBytes(3));
                if (token.has("index")) {
                    token.put("index", head);
                    token.putArray("gaps");
                } else if (token.has("globalIndex")) {
                    token.put("globalIndex", head);
                } else {
                    throw new IllegalStateException("Unexpected token " + rs.getString(4) + ": " + token);
                }
                updates.add(new Object[] {json.writeValueAsBytes(token), rs.getString(1), rs.getInt(2)});
            }
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE TokenEntry SET token = ? WHERE processorName = ? AND segment = ?")) {
            for (Object[] u : updates) {
                update.setBytes(1, (byte[]) u[0]);
                update.setString(2, (String) u[1]);
                update.setInt(3, (Integer) u[2]);
                update.executeUpdate();
            }
        }
        System.out.println("tokens moved to global index " + head + ": " + updates.size() + " segments");
    }
}
