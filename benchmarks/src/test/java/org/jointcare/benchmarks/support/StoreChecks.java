package org.jointcare.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jointcare.benchmarks.support.HttpJourney.AcknowledgedWrite;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewDeadLetters;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatuses;
import org.springframework.jdbc.core.JdbcTemplate;

/** What must hold of a store after a fault: nothing acknowledged lost, nothing half-written, views equal to a replay. */
public final class StoreChecks {

    private StoreChecks() {
    }

    /** Every write answered 2xx left the event its version names. */
    public static void everyAcknowledgedWriteIsStored(JdbcTemplate jdbc, Collection<AcknowledgedWrite> acknowledged) {
        Map<String, Long> highest = new TreeMap<>();
        jdbc.query("SELECT aggregateIdentifier, MAX(sequenceNumber) FROM DomainEventEntry GROUP BY aggregateIdentifier",
                rs -> {
                    highest.put(rs.getString(1), rs.getLong(2));
                });
        List<AcknowledgedWrite> lost = acknowledged.stream()
                .filter(w -> highest.getOrDefault(w.careRecordId().toString(), -1L) < w.version())
                .toList();
        assertThat(lost).as("writes answered 2xx whose events are not in the store").isEmpty();
    }

    /** Each person's events are numbered 0..n-1 with no gap and no repeat. */
    public static void everySequenceIsGapFree(JdbcTemplate jdbc) {
        List<String> gaps = jdbc.query("SELECT aggregateIdentifier, MIN(sequenceNumber), MAX(sequenceNumber), COUNT(*) "
                        + "FROM DomainEventEntry GROUP BY aggregateIdentifier HAVING MIN(sequenceNumber) <> 0 OR MAX(sequenceNumber) + 1 <> COUNT(*)",
                (rs, n) -> rs.getString(1) + " min " + rs.getLong(2) + " max " + rs.getLong(3) + " count " + rs.getLong(4));
        assertThat(gaps).as("people whose event sequence has a gap").isEmpty();
    }

    /**
     * No stored event carries text a view could not store on every supported database (PostgreSQL
     * refuses NUL in a text column): every text value of every payload, at any depth, is checked.
     */
    public static void noStoredEventCarriesUnstorableText(JdbcTemplate jdbc) {
        List<String> unstorable = new ArrayList<>();
        jdbc.query("SELECT aggregateIdentifier, sequenceNumber, payload FROM DomainEventEntry", rs -> {
            try {
                collectUnstorable(JSON.readTree(rs.getBytes(3)), rs.getString(1) + "#" + rs.getLong(2), unstorable);
            } catch (java.io.IOException e) {
                unstorable.add(rs.getString(1) + "#" + rs.getLong(2) + " is not JSON");
            }
        });
        assertThat(unstorable).as("stored events with text no view could store").isEmpty();
    }

    private static void collectUnstorable(com.fasterxml.jackson.databind.JsonNode node, String where, List<String> found) {
        if (node.isTextual() && org.jointcare.carerecord.StorableText.firstUnstorable(node.asText()) >= 0) {
            found.add(where);
        }
        node.fields().forEachRemaining(field -> collectUnstorable(field.getValue(), where + "." + field.getKey(), found));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnstorable(node.get(i), where + "[" + i + "]", found);
            }
        }
    }

    /**
     * A command's events and side rows are all there or none are: an NHS number claim exists
     * exactly for each registration that carries one, a package arranged is followed by its first
     * review, a discharge by its notice.
     */
    public static void noCommandIsHalfApplied(JdbcTemplate jdbc) {
        Long claimsWithoutRegistration = jdbc.queryForObject("SELECT COUNT(*) FROM nhs_number_claim c WHERE NOT EXISTS ("
                + "SELECT 1 FROM DomainEventEntry e WHERE e.aggregateIdentifier = c.care_record_id AND e.sequenceNumber = 0)", Long.class);
        assertThat(claimsWithoutRegistration).as("NHS number claims without the registration that made them").isZero();
        for (String[] pair : List.of(
                new String[] {"org.jointcare.carerecord.carepackage.CarePackageArranged", "org.jointcare.carerecord.review.ReviewScheduled"},
                new String[] {"org.jointcare.carerecord.hospital.PersonDischargedFromHospital", "org.jointcare.carerecord.hospital.DischargeNoticeRaised"})) {
            Long orphans = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry a WHERE a.payloadType = ? AND NOT EXISTS ("
                    + "SELECT 1 FROM DomainEventEntry b WHERE b.aggregateIdentifier = a.aggregateIdentifier "
                    + "AND b.sequenceNumber = a.sequenceNumber + 1 AND b.payloadType = ?)", Long.class, pair[0], pair[1]);
            assertThat(orphans).as(pair[0] + " without the " + pair[1] + " written by the same command").isZero();
        }
    }

    /** Waits for every streaming view, reads every view's rows, rebuilds all views and reads them again: they must match. */
    public static void viewsEqualAFullReplay(ViewStatuses statuses, ViewRebuilds rebuilds, ViewDeadLetters deadLetters,
                                             EventProcessingConfiguration processing, JdbcTemplate jdbc, Duration catchUp) {
        ViewReplay.awaitAll(statuses, catchUp);
        awaitNoStoredEventInAGap(statuses, processing, jdbc, catchUp);
        noEventIsParked(statuses, deadLetters);
        Map<String, List<String>> live = viewRows(statuses, jdbc);
        for (ViewDefinition view : statuses.definitions()) {
            ViewReplay.rebuild(rebuilds, view);
        }
        Map<String, List<String>> replayed = viewRows(statuses, jdbc);
        for (String table : live.keySet()) {
            assertThat(live.get(table)).as("view table " + table + " after the restart against a full replay")
                    .containsExactlyElementsOf(replayed.get(table));
        }
    }

    /** A parked event is a view that differs from the events: say which event and why before comparing rows. */
    private static void noEventIsParked(ViewStatuses operations, ViewDeadLetters deadLetters) {
        for (ViewDefinition view : operations.definitions()) {
            if (view.mode() == ViewDefinition.Mode.STREAMING) {
                assertThat(deadLetters.deadLetters(view.processingGroup(), 0, 20).deadLetters())
                        .as("events parked by view " + view.processingGroup()).isEmpty();
            }
        }
    }

    /**
     * A token's position is the highest index it has seen, not proof that it handled everything
     * below: after a kill -9, events whose transactions committed out of order sit in the token's
     * gaps until the processor fetches them. Caught up means no gap of any streaming view is an
     * event that is stored (the other gaps are transactions that never committed).
     */
    private static void awaitNoStoredEventInAGap(ViewStatuses operations, EventProcessingConfiguration processing,
                                                 JdbcTemplate jdbc, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ViewDefinition view : operations.definitions()) {
            if (view.mode() != ViewDefinition.Mode.STREAMING) {
                continue;
            }
            StreamingEventProcessor processor = processing.eventProcessor(view.processingGroup(), StreamingEventProcessor.class)
                    .orElseThrow();
            while (storedEventsInGaps(processor, jdbc) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("view " + view.processingGroup() + " still has stored events in its gaps after "
                            + timeout + ": " + processor.processingStatus());
                }
                JointCareProcess.sleep(50);
            }
        }
    }

    private static long storedEventsInGaps(StreamingEventProcessor processor, JdbcTemplate jdbc) {
        long stored = 0;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            List<Long> gaps = WrappedToken.unwrap(status.getTrackingToken(), GapAwareTrackingToken.class)
                    .map(token -> List.copyOf(token.getGaps())).orElse(List.of());
            if (!gaps.isEmpty()) {
                String in = gaps.stream().map(String::valueOf).collect(Collectors.joining(","));
                Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex IN (" + in + ")", Long.class);
                stored += count == null ? 0 : count;
            }
        }
        return stored;
    }

    static Map<String, List<String>> viewRows(ViewStatuses operations, JdbcTemplate jdbc) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (ViewDefinition view : operations.definitions()) {
            for (String table : view.tables()) {
                List<String> tableRows = new ArrayList<>(jdbc.query("SELECT * FROM " + table, (rs, n) -> {
                    int columns = rs.getMetaData().getColumnCount();
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        values.add(canonical(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                                : String.valueOf(value)));
                    }
                    return String.join("|", values);
                }));
                tableRows.sort(null);
                rows.put(table, tableRows);
            }
        }
        return rows;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * A JSON column with its arrays of plain values sorted. Events carry sets (a service's
     * {@code meetsNeeds}); a view that stores an event re-serialized writes a set in the order of
     * the JVM that handled it ({@code Set.of} orders by a per-JVM salt), so the same event reads
     * ["NUTRITION","PERSONAL_CARE"] live and ["PERSONAL_CARE","NUTRITION"] after a restart. That is
     * the same fact; docs/performance.md, "Findings", asks the view to store a stable order.
     */
    static String canonical(String value) {
        if (value == null || !value.startsWith("{")) {
            return value;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(value);
            sortScalarArrays(tree);
            return JSON.writeValueAsString(tree);
        } catch (java.io.IOException notJson) {
            return value;
        }
    }

    private static void sortScalarArrays(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            array.forEach(StoreChecks::sortScalarArrays);
            boolean scalars = true;
            for (com.fasterxml.jackson.databind.JsonNode element : array) {
                scalars &= element.isValueNode();
            }
            if (scalars) {
                List<com.fasterxml.jackson.databind.JsonNode> sorted = new ArrayList<>();
                array.forEach(sorted::add);
                sorted.sort(java.util.Comparator.comparing(com.fasterxml.jackson.databind.JsonNode::toString));
                array.removeAll();
                sorted.forEach(array::add);
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.forEach(StoreChecks::sortScalarArrays);
        }
    }

    public static String summary(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
