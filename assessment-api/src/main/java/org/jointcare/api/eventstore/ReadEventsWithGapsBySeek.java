package org.jointcare.api.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

/**
 * The tracking query for a token that carries gaps, written so that the database seeks the primary
 * key instead of scanning it.
 * <p>
 * Axon's default ({@link JdbcEventStorageEngineStatements#readEventDataWithGaps}) is
 * {@code WHERE (globalIndex > ? AND globalIndex <= ?) OR globalIndex IN (gaps) ORDER BY globalIndex}.
 * H2 cannot use one index range for an {@code OR} of a range and a list, so it walks the whole
 * primary key and tests every row: the cost grows with the store, and with concurrent writers a
 * token nearly always has a gap (commits finish out of order), so every poll of the event store's
 * producer took that path (docs/performance.md, section 3).
 * <p>
 * Here the range and the gap list are two selects, each answered by a primary-key seek, joined by
 * {@code UNION ALL} and ordered as before. The two parts never overlap: a gap-aware token's gaps
 * are always below its index (Axon's {@code GapAwareTrackingToken} refuses anything else), and the
 * range starts above it, so the union holds exactly the rows the default returns, in the same order
 * ({@code ReadEventsWithGapsBySeekTest} compares both). Plain SQL: the same on PostgreSQL.
 */
public final class ReadEventsWithGapsBySeek implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        if (gaps.isEmpty()) {
            return JdbcEventStorageEngineStatements.readEventDataWithoutGaps(connection, schema, globalIndex, batchSize);
        }
        String index = schema.globalIndexColumn();
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable();
        String sql = select + " WHERE " + index + " > ? AND " + index + " <= ?"
                + " UNION ALL "
                + select + " WHERE " + index + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")"
                + " ORDER BY " + index + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        // the same bounds as Axon's default: above the token, at most batchSize positions further
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }
}
