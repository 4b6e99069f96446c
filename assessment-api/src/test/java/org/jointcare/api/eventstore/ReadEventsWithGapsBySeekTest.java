package org.jointcare.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seek form of the tracking query with gaps returns exactly what Axon's default returns, row
 * for row and in order, and H2 answers it by seeking rather than by reading the whole store.
 * Runs on the application's own table definition (its H2 migration);
 * {@link ReadEventsWithGapsBySeekOnPostgresTest} runs the same on PostgreSQL's.
 */
class ReadEventsWithGapsBySeekTest {

    private static final EventSchema SCHEMA = new EventSchema();
    private static final int STORED_UP_TO = 400;

    private Connection connection;
    private final TreeSet<Long> stored = new TreeSet<>();

    @BeforeEach
    void storeWithHoles() throws SQLException {
        connection = emptyEventStore();
        // about one position in six left empty: events whose transactions have not committed yet
        // (or rolled back), which is what puts gaps into a tracking token
        Random random = new Random(20261123);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (globalIndex, "
                + "aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload, payloadRevision, "
                + "payloadType, timeStamp) VALUES (?, ?, ?, 'CareRecord', ?, ?, ?, NULL, 'java.lang.String', ?)")) {
            for (long index = 1; index <= STORED_UP_TO; index++) {
                if (random.nextInt(6) == 0) {
                    continue;
                }
                insert.setLong(1, index);
                insert.setString(2, "record-" + index % 7);
                insert.setLong(3, index);
                insert.setString(4, UUID.randomUUID().toString());
                insert.setBytes(5, "{}".getBytes());
                insert.setBytes(6, ("\"event " + index + "\"").getBytes());
                insert.setString(7, "2026-11-23T12:00:00Z");
                insert.executeUpdate();
                stored.add(index);
            }
        }
    }

    /** A connection to a database holding the application's event table, empty. */
    protected Connection emptyEventStore() throws SQLException {
        Connection h2 = DriverManager.getConnection("jdbc:h2:mem:gaps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Statement ddl = h2.createStatement()) {
            ddl.execute("RUNSCRIPT FROM 'classpath:/db/migration/h2/V1_1__axon_event_store.sql'");
        }
        return h2;
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void returnsExactlyWhatAxonsDefaultReturnsInTheSameOrder() throws SQLException {
        Random random = new Random(5);
        int withRowsFromBothParts = 0;
        for (int round = 0; round < 600; round++) {
            long index = 1 + random.nextInt(STORED_UP_TO + 20);
            int batchSize = new int[] {1, 3, 10, 100}[random.nextInt(4)];
            // gaps are always below the token's index: stored positions (committed late) and empty ones
            TreeSet<Long> gaps = new TreeSet<>();
            int wanted = 1 + random.nextInt(12);
            while (gaps.size() < Math.min(wanted, index - 1)) {
                gaps.add(Math.max(1, index - 1 - random.nextInt((int) Math.min(index - 1, 60))));
            }
            if (gaps.isEmpty()) {
                continue;
            }
            List<Long> gapList = new ArrayList<>(gaps);
            List<String> expected = rows(JdbcEventStorageEngineStatements.readEventDataWithGaps(
                    connection, SCHEMA, index, batchSize, gapList));
            List<String> actual = rows(new ReadEventsWithGapsBySeek().build(connection, SCHEMA, index, batchSize, gapList));
            assertThat(actual).as("index %d, batch %d, gaps %s", index, batchSize, gapList).isEqualTo(expected);
            boolean gapRow = gaps.stream().anyMatch(stored::contains);
            boolean rangeRow = !stored.subSet(index, false, index + batchSize, true).isEmpty();
            if (gapRow && rangeRow) {
                withRowsFromBothParts++;
            }
        }
        assertThat(withRowsFromBothParts).as("cases where both the gaps and the range found events").isGreaterThan(100);
    }

    @Test
    void withoutGapsItIsTheRangeQuery() throws SQLException {
        List<String> expected = rows(JdbcEventStorageEngineStatements.readEventDataWithoutGaps(connection, SCHEMA, 50, 20));
        List<String> actual = rows(new ReadEventsWithGapsBySeek().build(connection, SCHEMA, 50, 20, List.of()));
        assertThat(actual).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void h2SeeksThePrimaryKeyInsteadOfReadingTheWholeStore() throws SQLException {
        List<Long> gaps = List.of(stored.lower(300L), stored.lower(stored.lower(300L)), 290L);
        int axonsDefault = rowsRead(c -> JdbcEventStorageEngineStatements.readEventDataWithGaps(c, SCHEMA, 300, 10, gaps));
        int seek = rowsRead(c -> new ReadEventsWithGapsBySeek().build(c, SCHEMA, 300, 10, gaps));
        // the default reads every stored row (~330); the seek form about the 13 positions it asks
        // for (H2 also counts the row that ends each range)
        assertThat(axonsDefault).isGreaterThanOrEqualTo(stored.size());
        assertThat(seek).isLessThanOrEqualTo(2 * (10 + gaps.size()));
    }

    private static List<String> rows(PreparedStatement statement) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (statement; ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    row.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** H2's own count of rows the query read: its {@code EXPLAIN ANALYZE} (scanCount, summed over the parts). */
    private int rowsRead(Builder builder) throws SQLException {
        // the builder prepares and binds its statement on a connection that puts EXPLAIN ANALYZE in front
        Connection explaining = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args.length == 1) {
                        return connection.prepareStatement("EXPLAIN ANALYZE " + args[0]);
                    }
                    return method.invoke(connection, args);
                });
        int read = 0;
        try (PreparedStatement explain = builder.build(explaining); ResultSet plan = explain.executeQuery()) {
            plan.next();
            Matcher scans = Pattern.compile("scanCount: (\\d+)").matcher(plan.getString(1));
            while (scans.find()) {
                read += Integer.parseInt(scans.group(1));
            }
        }
        return read;
    }

    private interface Builder {
        PreparedStatement build(Connection connection) throws SQLException;
    }
}
