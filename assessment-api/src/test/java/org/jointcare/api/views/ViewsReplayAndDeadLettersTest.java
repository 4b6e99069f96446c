package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.DeadLetterEntry;
import org.jointcare.views.operations.DeadLettersCommand;
import org.jointcare.views.operations.DeadLetterPage;
import org.jointcare.views.operations.RebuildFailedException;
import org.jointcare.views.operations.RebuildReport;
import org.jointcare.views.operations.RebuildViewsCommand;
import org.jointcare.views.operations.RetryDeadLettersCommand;
import org.jointcare.views.operations.RetryReport;
import org.jointcare.views.operations.ViewDeadLetters;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatuses;
import org.jointcare.views.operations.ViewStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application, one Spring context: journeys go through the command gateway, every
 * view follows the event store, and the operator's tools do what docs/operations.md says —
 * a rebuilt view equals the live one row for row, and a fault for one person parks that
 * person's events while everyone else's are handled, until the operator retries.
 */
@Import(ProbeViews.class)
@SpringBootTest(properties = {
        "jointcare.rebuild.progress-every=PT1S",
        // snapshots every few events, so views that read a person's earlier events meet them
        "jointcare.care-record.snapshot-threshold=4"})
class ViewsReplayAndDeadLettersTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    @Autowired
    CommandGateway commands;

    @Autowired
    ViewStatuses operations;

    @Autowired
    ViewRebuilds rebuilds;

    @Autowired
    ViewDeadLetters letters;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ViewDefinition> views;

    @Autowired
    ConfigurableApplicationContext context;

    private int journeysStarted;

    private CareJourney journey() {
        journeysStarted++;
        CareJourney journey = CareJourney.startingAt(
                Instant.parse("2026-01-05T09:30:00Z").plus(Duration.ofDays(9L * journeysStarted)), TestNhsNumbers.next());
        return journey;
    }

    private void drive(CareJourney journey) {
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
        assertThat(live.get("record_history_event")).hasSizeGreaterThanOrEqualTo(5 * CareJourney.EVENTS.size());
        assertThat(live.get("commissioning_figure")).isNotEmpty();
        assertThat(live.get("own_record")).hasSizeGreaterThanOrEqualTo(5);
        long notificationsBefore = count("replay_probe_notification");
        assertThat(notificationsBefore).as("the notifier ran live").isEqualTo(count("replay_probe"));

        views.forEach(view -> rebuilds.rebuild(view.processingGroup()));

        Map<String, List<Map<String, Object>>> rebuilt = snapshot();
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).isEqualTo(rows));
        assertThat(count("replay_probe")).as("the subscribing probe was rebuilt").isEqualTo(count("record_history_event"));
        assertThat(count("replay_probe_notification")).as("side effects never run again on replay").isEqualTo(notificationsBefore);
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    void every_view_rebuilt_at_once_equals_the_live_view_and_a_failing_view_does_not_hold_up_the_others() {
        CareJourney parked = journey();
        CareJourney stopsTheReplay = journey();
        drive(parked);
        drive(stopsTheReplay);
        drive(journey());
        allViewsCaughtUp();
        Map<String, List<Map<String, Object>>> live = snapshot();

        List<RebuildReport> reports = rebuilds.rebuildAll();
        assertThat(reports).extracting(RebuildReport::processingGroup)
                .containsExactlyInAnyOrderElementsOf(views.stream().map(ViewDefinition::processingGroup).toList());
        Map<String, List<Map<String, Object>>> rebuilt = snapshot();
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).isEqualTo(rows));

        // a streaming view that fails for one person parks her events and still finishes; a
        // subscribing view whose replay stops fails alone: every other view is rebuilt in full
        ProbeViews.failFor = parked.careRecordId();
        ProbeViews.replayFailFor = stopsTheReplay.careRecordId();
        try {
            assertThatThrownBy(rebuilds::rebuildAll)
                    .isInstanceOfSatisfying(RebuildFailedException.class, failed -> {
                        assertThat(failed.failures()).containsOnlyKeys(ProbeViews.REPLAY_PROBE);
                        assertThat(failed.rebuilt()).extracting(RebuildReport::processingGroup)
                                .containsExactlyInAnyOrderElementsOf(views.stream().map(ViewDefinition::processingGroup)
                                        .filter(group -> !group.equals(ProbeViews.REPLAY_PROBE)).toList());
                    })
                    .hasMessageContaining("'" + ProbeViews.REPLAY_PROBE + "'")
                    .hasMessageContaining("replay probe fault");
            Map<String, List<Map<String, Object>>> afterFailure = snapshot();
            live.forEach((table, rows) -> {
                if (!table.equals("replay_probe") && !table.equals("dead_letter_probe")) {
                    assertThat(afterFailure.get(table)).as(table).isEqualTo(rows);
                }
            });
            int accepted = CareJourney.EVENTS.indexOf("ReferralAccepted");
            assertThat(probeRows(parked.careRecordId()))
                    .containsExactlyElementsOf(CareJourney.EVENTS.subList(0, accepted));
            assertThat(operations.status(ProbeViews.DEAD_LETTER_PROBE).deadLetters())
                    .isEqualTo(CareJourney.EVENTS.size() - accepted);
            assertThat(operations.views()).allSatisfy(status -> {
                assertThat(status.running()).as(status.processingGroup()).isTrue();
                assertThat(status.error()).as(status.processingGroup()).isNull();
            });
        } finally {
            ProbeViews.failFor = null;
            ProbeViews.replayFailFor = null;
        }

        // the faults fixed, the operator retries the parked events and rebuilds the failed view
        letters.retryDeadLetters(ProbeViews.DEAD_LETTER_PROBE);
        rebuilds.rebuild(ProbeViews.REPLAY_PROBE);
        assertThat(snapshot()).isEqualTo(live);
    }

    @Test
    void the_operators_rebuild_command_rebuilds_the_named_view_and_all_of_them() {
        drive(journey());
        allViewsCaughtUp();
        List<Map<String, Object>> ownRecord = snapshot().get("own_record_entry");

        new RebuildViewsCommand(rebuilds, context, "own-record", false).run(new DefaultApplicationArguments());
        assertThat(snapshot().get("own_record_entry")).isEqualTo(ownRecord);

        Map<String, List<Map<String, Object>>> live = snapshot();
        new RebuildViewsCommand(rebuilds, context, "all", false).run(new DefaultApplicationArguments());
        assertThat(snapshot()).isEqualTo(live);
        assertThat(operations.views()).allSatisfy(status -> {
            assertThat(status.running()).as(status.processingGroup()).isTrue();
            assertThat(status.error()).as(status.processingGroup()).isNull();
        });
    }

    @Test
    void a_fault_for_one_person_parks_her_events_others_continue_and_the_operator_retries_them() {
        CareJourney poisoned = journey();
        CareJourney other = journey();
        ProbeViews.failFor = poisoned.careRecordId();
        try {
            drive(poisoned);
            drive(other);
            operations.awaitCaughtUp(ProbeViews.DEAD_LETTER_PROBE, CATCH_UP);

            // the other person's events all went through; hers stopped at the fault, and the failed
            // handler's own write went with it (else the retry below would meet a duplicate row)
            assertThat(probeRows(other.careRecordId())).containsExactlyElementsOf(CareJourney.EVENTS);
            int accepted = CareJourney.EVENTS.indexOf("ReferralAccepted");
            assertThat(probeRows(poisoned.careRecordId())).containsExactlyElementsOf(CareJourney.EVENTS.subList(0, accepted));

            // the operator sees her queue: the failing event first, the rest waiting behind it
            DeadLetterPage page = letters.deadLetters(ProbeViews.DEAD_LETTER_PROBE, 0, 100);
            assertThat(page.total()).isEqualTo(CareJourney.EVENTS.size() - accepted);
            assertThat(page.deadLetters()).extracting(DeadLetterEntry::sequenceIdentifier)
                    .containsOnly(poisoned.careRecordId().toString());
            assertThat(page.deadLetters().get(0).eventType()).endsWith("ReferralAccepted");
            assertThat(page.deadLetters().get(0).causeMessage()).contains("probe fault");
            assertThat(page.deadLetters()).extracting(DeadLetterEntry::indexInSequence).isSorted();
            assertThat(letters.deadLetters(ProbeViews.DEAD_LETTER_PROBE, 1, 5).deadLetters()).hasSize(5);
            assertThat(operations.status(ProbeViews.DEAD_LETTER_PROBE).deadLetters()).isEqualTo(page.total());

            // retrying while the fault is still there changes nothing
            RetryReport stillFailing = letters.retryDeadLetters(ProbeViews.DEAD_LETTER_PROBE);
            assertThat(stillFailing.sequencesRetried()).isZero();
            assertThat(stillFailing.stillDead()).isEqualTo(page.total());

            // the same from the command line of a stopped application: the list names her record and
            // the cause, one line per parked event; a retry that leaves events parked exits 1
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            assertThat(new DeadLettersCommand(letters, context, ProbeViews.DEAD_LETTER_PROBE, false,
                    new PrintStream(printed, true, StandardCharsets.UTF_8)).execute()).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains(page.total() + " dead letter(s)")
                    .contains(poisoned.careRecordId() + "\t" + page.deadLetters().get(0).indexInSequence()
                            + "\t" + page.deadLetters().get(0).eventType() + "\t" + accepted + "\t")
                    .contains("probe fault")
                    .doesNotContain(poisoned.nhsNumber());
            assertThat(printed.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith(poisoned.careRecordId().toString())))
                    .hasSize((int) page.total());
            assertThat(new RetryDeadLettersCommand(letters, context, ProbeViews.DEAD_LETTER_PROBE, false).execute())
                    .as("events are still parked").isEqualTo(1);
            assertThat(new DeadLettersCommand(letters, context, "no-such-view", false,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).execute()).isEqualTo(1);
            assertThat(letters.deadLetters(ProbeViews.DEAD_LETTER_PROBE, 0, 1).deadLetters().get(0).retries())
                    .as("two retries failed").isEqualTo(2);

            // the fault is cleared; the retry hands her events over, in order, and the queue empties
            ProbeViews.failFor = null;
            RetryReport retried = letters.retryDeadLetters(ProbeViews.DEAD_LETTER_PROBE);
            assertThat(retried.sequencesRetried()).isEqualTo(1);
            assertThat(new RetryDeadLettersCommand(letters, context, ProbeViews.DEAD_LETTER_PROBE, false).execute())
                    .as("nothing left parked").isZero();
            assertThat(retried.stillDead()).isZero();
            assertThat(probeRows(poisoned.careRecordId())).containsExactlyElementsOf(CareJourney.EVENTS);
            assertThat(letters.deadLetters(ProbeViews.DEAD_LETTER_PROBE, 0, 100).deadLetters()).isEmpty();
        } finally {
            ProbeViews.failFor = null;
        }
    }

    private List<String> probeRows(UUID careRecordId) {
        return ProbeViews.probeRows(jdbc, careRecordId);
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
}
