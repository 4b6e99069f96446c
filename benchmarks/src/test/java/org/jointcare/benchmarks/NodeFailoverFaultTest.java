package org.jointcare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.benchmarks.support.ApiClient;
import org.jointcare.benchmarks.support.HttpJourney;
import org.jointcare.benchmarks.support.HttpJourney.AcknowledgedWrite;
import org.jointcare.benchmarks.support.InProcessJointCare;
import org.jointcare.benchmarks.support.JointCareProcess;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.testsupport.EmbeddedPostgresServer;
import org.jointcare.benchmarks.support.StoreChecks;
import org.jointcare.views.operations.ViewDeadLetters;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failover: two nodes, each its own process, on one PostgreSQL database, written by clients whose
 * requests alternate between them. The node holding the views' token claims is killed with
 * SIGKILL (its claims are never released), and the clients carry on with the survivor alone.
 * Every write answered 2xx must be in the store, each person's events gap-free, no command
 * half-applied, the survivor must take the views over once the dead node's claims time out, and
 * the views, caught up, must equal a full replay. Prints how long after the kill the survivor
 * held every view and when its views had passed everything written before the kill. A long
 * fault test: {@code benchmarks/run -Dtest='*FaultTest'}.
 */
@EnabledIfSystemProperty(named = "jointcare.faults.long", matches = "true")
class NodeFailoverFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void killingOneOfTwoNodesUnderLoadLosesNoAcknowledgedWriteAndTheSurvivorTakesTheViewsOver() throws Exception {
        String url = EmbeddedPostgresServer.freshDatabase("nodes");
        List<String> common = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER, "--spring.datasource.password=", "--logging.level.root=warn",
                "--jointcare.crypto.master-key=" + EmbeddedPostgresServer.MASTER_KEY);
        JointCareProcess nodeA = JointCareProcess.start(dir.resolve("a"), dir.resolve("node-a.log"), List.of(),
                with(common, "--jointcare.node-name=node-a", "--jointcare.demo-data.enabled=true"));
        JointCareProcess nodeB = JointCareProcess.start(dir.resolve("b"), dir.resolve("node-b.log"), List.of(),
                with(common, "--jointcare.node-name=node-b", "--jointcare.demo-data.enabled=false"));
        int clients = 8;
        List<AcknowledgedWrite> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean going = new AtomicBoolean(true);
        AtomicBoolean bothUp = new AtomicBoolean(true);
        AtomicInteger lostInFlight = new AtomicInteger();
        AtomicInteger refusedBySurvivor = new AtomicInteger();
        NhsNumbers nhs = new NhsNumbers(900_000_000L);
        ApiClient survivor = new ApiClient(nodeB.base());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> writers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            writers.add(pool.submit(() -> {
                int n = 0;
                while (going.get()) {
                    boolean alternating = bothUp.get();
                    ApiClient api = alternating ? new ApiClient(List.of(nodeA.base(), nodeB.base())) : survivor;
                    HttpJourney journey = new HttpJourney(api, HttpJourney.TEAMS.get((client + n++) % 3), nhs.next(), false);
                    try {
                        journey.run((request, answer) -> { }, going::get);
                    } catch (HttpJourney.JourneyRefused refused) {
                        if (!alternating) {
                            refusedBySurvivor.incrementAndGet();
                            System.out.println("refused by the survivor: " + refused.getMessage());
                        } else {
                            lostInFlight.incrementAndGet();
                        }
                    } catch (Exception connectionLost) {
                        // a request to the killed node: never answered, so never acknowledged
                        lostInFlight.incrementAndGet();
                    } finally {
                        acknowledged.addAll(journey.acknowledged());
                    }
                }
                return null;
            }));
        }
        Thread.sleep(20_000);
        String holder = InProcessOwners.of(url);
        assertThat(holder).as("the views' claims before the kill").isEqualTo("node-a");
        long headAtKill;
        long killed;
        bothUp.set(false);
        nodeA.kill();
        killed = System.nanoTime();
        headAtKill = head(nodeB);
        System.out.printf("kill -9 of node-a (pid %d) holding every view, after %d writes acknowledged; head %d%n",
                nodeA.pid(), acknowledged.size(), headAtKill);

        long heldAll = -1;
        long caughtUp = -1;
        long deadline = killed + TimeUnit.SECONDS.toNanos(120);
        while ((heldAll < 0 || caughtUp < 0) && System.nanoTime() < deadline) {
            JsonNode views = views(nodeB);
            boolean holds = true;
            boolean passed = true;
            for (JsonNode view : views) {
                if ("STREAMING".equals(view.path("mode").asText())) {
                    holds &= view.path("segmentCount").asInt() > 0;
                    passed &= view.path("segmentCount").asInt() > 0 && view.path("position").asLong() >= headAtKill;
                }
            }
            long now = System.nanoTime();
            if (holds && heldAll < 0) {
                heldAll = now;
            }
            if (passed && caughtUp < 0) {
                caughtUp = now;
            }
            Thread.sleep(100);
        }
        Thread.sleep(20_000);
        going.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        for (Future<?> writer : writers) {
            writer.get();
        }
        System.out.printf("failover: the survivor held every view %d ms after the kill (claim timeout 10 s) and its views had "
                        + "passed everything written before the kill %d ms after it; %d writes acknowledged in all, "
                        + "%d journeys cut short by the kill%n",
                heldAll < 0 ? -1 : (heldAll - killed) / 1_000_000, caughtUp < 0 ? -1 : (caughtUp - killed) / 1_000_000,
                acknowledged.size(), lostInFlight.get());
        assertThat(heldAll).as("the survivor took every view over").isPositive();
        assertThat(caughtUp).as("the survivor's views caught up").isPositive();
        assertThat(refusedBySurvivor.get()).as("journey steps the survivor refused").isZero();
        nodeB.stop();

        try (InProcessJointCare check = InProcessJointCare.startNode(url, EmbeddedPostgresServer.USER, "checker", false, dir.resolve("c"),
                "--jointcare.rebuild.timeout=PT3M")) {
            StoreChecks.everyAcknowledgedWriteIsStored(check.jdbc(), acknowledged);
            StoreChecks.everySequenceIsGapFree(check.jdbc());
            StoreChecks.noCommandIsHalfApplied(check.jdbc());
            StoreChecks.viewsEqualAFullReplay(check.bean(ViewStatuses.class), check.bean(ViewRebuilds.class),
                    check.bean(ViewDeadLetters.class), check.bean(EventProcessingConfiguration.class), check.jdbc(), Duration.ofMinutes(3));
        }
    }

    private static String[] with(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static JsonNode views(JointCareProcess node) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                node.management().resolve("/actuator/views")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).path("views");
    }

    private static long head(JointCareProcess node) throws Exception {
        long head = -1;
        for (JsonNode view : views(node)) {
            head = Math.max(head, view.path("headPosition").asLong());
        }
        return head;
    }

    /** Who holds the views' token claims, read from the database. */
    private static final class InProcessOwners {
        static String of(String url) throws Exception {
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
                    java.sql.Statement statement = connection.createStatement();
                    java.sql.ResultSet owners = statement.executeQuery("SELECT DISTINCT owner FROM TokenEntry WHERE owner IS NOT NULL")) {
                List<String> found = new ArrayList<>();
                while (owners.next()) {
                    found.add(owners.getString(1));
                }
                return String.join(",", found);
            }
        }
    }

}
