package org.jointcare.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.jointcare.views.clientleveldata.ClientLevelDataProjection;
import org.jointcare.views.commissioning.CommissioningProjection;
import org.jointcare.views.ownrecord.OwnRecordProjection;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.HalfAYearOfCare;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The views that keep each person's record ({@link KeptCareRecordStates}) fold a person's events in
 * memory within a transaction and write the record once before it commits. Played as a streaming
 * processor plays them (batches in transactions, each handler in a savepoint), they must leave every
 * table exactly as one event at a time does, whatever the batch size, rebuilt or redelivered, and a
 * handler that fails must take its fold back with its rows.
 */
class KeptStatesInTransactionsTest {

    private static final String[] TABLES = {"own_record_entry", "own_record", "own_record_state",
            "commissioning_figure", "commissioning_record_state", "cld_row", "cld_record_state"};

    private final EventLog log = new EventLog();
    private final List<CareRecordStory> people = HalfAYearOfCare.tell(log, 20261206);

    private static ViewHarness keepingViews() {
        ViewHarness view = new ViewHarness();
        return view.handlers(new OwnRecordProjection(view.jdbc()), new CommissioningProjection(view.jdbc()),
                new ClientLevelDataProjection(view.jdbc()));
    }

    private Map<String, List<String>> tables(ViewHarness view) {
        Map<String, List<String>> rows = new HashMap<>();
        for (String table : TABLES) {
            rows.put(table, view.rowsInFullOrder(table));
        }
        return rows;
    }

    @Test
    void inBatchesOfAnySizeRebuiltOrRedeliveredTheTablesAreThoseOfOneEventAtATime() {
        ViewHarness oneAtATime = keepingViews().play(log);
        Map<String, List<String>> expected = tables(oneAtATime);
        assertThat(expected.get("own_record_state")).hasSizeGreaterThan(10);
        assertThat(expected.get("cld_row")).isNotEmpty();

        for (int batchSize : new int[] {1, 13, 100_000}) {
            ViewHarness batched = keepingViews();
            assertThat(batched.playInTransactions(log, batchSize, message -> false)).isEmpty();
            assertThat(tables(batched)).as("batches of %d", batchSize).isEqualTo(expected);
            if (batchSize != 13) {
                continue;
            }
            // a redelivered stretch of events (a batch applied again after its commit was lost) changes nothing
            assertThat(batched.handleInTransactions(log.messages(), batchSize, message -> false)).isEmpty();
            assertThat(tables(batched)).as("redelivered in batches of %d", batchSize).isEqualTo(expected);

            // a rebuild: the reset empties the tables (and what a transaction keeps), the replay fills them again
            batched.reset();
            assertThat(batched.handleInTransactions(log.messages(), batchSize, message -> false)).isEmpty();
            assertThat(tables(batched)).as("rebuilt in batches of %d", batchSize).isEqualTo(expected);
        }
    }

    @Test
    void aHandlerThatFailsTakesItsFoldBackWithItsRowsAndItsEventIsAppliedOnceWhenRetried() {
        Map<String, List<String>> expected = tables(keepingViews().play(log));

        // the last event of every third person fails after the views handled it, in the middle of batches
        Map<UUID, DomainEventMessage<?>> last = new HashMap<>();
        log.messages().forEach(message -> last.put(UUID.fromString(message.getAggregateIdentifier()), message));
        Set<String> failing = new java.util.HashSet<>();
        for (int i = 0; i < people.size(); i += 3) {
            failing.add(last.get(people.get(i).id()).getIdentifier());
        }
        ViewHarness batched = keepingViews();
        List<DomainEventMessage<?>> parked = batched.playInTransactions(log, 50, message -> failing.contains(message.getIdentifier()));
        assertThat(parked).hasSize(failing.size());
        assertThat(tables(batched)).isNotEqualTo(expected);

        // the parked events retried (handed again; the views had not kept them), then the whole log redelivered
        assertThat(batched.handleInTransactions(parked, 50, message -> false)).isEmpty();
        assertThat(tables(batched)).isEqualTo(expected);
        assertThat(batched.handleInTransactions(log.messages(), 50, message -> false)).isEmpty();
        assertThat(tables(batched)).isEqualTo(expected);
    }

    @Test
    void aTransactionThatRollsBackLeavesNothingKeptAndTheNextReadsTheTable() {
        ViewHarness view = new ViewHarness();
        KeptCareRecordStates kept = new KeptCareRecordStates(view.jdbc(), "own_record_state");
        List<DomainEventMessage<?>> mary = log.messages().stream()
                .filter(m -> m.getAggregateIdentifier().equals(people.get(0).id().toString())).toList();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(view.jdbc().getDataSource()));

        transaction.executeWithoutResult(status -> {
            kept.fold((org.jointcare.carerecord.CareRecordEvent) mary.get(0).getPayload(), 0).orElseThrow();
            kept.fold((org.jointcare.carerecord.CareRecordEvent) mary.get(1).getPayload(), 1).orElseThrow();
            // not written until the commit
            assertThat(view.count("own_record_state")).isZero();
        });
        assertThat(view.jdbc().queryForObject("SELECT sequence_number FROM own_record_state", Long.class)).isEqualTo(1L);

        try {
            transaction.executeWithoutResult(status -> {
                kept.fold((org.jointcare.carerecord.CareRecordEvent) mary.get(2).getPayload(), 2).orElseThrow();
                throw new IllegalStateException("the batch fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(view.jdbc().queryForObject("SELECT sequence_number FROM own_record_state", Long.class)).isEqualTo(1L);

        // the batch again: event 2 is not taken for a redelivery, since nothing of the rolled-back transaction was kept
        List<KeptCareRecordStates.Step> steps = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            kept.fold((org.jointcare.carerecord.CareRecordEvent) mary.get(1).getPayload(), 1).ifPresent(steps::add);
            kept.fold((org.jointcare.carerecord.CareRecordEvent) mary.get(2).getPayload(), 2).ifPresent(steps::add);
        });
        assertThat(steps).hasSize(1);
        List<org.jointcare.carerecord.CareRecordEvent> events = mary.stream()
                .map(m -> (org.jointcare.carerecord.CareRecordEvent) m.getPayload()).collect(Collectors.toList());
        assertThat(steps.get(0).before().snapshot()).isEqualTo(CareRecordState.of(people.get(0).id(), events.subList(0, 2)).snapshot());
        assertThat(steps.get(0).after().snapshot()).isEqualTo(CareRecordState.of(people.get(0).id(), events.subList(0, 3)).snapshot());
        assertThat(view.jdbc().queryForObject("SELECT sequence_number FROM own_record_state", Long.class)).isEqualTo(2L);
    }
}
