package org.jointcare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jointcare.benchmarks.support.ApiClient;
import org.jointcare.benchmarks.support.HttpJourney;
import org.jointcare.benchmarks.support.HttpJourney.AcknowledgedWrite;
import org.jointcare.benchmarks.support.InProcessJointCare;
import org.jointcare.benchmarks.support.JointCareProcess;
import org.jointcare.benchmarks.support.NhsNumbers;
import org.jointcare.benchmarks.support.StoreChecks;
import org.jointcare.views.operations.ViewDeadLetters;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatuses;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash: the application runs as its own process while clients write whole journeys over HTTP;
 * it is killed with SIGKILL mid-stream (no shutdown hook runs) and started again on the same
 * files. Every write that was answered 2xx must be in the store, every person's sequence
 * gap-free, no command half-applied, and the views, once caught up, equal to a full replay.
 * The default build kills once after a few seconds; {@code -Djointcare.faults.long=true}
 * (the benchmarks profile) kills three times under more clients.
 */
class CrashRecoveryFaultTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesKillNineAndTheViewsCatchUp() throws Exception {
        boolean longRun = Boolean.getBoolean("jointcare.faults.long");
        int kills = longRun ? 3 : 1;
        int clients = longRun ? 8 : 2;
        Duration writingBeforeKill = longRun ? Duration.ofSeconds(20) : Duration.ofSeconds(4);
        Path data = dir.resolve("data");
        List<AcknowledgedWrite> acknowledged = Collections.synchronizedList(new ArrayList<>());
        NhsNumbers nhs = new NhsNumbers(600_000_000L);
        AtomicInteger refusedMidJourney = new AtomicInteger();

        for (int kill = 1; kill <= kills; kill++) {
            JointCareProcess app = JointCareProcess.start(data, dir.resolve("app-" + kill + ".log"), List.of(),
                    "--logging.level.root=warn");
            ApiClient api = new ApiClient(app.base());
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    int n = 0;
                    while (writing.get()) {
                        HttpJourney journey = new HttpJourney(api, HttpJourney.TEAMS.get((client + n++) % 3), nhs.next(), false);
                        try {
                            journey.run((request, answer) -> { }, writing::get);
                        } catch (HttpJourney.JourneyRefused refused) {
                            refusedMidJourney.incrementAndGet();
                            System.out.println("refused before the kill: " + refused.getMessage());
                        } catch (Exception connectionLost) {
                            // the kill: the request in flight has no answer, so it was never acknowledged
                        } finally {
                            acknowledged.addAll(journey.acknowledged());
                        }
                    }
                });
            }
            Thread.sleep(writingBeforeKill.toMillis());
            int before = acknowledged.size();
            app.kill();
            writing.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            System.out.printf("kill -9 #%d of pid %d after %s: %d writes acknowledged so far (%d at the moment of the kill)%n",
                    kill, app.pid(), writingBeforeKill, acknowledged.size(), before);
        }
        assertThat(acknowledged).as("writes acknowledged before the kills").isNotEmpty();
        assertThat(refusedMidJourney.get()).as("journey steps refused while the application was up").isZero();

        try (InProcessJointCare restarted = InProcessJointCare.start(data, "--jointcare.rebuild.timeout=PT3M")) {
            System.out.println("views after the restart: " + restarted.bean(ViewStatuses.class).views());
            StoreChecks.everyAcknowledgedWriteIsStored(restarted.jdbc(), acknowledged);
            StoreChecks.everySequenceIsGapFree(restarted.jdbc());
            StoreChecks.noCommandIsHalfApplied(restarted.jdbc());
            StoreChecks.viewsEqualAFullReplay(restarted.bean(ViewStatuses.class), restarted.bean(ViewRebuilds.class),
                    restarted.bean(ViewDeadLetters.class), restarted.bean(EventProcessingConfiguration.class), restarted.jdbc(), Duration.ofMinutes(3));
        }
    }
}
