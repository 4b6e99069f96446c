package org.jointcare.api.access;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.security.AccessAction;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only record of who reached (or tried to reach) whose record, when, on what basis
 * and with what outcome. This class can only add rows and read them: there is deliberately no
 * way to change or remove one.
 * <p>
 * A row is committed before the call that adds it returns, so no answer ever goes out without its
 * row on disk. Rows of concurrent requests share one commit ({@link GroupCommit}): with
 * {@code WRITE_DELAY=0} every H2 commit writes a chunk to the file, and every read appends a row,
 * so one commit per request capped the whole API's rate (docs/performance.md, section 3). If that
 * shared commit fails, every request whose row was in it fails. Called inside a transaction (none
 * of the API's callers is today), the row is written in that transaction instead, so it commits or
 * rolls back with it.
 */
@Repository
public class AccessLog implements DisposableBean {

    /** How long a request waits for its row's commit before it fails. */
    static final Duration MAX_WAIT_FOR_COMMIT = Duration.ofSeconds(30);

    public enum Outcome { ALLOWED, REFUSED }

    public record Entry(
            long id,
            Instant occurredAt,
            String userId,
            String role,
            String organisationCode,
            UUID careRecordId,
            String action,
            String basis,
            Outcome outcome,
            String correlationId) {
    }

    /** One person a request reached or was refused, for {@link #appendAll}. */
    public record Attempt(UUID careRecordId, String basis, Outcome outcome) {
    }

    /** What to search for; null means any. */
    public record Criteria(UUID careRecordId, String userId, Instant from, Instant to, Outcome outcome) {
    }

    private static final RowMapper<Entry> ENTRY = (rs, row) -> new Entry(
            rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getString("user_id"),
            rs.getString("user_role"),
            rs.getString("organisation_code"),
            rs.getString("care_record_id") == null ? null : UUID.fromString(rs.getString("care_record_id")),
            rs.getString("action"),
            rs.getString("basis"),
            Outcome.valueOf(rs.getString("outcome")),
            rs.getString("correlation_id"));

    private static final String INSERT = """
            INSERT INTO access_log (occurred_at, user_id, user_role, organisation_code, care_record_id,
                                    action, basis, outcome, correlation_id)
            VALUES (:at, :user, :role, :org, :person, :action, :basis, :outcome, :correlation)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final GroupCommit<MapSqlParameterSource> commits;

    public AccessLog(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.commits = new GroupCommit<>("access-log-writer",
                rows -> transaction.executeWithoutResult(status ->
                        jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new))),
                MAX_WAIT_FOR_COMMIT);
    }

    /**
     * The row's action is the action's constant name (an endpoint's, as it always has been stored, so
     * rows written before and after read alike); {@code null} is a request for a path the table does not hold.
     */
    public void append(Instant at, String userId, String role, String organisationCode, UUID careRecordId,
                       AccessAction action, String basis, Outcome outcome, String correlationId) {
        store(List.of(row(at, userId, role, organisationCode, careRecordId, stored(action), basis, outcome,
                correlationId)));
    }

    static final String NOT_IN_TABLE = "ENDPOINT_NOT_IN_TABLE";

    private static String stored(AccessAction action) {
        return action == null ? NOT_IN_TABLE : action.name();
    }

    /** Returns once the rows are committed; throws {@link GroupCommit.NotStored} (an HTTP 500) if they are not. */
    private void store(List<MapSqlParameterSource> rows) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
        } else {
            commits.store(rows);
        }
    }

    /** Commits made for rows so far (fewer than rows when concurrent requests shared them). */
    long commits() {
        return commits.commits();
    }

    /** After the web server has stopped: rows already handed over are committed before the database closes. */
    @Override
    public void destroy() {
        commits.close();
    }

    private static MapSqlParameterSource row(Instant at, String userId, String role, String organisationCode,
                                             UUID careRecordId, String action, String basis, Outcome outcome,
                                             String correlationId) {
        return new MapSqlParameterSource()
                .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .addValue("user", userId)
                .addValue("role", role)
                .addValue("org", organisationCode)
                .addValue("person", careRecordId == null ? null : careRecordId.toString())
                .addValue("action", action)
                .addValue("basis", truncate(basis, 1000))
                .addValue("outcome", outcome.name())
                .addValue("correlation", correlationId);
    }

    /**
     * One row per person a single request touched (a list, a search), all with the same who, what,
     * when and correlation id, written in one batch.
     */
    public void appendAll(Instant at, String userId, String role, String organisationCode, AccessAction action,
                          List<Attempt> attempts, String correlationId) {
        if (attempts.isEmpty()) {
            return;
        }
        store(attempts.stream().map(attempt -> row(at, userId, role, organisationCode,
                attempt.careRecordId(), stored(action), attempt.basis(), attempt.outcome(), correlationId)).toList());
    }

    /** Newest first; ties broken by the order rows were written. */
    public List<Entry> search(Criteria criteria, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM access_log WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> clauses = new ArrayList<>();
        if (criteria.careRecordId() != null) {
            clauses.add(" AND care_record_id = :person");
            params.addValue("person", criteria.careRecordId().toString());
        }
        if (criteria.userId() != null) {
            clauses.add(" AND user_id = :user");
            params.addValue("user", criteria.userId());
        }
        if (criteria.from() != null) {
            clauses.add(" AND occurred_at >= :from");
            params.addValue("from", OffsetDateTime.ofInstant(criteria.from(), ZoneOffset.UTC));
        }
        if (criteria.to() != null) {
            clauses.add(" AND occurred_at < :to");
            params.addValue("to", OffsetDateTime.ofInstant(criteria.to(), ZoneOffset.UTC));
        }
        if (criteria.outcome() != null) {
            clauses.add(" AND outcome = :outcome");
            params.addValue("outcome", criteria.outcome().name());
        }
        clauses.forEach(sql::append);
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset");
        params.addValue("limit", size).addValue("offset", (long) page * size);
        return jdbc.query(sql.toString(), params, ENTRY);
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
