package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.jointcare.api.carerecord.JointJourneyFixture;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.DeadLetterEntry;
import org.jointcare.views.operations.DeadLetterPage;
import org.jointcare.views.operations.RebuildViewsCommand;
import org.jointcare.views.operations.RetryReport;
import org.jointcare.views.operations.ViewOperations;
import org.jointcare.views.operations.ViewStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application, one Spring context: journeys go through the command gateway, every
 * view follows the event store, and the operator's tools do what docs/operations.md says —
 * a rebuilt view equals the live one row for row, and a fault for one person parks that
 * person's events while everyone else's are handled, until the operator retries.
 */
@SpringBootTest(properties = {
        "jointcare.rebuild.progress-every=PT1S",
        // snapshots every few events, so views that read a person's earlier events meet them
        "jointcare.care-record.snapshot-threshold=4"})
class ViewsReplayAndDeadLettersTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    @Autowired
    CommandGateway commands;

    @Autowired
    ViewOperations operations;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ViewDefinition> views;

    @Autowired
    ConfigurableApplicationContext context;

    private int journeysStarted;

    private JointJourneyFixture journey() {
        journeysStarted++;
        JointJourneyFixture journey = JointJourneyFixture.startingAt(
                Instant.parse("2026-01-05T09:30:00Z").plus(Duration.ofDays(9L * journeysStarted)), TestNhsNumbers.next());
        return journey;
    }

    private void drive(JointJourneyFixture journey) {
        journey.commands().forEach(commands::sendAndWait);
    }

    private void allViewsCaughtUp() {
        views.forEach(view -> operations.awaitCaughtUp(view.processingGroup(), CATCH_UP));
    }

    @Test
    void every_view_keeps_its_tokens_in_the_database_in_the_spring_transaction() {
        views.stream().filter(view -> view.mode() == ViewDefinition.Mode.STREAMING).forEach(view -> {
            assertThat(processing.tokenStore(view.processingGroup())).as(view.processingGroup()).isInstanceOf(JdbcTokenStore.class);
            assertThat(processing.transactionManager(view.processingGroup())).as(view.processingGroup())
                    .isInstanceOf(SpringTransactionManager.class);
            assertThat(processing.deadLetterQueue(view.processingGroup())).as(view.processingGroup()).isPresent();
        });
        views.stream().filter(view -> view.mode() == ViewDefinition.Mode.SUBSCRIBING).forEach(view ->
                assertThat(processing.eventProcessor(view.processingGroup())).as(view.processingGroup())
                        .containsInstanceOf(SubscribingEventProcessor.class));
        allViewsCaughtUp();
        // the streaming views' tokens are rows of the application's own database, next to the views' rows
        assertThat(jdbc.queryForList("SELECT DISTINCT processorName FROM TokenEntry", String.class))
                .containsAll(views.stream().filter(view -> view.mode() == ViewDefinition.Mode.STREAMING)
                        .map(ViewDefinition::processingGroup).toList());
        assertThat(operations.views()).extracting(ViewStatus::processingGroup)
                .contains("own-record", "record-history", "commissioning", ProbeViews.DEAD_LETTER_PROBE, ProbeViews.REPLAY_PROBE);
    }

    @Test
    void every_view_rebuilt_from_the_event_store_equals_the_live_view_row_for_row() {
        for (int i = 0; i < 5; i++) {
            drive(journey());
        }
        allViewsCaughtUp();
        Map<String, List<Map<String, Object>>> live = snapshot();
        assertThat(live.get("record_history_event")).hasSizeGreaterThanOrEqualTo(5 * JointJourneyFixture.EVENTS.size());
        assertThat(live.get("commissioning_figure")).isNotEmpty();
        assertThat(live.get("own_record")).hasSizeGreaterThanOrEqualTo(5);
        long notificationsBefore = count("replay_probe_notification");
        assertThat(notificationsBefore).as("the notifier ran live").isEqualTo(count("replay_probe"));

        views.forEach(view -> operations.rebuild(view.processingGroup()));

        Map<String, List<Map<String, Object>>> rebuilt = snapshot();
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).isEqualTo(rows));
        assertThat(count("replay_probe")).as("the subscribing probe was rebuilt").isEqualTo(count("record_history_event"));
        assertThat(count("replay_probe_notification")).as("side effects never run again on replay").isEqualTo(notificationsBefore);
    }

    @Test
    void the_operators_rebuild_command_rebuilds_the_named_view_and_all_of_them() {
        drive(journey());
        allViewsCaughtUp();
        List<Map<String, Object>> ownRecord = snapshot().get("own_record_entry");

        new RebuildViewsCommand(operations, context, "own-record", false).run(new DefaultApplicationArguments());
        assertThat(snapshot().get("own_record_entry")).isEqualTo(ownRecord);

        Map<String, List<Map<String, Object>>> live = snapshot();
        new RebuildViewsCommand(operations, context, "all", false).run(new DefaultApplicationArguments());
        assertThat(snapshot()).isEqualTo(live);
        assertThat(operations.views()).allSatisfy(status -> {
            assertThat(status.running()).as(status.processingGroup()).isTrue();
            assertThat(status.error()).as(status.processingGroup()).isNull();
        });
    }

    @Test
    void a_fault_for_one_person_parks_her_events_others_continue_and_the_operator_retries_them() {
        JointJourneyFixture poisoned = journey();
        JointJourneyFixture other = journey();
        ProbeViews.failFor = poisoned.careRecordId();
        try {
            drive(poisoned);
            drive(other);
            operations.awaitCaughtUp(ProbeViews.DEAD_LETTER_PROBE, CATCH_UP);

            // the other person's events all went through; hers stopped at the fault, and the failed
            // handler's own write went with it (else the retry below would meet a duplicate row)
            assertThat(probeRows(other.careRecordId())).containsExactlyElementsOf(JointJourneyFixture.EVENTS);
            int accepted = JointJourneyFixture.EVENTS.indexOf("ReferralAccepted");
            assertThat(probeRows(poisoned.careRecordId())).containsExactlyElementsOf(JointJourneyFixture.EVENTS.subList(0, accepted));

            // the operator sees her queue: the failing event first, the rest waiting behind it
            DeadLetterPage page = operations.deadLetters(ProbeViews.DEAD_LETTER_PROBE, 0, 100);
            assertThat(page.total()).isEqualTo(JointJourneyFixture.EVENTS.size() - accepted);
            assertThat(page.deadLetters()).extracting(DeadLetterEntry::sequenceIdentifier)
                    .containsOnly(poisoned.careRecordId().toString());
            assertThat(page.deadLetters().get(0).eventType()).endsWith("ReferralAccepted");
            assertThat(page.deadLetters().get(0).causeMessage()).contains("probe fault");
            assertThat(page.deadLetters()).extracting(DeadLetterEntry::indexInSequence).isSorted();
            assertThat(operations.deadLetters(ProbeViews.DEAD_LETTER_PROBE, 1, 5).deadLetters()).hasSize(5);
            assertThat(operations.status(ProbeViews.DEAD_LETTER_PROBE).deadLetters()).isEqualTo(page.total());

            // retrying while the fault is still there changes nothing
            RetryReport stillFailing = operations.retryDeadLetters(ProbeViews.DEAD_LETTER_PROBE);
            assertThat(stillFailing.sequencesRetried()).isZero();
            assertThat(stillFailing.stillDead()).isEqualTo(page.total());

            // the fault is cleared; the retry hands her events over, in order, and the queue empties
            ProbeViews.failFor = null;
            RetryReport retried = operations.retryDeadLetters(ProbeViews.DEAD_LETTER_PROBE);
            assertThat(retried.sequencesRetried()).isEqualTo(1);
            assertThat(retried.stillDead()).isZero();
            assertThat(probeRows(poisoned.careRecordId())).containsExactlyElementsOf(JointJourneyFixture.EVENTS);
            assertThat(operations.deadLetters(ProbeViews.DEAD_LETTER_PROBE, 0, 100).deadLetters()).isEmpty();
        } finally {
            ProbeViews.failFor = null;
        }
    }

    private List<String> probeRows(UUID careRecordId) {
        return jdbc.queryForList("SELECT event_type FROM dead_letter_probe WHERE care_record_id = ? ORDER BY sequence_number",
                String.class, careRecordId.toString());
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

    /** Every view table's rows, ordered by all their columns. */
    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (ViewDefinition view : views) {
            for (String table : view.tables()) {
                List<String> columns = jdbc.queryForList(
                        "SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = LOWER(?)"
                                + " ORDER BY ordinal_position", String.class, table);
                List<String> positions = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    positions.add(String.valueOf(i));
                }
                tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + String.join(", ", positions)));
            }
        }
        return tables;
    }

    /**
     * Views that exist only in this test, to make faults and side effects observable. The scan
     * of the views package is the API's too (ProfessionViews); repeating it here keeps this
     * test independent of the order the branches are merged in.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan("org.jointcare.views")
    static class ProbeViews {

        static final String DEAD_LETTER_PROBE = "dead-letter-probe";
        static final String REPLAY_PROBE = "replay-probe";

        /** The person whose ReferralAccepted the dead-letter probe cannot handle, or null. */
        static volatile UUID failFor;

        @Bean
        ViewDefinition deadLetterProbeView() {
            return ViewDefinition.streamingPerPerson(DEAD_LETTER_PROBE, 10, 2, "dead_letter_probe");
        }

        @Bean
        ViewDefinition replayProbeView() {
            return ViewDefinition.subscribing(REPLAY_PROBE, "replay_probe");
        }

        @Bean
        DeadLetterProbe deadLetterProbe(JdbcTemplate jdbc) {
            return new DeadLetterProbe(jdbc);
        }

        @Bean
        ReplayProbe replayProbe(JdbcTemplate jdbc) {
            return new ReplayProbe(jdbc);
        }

        @Bean
        ReplayProbeNotifier replayProbeNotifier(JdbcTemplate jdbc) {
            return new ReplayProbeNotifier(jdbc);
        }
    }

    @ProcessingGroup(ProbeViews.DEAD_LETTER_PROBE)
    static class DeadLetterProbe {
        private final JdbcTemplate jdbc;

        DeadLetterProbe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** Writes its row first and fails afterwards: the savepoint must take the row back with the failure. */
        @EventHandler
        void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
            jdbc.update("INSERT INTO dead_letter_probe (care_record_id, sequence_number, event_type) VALUES (?, ?, ?)",
                    event.careRecordId().toString(), sequenceNumber, event.getClass().getSimpleName());
            if (event instanceof ReferralAccepted && event.careRecordId().equals(ProbeViews.failFor)) {
                throw new IllegalStateException("A probe fault for one person");
            }
        }

        @ResetHandler
        void reset() {
            jdbc.update("DELETE FROM dead_letter_probe");
        }
    }

    /** A subscribing view: updated in the command's transaction. */
    @ProcessingGroup(ProbeViews.REPLAY_PROBE)
    static class ReplayProbe {
        private final JdbcTemplate jdbc;

        ReplayProbe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
            jdbc.update("INSERT INTO replay_probe (care_record_id, sequence_number) VALUES (?, ?)",
                    event.careRecordId().toString(), sequenceNumber);
        }

        @ResetHandler
        void reset() {
            jdbc.update("DELETE FROM replay_probe");
        }
    }

    /**
     * The side effect of the replay probe's group: it "notifies" once per event, and must never
     * do so again when the view is rebuilt. (Its rows are not part of the view's tables.)
     */
    @ProcessingGroup(ProbeViews.REPLAY_PROBE)
    @DisallowReplay
    static class ReplayProbeNotifier {
        private final JdbcTemplate jdbc;

        ReplayProbeNotifier(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void notify(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
            jdbc.update("INSERT INTO replay_probe_notification (care_record_id, sequence_number) VALUES (?, ?)",
                    event.careRecordId().toString(), sequenceNumber);
        }
    }
}
