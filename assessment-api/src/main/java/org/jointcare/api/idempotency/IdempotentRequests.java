package org.jointcare.api.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The requests sent with an Idempotency-Key, one row per user and key. Claiming a key is an
 * insert: the database's unique key decides which of two racing requests runs; the other finds
 * the row and waits for its stored response.
 */
@Repository
public class IdempotentRequests {

    public enum State { IN_PROGRESS, COMPLETED }

    public record Stored(String fingerprint, State state, Integer status, String headers, String body) {
    }

    private final JdbcTemplate jdbc;

    public IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true if this request now owns the key; false if another request already had it */
    public boolean claim(String userId, String key, String fingerprint, Instant at) {
        try {
            jdbc.update("INSERT INTO idempotent_request (user_id, idempotency_key, fingerprint, state, created_at)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    userId, key, fingerprint, State.IN_PROGRESS.name(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    public Optional<Stored> find(String userId, String key) {
        List<Stored> found = jdbc.query("SELECT fingerprint, state, response_status, response_headers, response_body"
                        + " FROM idempotent_request WHERE user_id = ? AND idempotency_key = ?",
                (rs, row) -> new Stored(rs.getString("fingerprint"), State.valueOf(rs.getString("state")),
                        (Integer) rs.getObject("response_status"), rs.getString("response_headers"),
                        rs.getString("response_body")),
                userId, key);
        return found.stream().findFirst();
    }

    public void complete(String userId, String key, int status, String headers, String body) {
        jdbc.update("UPDATE idempotent_request SET state = ?, response_status = ?, response_headers = ?, response_body = ?"
                        + " WHERE user_id = ? AND idempotency_key = ?",
                State.COMPLETED.name(), status, headers, body, userId, key);
    }

    /** Lets the key be used again when the request it guarded failed on our side and changed nothing we answered. */
    public void release(String userId, String key) {
        jdbc.update("DELETE FROM idempotent_request WHERE user_id = ? AND idempotency_key = ? AND state = ?",
                userId, key, State.IN_PROGRESS.name());
    }

    /** Keys are kept for a day; older ones may be reused. */
    public int forgetOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?",
                OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }
}
