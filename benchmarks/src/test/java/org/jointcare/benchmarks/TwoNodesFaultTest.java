package org.jointcare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.benchmarks.support.ApiClient;
import org.jointcare.benchmarks.support.ApiClient.Answer;
import org.jointcare.benchmarks.support.HttpJourney;
import org.jointcare.benchmarks.support.HttpJourney.AcknowledgedWrite;
import org.jointcare.benchmarks.support.InProcessJointCare;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.testsupport.EmbeddedPostgresServer;
import org.jointcare.benchmarks.support.StoreChecks;
import org.jointcare.benchmarks.support.ViewReplay;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewDeadLetters;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatuses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes, two Spring Boot applications in this JVM, on one (embedded) PostgreSQL
 * database, as docs/operations.md runs them: any request may go to either node. A journey whose
 * steps alternate between the nodes answers exactly as one node does; writers on both nodes at
 * once lose no acknowledged write and are never refused for having raced; a request sent with
 * one Idempotency-Key to both nodes at once is recorded once; and when the node processing the
 * views stops while events are written, the other takes the views over and they end equal to a
 * full replay. {@code -Djointcare.faults.long=true} runs more clients for longer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesFaultTest {

    private static final boolean LONG = Boolean.getBoolean("jointcare.faults.long");
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    /** How often a pooled streaming processor looks for segments nobody holds (Axon's default). */
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(5);

    @TempDir
    static Path dir;
    static InProcessJointCare nodeA;
    static InProcessJointCare nodeB;
    static JdbcTemplate jdbc;
    static final NhsNumbers NHS = new NhsNumbers(800_000_000L);
    static final HttpJourney.Team TEAM = HttpJourney.TEAMS.get(0);
    static final ExecutorService POOL = Executors.newCachedThreadPool();

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        String url = EmbeddedPostgresServer.freshDatabase("nodes");
        // the first node makes the schema and loads the demo directory; the second finds both there
        nodeA = InProcessJointCare.startNode(url, EmbeddedPostgresServer.USER, "node-a", true, dir.resolve("a"));
        nodeB = InProcessJointCare.startNode(url, EmbeddedPostgresServer.USER, "node-b", false, dir.resolve("b"));
        jdbc = nodeB.jdbc();
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
        nodeB.close();
        nodeA.close();
    }

    @Test
    @Order(1)
    void aJourneyWhoseStepsAlternateBetweenNodesAnswersAsOneNodeDoes() throws Exception {
        List<String> oneNode = journey(new ApiClient(nodeA.base()));
        List<String> alternating = journey(new ApiClient(List.of(nodeA.base(), nodeB.base())));

        assertThat(alternating).as("each step's answer and the version it left the record at").isEqualTo(oneNode);
        assertThat(staleCopies(nodeA) + staleCopies(nodeB))
                .as("cached records the other node had moved on from, caught before use").isPositive();
    }

    @Test
    @Order(2)
    void theSameRecordReadsTheSameFromEitherNode() throws Exception {
        HttpJourney journey = new HttpJourney(new ApiClient(List.of(nodeB.base(), nodeA.base())), TEAM, NHS.next(), false);
        journey.run((request, answer) -> { }, () -> true);
        String current = "/api/v1/care-records/" + journey.careRecordId() + "/current";

        Answer fromA = new ApiClient(nodeA.base()).get(TEAM.gp(), current);
        Answer fromB = new ApiClient(nodeB.base()).get(TEAM.gp(), current);

        assertThat(fromA.status()).isEqualTo(200);
        assertThat(fromB.body()).isEqualTo(fromA.body());
        assertThat(fromB.header("ETag")).isEqualTo(fromA.header("ETag"));
    }

    @Test
    @Order(3)
    void writersOnBothNodesAtOnceLoseNoAcknowledgedWriteAndAreNeverRefusedForRacing() throws Exception {
        int clients = LONG ? 8 : 4;
        Duration writing = LONG ? Duration.ofSeconds(60) : Duration.ofSeconds(8);
        List<AcknowledgedWrite> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean going = new AtomicBoolean(true);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            ApiClient api = new ApiClient(c % 2 == 0 ? List.of(nodeA.base(), nodeB.base()) : List.of(nodeB.base(), nodeA.base()));
            int client = c;
            writers.add(POOL.submit(() -> {
                int journeys = 0;
                while (going.get()) {
                    HttpJourney journey = new HttpJourney(api, HttpJourney.TEAMS.get((client + journeys) % 3), NHS.next(), true);
                    try {
                        journey.run((request, answer) -> { }, going::get);
                    } finally {
                        acknowledged.addAll(journey.acknowledged());
                    }
                    journeys++;
                }
                return journeys;
            }));
        }
        // meanwhile, one person's record written from both nodes at the same moment, round after round
        String person = register(new ApiClient(nodeA.base()));
        int rounds = 0;
        long started = System.nanoTime();
        while (System.nanoTime() - started < writing.toNanos()) {
            long before = events(person);
            List<Answer> answers = together(6, i -> () -> new ApiClient(i % 2 == 0 ? nodeA.base() : nodeB.base())
                    .post(TEAM.gp(), "/api/v1/care-records/" + person + "/consent", "{\"decision\":\"AGREED\"}"));
            answers.forEach(a -> assertThat(a.status()).as("a write racing one on the other node: " + a.body()).isEqualTo(200));
            assertThat(events(person)).as("one event per write").isEqualTo(before + answers.size());
            answers.forEach(a -> acknowledged.add(new AcknowledgedWrite(UUID.fromString(person), "consent", a.json().get("version").asLong())));
            rounds++;
        }
        going.set(false);
        int journeys = 0;
        for (Future<Integer> writer : writers) {
            journeys += writer.get(120, TimeUnit.SECONDS); // a refused step fails the writer, and so this test
        }

        System.out.printf("two nodes, %d clients for %s: %d journeys, %d racing rounds, %d writes acknowledged; "
                        + "stale cached records caught: node-a %d, node-b %d; commands retried after a lost race: node-a %d, node-b %d%n",
                clients, writing, journeys, rounds, acknowledged.size(), staleCopies(nodeA), staleCopies(nodeB),
                retries(nodeA), retries(nodeB));
        StoreChecks.everyAcknowledgedWriteIsStored(jdbc, acknowledged);
        StoreChecks.everySequenceIsGapFree(jdbc);
        StoreChecks.noCommandIsHalfApplied(jdbc);
    }

    @Test
    @Order(4)
    void aRequestSentWithOneKeyToBothNodesAtOnceIsRecordedOnce() throws Exception {
        for (int round = 0; round < (LONG ? 20 : 4); round++) {
            String nhs = NHS.next();
            String key = UUID.randomUUID().toString();
            String body = registration(nhs);
            List<Answer> answers = together(4, i -> () -> new ApiClient(i % 2 == 0 ? nodeA.base() : nodeB.base())
                    .post(TEAM.gp(), "/api/v1/care-records", body, Map.of("Idempotency-Key", key)));

            Set<String> records = new HashSet<>();
            for (Answer answer : answers) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                records.add(answer.json().get("careRecordId").asText());
            }
            assertThat(records).as("one record for one key").hasSize(1);
            String id = records.iterator().next();
            assertThat(events(id)).as("one registration").isEqualTo(1L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nhs_number_claim WHERE nhs_number = ?", Long.class, nhs)).isEqualTo(1L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request WHERE idempotency_key = ?", Long.class, key))
                    .isEqualTo(1L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE care_record_id = ? AND action = 'REGISTER_PERSON'",
                    Long.class, id)).as("one access-log row per request, whichever node answered it").isEqualTo(answers.size());

            String referralKey = UUID.randomUUID().toString();
            List<Answer> referrals = together(4, i -> () -> new ApiClient(i % 2 == 0 ? nodeB.base() : nodeA.base())
                    .post(TEAM.gp(), "/api/v1/care-records/" + id + "/referrals", """
                            {"source":"GP","requester":{"name":"Dr GP","organisationCode":"J82034"},"reason":"Falls","urgency":"ROUTINE"}""",
                            Map.of("Idempotency-Key", referralKey)));
            Set<String> referralIds = new HashSet<>();
            referrals.forEach(a -> {
                assertThat(a.status()).as(a.body()).isEqualTo(201);
                referralIds.add(a.json().get("id").asText());
            });
            assertThat(referralIds).as("one referral for one key").hasSize(1);
            assertThat(events(id)).as("registration and one referral").isEqualTo(2L);
        }
    }

    @Test
    @Order(5)
    void whenTheNodeHoldingTheViewsStopsTheOtherTakesThemOverAndTheyEqualAFullReplay() throws Exception {
        List<String> owners = jdbc.queryForList("SELECT DISTINCT owner FROM TokenEntry WHERE owner IS NOT NULL", String.class);
        System.out.println("view tokens held by " + owners + " before the stop");
        assertThat(owners).as("every view on the node started first").containsExactly("node-a");

        List<AcknowledgedWrite> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean going = new AtomicBoolean(true);
        ApiClient survivor = new ApiClient(nodeB.base());
        List<Future<?>> writers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int client = c;
            writers.add(POOL.submit(() -> {
                int n = 0;
                while (going.get()) {
                    HttpJourney journey = new HttpJourney(survivor, HttpJourney.TEAMS.get((client + n++) % 3), NHS.next(), false);
                    try {
                        journey.run((request, answer) -> { }, going::get);
                    } finally {
                        acknowledged.addAll(journey.acknowledged());
                    }
                }
                return null;
            }));
        }
        Thread.sleep(2_000);
        long stopped = System.nanoTime();
        nodeA.close();
        EventProcessingConfiguration processing = nodeB.bean(EventProcessingConfiguration.class);
        ViewStatuses operations = nodeB.bean(ViewStatuses.class);
        long tookOver = awaitEveryViewClaimed(operations, processing, CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plusSeconds(5));
        Thread.sleep(LONG ? 20_000 : 3_000);
        going.set(false);
        for (Future<?> writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        long head = ViewReplay.head(nodeB.bean(EventStore.class));
        ViewReplay.awaitAll(operations, Duration.ofMinutes(2));
        long caughtUp = System.nanoTime();

        System.out.printf("node-a stopped while writing through node-b: node-b held every view %d ms later, "
                        + "and its views had reached the head (%d) %d ms after the stop; %d writes acknowledged meanwhile%n",
                (tookOver - stopped) / 1_000_000, head, (caughtUp - stopped) / 1_000_000, acknowledged.size());
        assertThat(jdbc.queryForList("SELECT DISTINCT owner FROM TokenEntry WHERE owner IS NOT NULL", String.class))
                .containsExactly("node-b");
        StoreChecks.everyAcknowledgedWriteIsStored(jdbc, acknowledged);
        StoreChecks.everySequenceIsGapFree(jdbc);
        StoreChecks.viewsEqualAFullReplay(operations, nodeB.bean(ViewRebuilds.class), nodeB.bean(ViewDeadLetters.class), processing,
                jdbc, Duration.ofMinutes(3));
    }

    // ------------------------------------------------------------------

    /** The journey's answers, each as "request status" and, for a write, the version it answered. */
    private static List<String> journey(ApiClient api) throws Exception {
        List<String> answers = new ArrayList<>();
        new HttpJourney(api, TEAM, NHS.next(), true).run((request, answer) -> answers.add(request + " " + answer.status()
                + (answer.ok() && answer.body().contains("\"version\"") ? " v" + answer.json().get("version").asLong() : "")), () -> true);
        return answers;
    }

    /** Waits until node-b's processor of every streaming view holds all its segments; returns when. */
    private static long awaitEveryViewClaimed(ViewStatuses operations, EventProcessingConfiguration processing, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ViewDefinition view : operations.definitions()) {
            if (view.mode() != ViewDefinition.Mode.STREAMING) {
                continue;
            }
            StreamingEventProcessor processor = processing.eventProcessor(view.processingGroup(), StreamingEventProcessor.class)
                    .orElseThrow();
            while (processor.processingStatus().isEmpty()) {
                assertThat(System.nanoTime()).as("view " + view.processingGroup() + " taken over within " + timeout).isLessThan(deadline);
                Thread.sleep(50);
            }
        }
        return System.nanoTime();
    }

    private static long staleCopies(InProcessJointCare node) {
        return count(node, "careRecordCache", "staleCopies");
    }

    private static long retries(InProcessJointCare node) {
        return count(node, "retryAfterConcurrentChange", "retries");
    }

    /** The application's classes are reached by name (this module never compiles against them). */
    private static long count(InProcessJointCare node, String bean, String method) {
        Object target = node.bean(bean);
        try {
            return (Long) target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(bean + "." + method + "()", e);
        }
    }

    private static String registration(String nhs) {
        return """
                {"nhsNumber":"%s","person":{"givenName":"Two","familyName":"Nodes","dateOfBirth":"1940-02-02",
                 "registeredPracticeCode":"%s","locality":"%s","livingSituation":"LIVES_ALONE"}}"""
                .formatted(nhs, TEAM.practiceCode(), TEAM.locality());
    }

    private static String register(ApiClient api) throws Exception {
        Answer answer = api.post(TEAM.gp(), "/api/v1/care-records", registration(NHS.next()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("careRecordId").asText();
    }

    private static long events(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, id);
    }

    /** Releases {@code count} requests at once and collects every answer. */
    private static List<Answer> together(int count, java.util.function.IntFunction<Callable<Answer>> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<Answer> call = request.apply(i);
            futures.add(POOL.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        ready.await();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
