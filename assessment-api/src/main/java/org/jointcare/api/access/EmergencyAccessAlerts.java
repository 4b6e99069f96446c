package org.jointcare.api.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Alerts for the privacy officer: one for every emergency access recorded on a care record. */
@Repository
public class EmergencyAccessAlerts {

    public record Alert(
            long id,
            Instant raisedAt,
            UUID careRecordId,
            UUID accessId,
            String userId,
            String role,
            String organisationCode,
            String reason,
            Instant expiresAt,
            String correlationId) {
    }

    private static final RowMapper<Alert> ALERT = (rs, row) -> new Alert(
            rs.getLong("id"),
            rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
            UUID.fromString(rs.getString("care_record_id")),
            UUID.fromString(rs.getString("access_id")),
            rs.getString("user_id"),
            rs.getString("user_role"),
            rs.getString("organisation_code"),
            rs.getString("reason"),
            rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
            rs.getString("correlation_id"));

    private final NamedParameterJdbcTemplate jdbc;

    public EmergencyAccessAlerts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void raise(Instant at, UUID careRecordId, UUID accessId, String userId, String role, String organisationCode,
                      String reason, Instant expiresAt, String correlationId) {
        jdbc.update("""
                INSERT INTO emergency_access_alert (raised_at, care_record_id, access_id, user_id, user_role,
                                                    organisation_code, reason, expires_at, correlation_id)
                VALUES (:at, :person, :access, :user, :role, :org, :reason, :expires, :correlation)
                """, new MapSqlParameterSource()
                .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .addValue("person", careRecordId.toString())
                .addValue("access", accessId.toString())
                .addValue("user", userId)
                .addValue("role", role)
                .addValue("org", organisationCode)
                .addValue("reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .addValue("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .addValue("correlation", correlationId));
    }

    /** Newest first, optionally only those raised from a given moment. */
    public List<Alert> list(Instant since, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("limit", size).addValue("offset", (long) page * size);
        String where = "";
        if (since != null) {
            where = " WHERE raised_at >= :since";
            params.addValue("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        return jdbc.query("SELECT * FROM emergency_access_alert" + where
                + " ORDER BY raised_at DESC, id DESC LIMIT :limit OFFSET :offset", params, ALERT);
    }
}
