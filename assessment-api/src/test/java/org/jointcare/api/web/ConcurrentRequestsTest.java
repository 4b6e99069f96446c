package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Requests that meet: an Idempotency-Key sent twice (one after the other, or at the same
 * moment), an If-Match that has gone stale, and several professionals changing one person's
 * record at once. One set of events per idempotent request; no update lost; a stale version is
 * refused, never silently overwritten.
 */
class ConcurrentRequestsTest extends ApiTest {

    @Test
    void theSameKeyAndBodyAgainReplaysTheFirstAnswerAndChangesNothing() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        long before = eventsOn(person);
        MvcResult first = perform(postJson(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral())
                .header("Idempotency-Key", "referral-1"));
        MvcResult second = perform(postJson(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral())
                .header("Idempotency-Key", "referral-1"));
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(second.getResponse().getStatus()).isEqualTo(201);
        assertThat(second.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(second.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(second.getResponse().getHeader("ETag")).isEqualTo(first.getResponse().getHeader("ETag"));
        assertThat(eventsOn(person)).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        perform(postJson(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("AGREED")).header("Idempotency-Key", "k-42"));
        MvcResult reused = perform(postJson(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("REFUSED"))
                .header("Idempotency-Key", "k-42"));
        assertThat(reused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(reused).get("type").asText()).isEqualTo(ApiProblem.BASE + "idempotency-key-reused");
        assertThat(body(read(GP_RIVERSIDE, records(person))).get("consent").asText()).isEqualTo("AGREED");
    }

    @Test
    void aKeyBelongsToTheUserWhoSentIt() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        long before = eventsOn(person);
        assertThat(perform(postJson(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral())
                .header("Idempotency-Key", "shared")).getResponse().getStatus()).isEqualTo(201);
        assertThat(perform(postJson(LINKWORKER_NORTH, records(person) + "/referrals", Bodies.referral())
                .header("Idempotency-Key", "shared")).getResponse().getStatus()).isEqualTo(201);
        assertThat(eventsOn(person)).isEqualTo(before + 2);
    }

    @Test
    void twoRequestsRacingWithOneKeyMakeOneSetOfEventsAndGetTheSameAnswer() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID person = registerAt(RIVERSIDE);
            long before = eventsOn(person);
            String key = "race-" + round;
            List<MvcResult> results = race(6, () -> perform(postJson(GP_RIVERSIDE, records(person) + "/referrals",
                    Bodies.referral()).header("Idempotency-Key", key)));
            assertThat(eventsOn(person)).as("round " + round).isEqualTo(before + 1);
            String firstBody = results.get(0).getResponse().getContentAsString();
            for (MvcResult result : results) {
                assertThat(result.getResponse().getStatus()).isEqualTo(201);
                assertThat(result.getResponse().getContentAsString()).isEqualTo(firstBody);
            }
        }
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndTheCurrentOneIsAccepted() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String etag = read(GP_RIVERSIDE, records(person)).getResponse().getHeader("ETag");
        MvcResult changed = perform(postJson(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("AGREED"))
                .header("If-Match", etag));
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        String newEtag = changed.getResponse().getHeader("ETag");
        assertThat(newEtag).isNotEqualTo(etag);

        MvcResult stale = perform(postJson(LINKWORKER_NORTH, records(person) + "/consent", Bodies.consent("REFUSED"))
                .header("If-Match", etag));
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(body(stale).get("type").asText()).isEqualTo(ApiProblem.BASE + "stale-version");
        assertThat(body(stale).get("detail").asText()).contains("Read it again");

        assertThat(perform(postJson(LINKWORKER_NORTH, records(person) + "/consent", Bodies.consent("AGREED_WITH_LIMITS"))
                .header("If-Match", newEtag)).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void racingWritesWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String etag = read(GP_RIVERSIDE, records(person)).getResponse().getHeader("ETag");
        long before = eventsOn(person);
        List<MvcResult> results = race(8, () -> perform(postJson(GP_RIVERSIDE, records(person) + "/referrals",
                Bodies.referral()).header("If-Match", etag)));
        long succeeded = results.stream().filter(r -> r.getResponse().getStatus() == 201).count();
        assertThat(succeeded).isEqualTo(1);
        for (MvcResult result : results) {
            if (result.getResponse().getStatus() != 201) {
                assertThat(result.getResponse().getStatus()).isIn(409, 412);
                JsonNode problem = body(result);
                assertThat(problem.get("detail").asText()).isNotBlank();
            }
        }
        assertThat(eventsOn(person)).isEqualTo(before + 1);
    }

    @Test
    void racingWritesWithoutIfMatchAreAllKeptInOrder() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        long before = eventsOn(person);
        List<MvcResult> results = race(10, () -> send(GP_RIVERSIDE, records(person) + "/referrals", Bodies.referral()));
        assertThat(results).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
        assertThat(eventsOn(person)).isEqualTo(before + 10);
        List<Long> sequence = jdbc.queryForList("SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " ORDER BY sequenceNumber", Long.class, person.toString());
        assertThat(sequence).containsExactlyElementsOf(LongStream.range(0, before + 10).boxed().toList());
    }

    private List<MvcResult> race(int requests, Callable<MvcResult> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

}
