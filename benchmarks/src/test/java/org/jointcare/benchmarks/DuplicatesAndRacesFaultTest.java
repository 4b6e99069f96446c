package org.jointcare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.jointcare.benchmarks.support.ApiClient;
import org.jointcare.benchmarks.support.ApiClient.Answer;
import org.jointcare.benchmarks.support.HttpJourney;
import org.jointcare.benchmarks.support.InProcessJointCare;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.benchmarks.support.StoreChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Duplicates and races over HTTP while other clients keep writing: retried requests with one
 * Idempotency-Key, released together, make one outcome; concurrent writers on one person lose
 * nothing; writers racing on the same If-Match version get exactly one success.
 */
class DuplicatesAndRacesFaultTest {

    private static final boolean LONG = Boolean.getBoolean("jointcare.faults.long");
    private static final int RACERS = LONG ? 16 : 6;
    private static final int ROUNDS = LONG ? 40 : 3;

    @TempDir
    static Path dir;
    static InProcessJointCare app;
    static ApiClient api;
    static JdbcTemplate jdbc;
    static final NhsNumbers NHS = new NhsNumbers(700_000_000L);
    static final HttpJourney.Team TEAM = HttpJourney.TEAMS.get(0);
    static final ExecutorService POOL = Executors.newCachedThreadPool();
    static final AtomicBoolean LOADING = new AtomicBoolean(true);
    static final List<Future<?>> LOAD = new ArrayList<>();

    @BeforeAll
    static void startWithBackgroundLoad() {
        app = InProcessJointCare.startServing(dir.resolve("data"));
        api = new ApiClient(app.base());
        jdbc = app.jdbc();
        for (int c = 0; c < (LONG ? 4 : 1); c++) {
            int client = c;
            LOAD.add(POOL.submit(() -> {
                int n = 0;
                while (LOADING.get()) {
                    new HttpJourney(api, HttpJourney.TEAMS.get((client + n++) % 3), NHS.next(), true).run((r, a) -> { }, LOADING::get);
                }
                return null;
            }));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        LOADING.set(false);
        for (Future<?> load : LOAD) {
            load.get(60, TimeUnit.SECONDS); // the background journeys must not have been refused either
        }
        POOL.shutdownNow();
        StoreChecks.everySequenceIsGapFree(jdbc);
        StoreChecks.noCommandIsHalfApplied(jdbc);
        app.close();
    }

    @Test
    void theSameRegistrationRetriedWithOneKeyMakesOneRecord() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String nhs = NHS.next();
            String key = UUID.randomUUID().toString();
            String body = registration(nhs);
            List<Answer> answers = together(() -> api.post(TEAM.gp(), "/api/v1/care-records", body, Map.of("Idempotency-Key", key)));

            Set<String> records = new HashSet<>();
            for (Answer answer : answers) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                records.add(answer.json().get("careRecordId").asText());
            }
            assertThat(records).as("one record for one key").hasSize(1);
            String id = records.iterator().next();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, id))
                    .isEqualTo(1L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nhs_number_claim WHERE nhs_number = ?", Long.class, nhs)).isEqualTo(1L);

            Answer different = api.post(TEAM.gp(), "/api/v1/care-records", registration(NHS.next()), Map.of("Idempotency-Key", key));
            assertThat(different.status()).as(different.body()).isEqualTo(422);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, id))
                    .as("a reused key with a different body changes nothing").isEqualTo(1L);
        }
    }

    @Test
    void concurrentWritersOnOnePersonLoseNothing() throws Exception {
        String id = register();
        for (int round = 0; round < ROUNDS; round++) {
            long before = events(id);
            List<Answer> answers = together(() -> api.post(TEAM.gp(), "/api/v1/care-records/" + id + "/consent",
                    "{\"decision\":\"AGREED\"}"));
            long succeeded = answers.stream().filter(Answer::ok).count();
            answers.forEach(a -> assertThat(a.status()).as(a.body()).isIn(200, 409));
            assertThat(events(id)).as("one event per success, none for a refusal").isEqualTo(before + succeeded);
        }
        StoreChecks.everySequenceIsGapFree(jdbc);
    }

    @Test
    void eachConcurrentSuccessAnswersTheVersionItMade() throws Exception {
        String id = register();
        for (int round = 0; round < ROUNDS; round++) {
            List<Answer> answers = together(() -> api.post(TEAM.gp(), "/api/v1/care-records/" + id + "/consent",
                    "{\"decision\":\"AGREED\"}"));
            Set<Long> versions = new HashSet<>();
            long succeeded = 0;
            for (Answer answer : answers) {
                if (answer.ok()) {
                    succeeded++;
                    versions.add(answer.json().get("version").asLong());
                }
            }
            assertThat(versions).as("each success its own version").hasSize((int) succeeded);
        }
    }

    @Test
    void writersRacingOnOneVersionGetExactlyOneSuccess() throws Exception {
        String id = register();
        for (int round = 0; round < ROUNDS; round++) {
            Answer read = api.get(TEAM.gp(), "/api/v1/care-records/" + id);
            String etag = read.header("ETag");
            long before = events(id);
            List<Answer> answers = together(() -> api.post(TEAM.gp(), "/api/v1/care-records/" + id + "/consent",
                    "{\"decision\":\"AGREED\"}", Map.of("If-Match", etag)));
            long succeeded = answers.stream().filter(Answer::ok).count();
            answers.forEach(a -> assertThat(a.status()).as(a.body()).isIn(200, 409, 412));
            assertThat(succeeded).as("one winner on version " + etag).isEqualTo(1);
            assertThat(events(id)).isEqualTo(before + 1);
        }
    }

    @Test
    void retriedReferralsWithOneKeyMakeOneReferralWhileOthersWrite() throws Exception {
        String id = register();
        for (int round = 0; round < ROUNDS; round++) {
            String key = UUID.randomUUID().toString();
            long referralsBefore = referrals(id);
            List<Answer> answers = together(() -> api.post(TEAM.gp(), "/api/v1/care-records/" + id + "/referrals", """
                    {"source":"GP","requester":{"name":"Dr GP","organisationCode":"J82034"},"reason":"Falls","urgency":"ROUTINE"}""",
                    Map.of("Idempotency-Key", key)), () -> api.post(TEAM.gp(), "/api/v1/care-records/" + id + "/consent",
                    "{\"decision\":\"AGREED\"}"));
            Set<String> referralIds = new HashSet<>();
            for (Answer answer : answers) {
                assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
                if (answer.json().path("resource").asText().contains("/referrals/")) {
                    referralIds.add(answer.json().get("id").asText());
                }
            }
            assertThat(referralIds).hasSize(1);
            assertThat(referrals(id)).isEqualTo(referralsBefore + 1);
        }
    }

    // ------------------------------------------------------------------

    private static String registration(String nhs) {
        return """
                {"nhsNumber":"%s","person":{"givenName":"Race","familyName":"Condition","dateOfBirth":"1940-02-02",
                 "registeredPracticeCode":"%s","locality":"%s","livingSituation":"LIVES_ALONE"}}""".formatted(nhs, TEAM.practiceCode(), TEAM.locality());
    }

    private static String register() throws Exception {
        Answer answer = api.post(TEAM.gp(), "/api/v1/care-records", registration(NHS.next()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("careRecordId").asText();
    }

    private static long events(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, id);
    }

    private static long referrals(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE '%.ReferralReceived'",
                Long.class, id);
    }

    /** Releases RACERS requests at once (alternating between the given kinds) and collects every answer. */
    @SafeVarargs
    private static List<Answer> together(Callable<Answer>... kinds) throws Exception {
        CountDownLatch ready = new CountDownLatch(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Callable<Answer> request = kinds[i % kinds.length];
            futures.add(POOL.submit(() -> {
                ready.countDown();
                go.await();
                return request.call();
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
