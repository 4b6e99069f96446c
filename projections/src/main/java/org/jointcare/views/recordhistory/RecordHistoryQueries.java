package org.jointcare.views.recordhistory;

import static org.jointcare.views.recordhistory.RecordHistoryProjection.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Role;
import org.jointcare.views.CareRecordState;
import org.jointcare.views.Timestamps;
import org.jointcare.views.ViewPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers from the history rows the record history (oldest first), the shared case history
 * (newest first) and the record "as at" an instant, folded from the events kept in the rows.
 */
@Component
public class RecordHistoryQueries {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;

    public RecordHistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @QueryHandler
    public RecordHistory handle(FindRecordHistory query) {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        String id = query.careRecordId().toString();
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM record_history_event WHERE care_record_id = ?", Long.class, id);
        List<HistoryEntry> entries = jdbc.query(
                "SELECT sequence_number, occurred_at, event_type, by_user, by_role, by_organisation, what, clinical_detail"
                        + " FROM record_history_event WHERE care_record_id = ? ORDER BY sequence_number LIMIT ? OFFSET ?",
                (rs, row) -> new HistoryEntry(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        Role.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)),
                id, size, (long) page * size);
        return new RecordHistory(query.careRecordId(), page, size, total == null ? 0 : total, entries);
    }

    /** The same rows as {@link FindRecordHistory}, newest first, in the shared case history's shape. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage handle(SharedCaseHistoryQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", query.careRecordId().toString());
        return ViewPage.select(namedJdbc, "h.*", "FROM record_history_event h WHERE h.care_record_id = :id",
                "h.sequence_number DESC", params, query.paging(), (rs, row) -> new TimelineEntry(
                        UUID.fromString(rs.getString("care_record_id")), rs.getLong("sequence_number"),
                        Timestamps.read(rs, "occurred_at"), rs.getString("by_user"), Role.valueOf(rs.getString("by_role")),
                        rs.getString("by_organisation"), rs.getString("event_type"), rs.getString("what"),
                        rs.getString("clinical_detail")));
    }

    @QueryHandler
    public RecordAsAt handle(FindRecordAsAt query) {
        UUID id = query.careRecordId();
        CareRecordState state = new CareRecordState(id);
        long[] last = {-1};
        jdbc.query("SELECT sequence_number, payload_type, payload FROM record_history_event"
                        + " WHERE care_record_id = ? AND occurred_at <= ? ORDER BY sequence_number",
                rs -> {
                    last[0] = rs.getLong(1);
                    state.apply(fromJson(rs.getString(2), rs.getString(3)));
                },
                id.toString(), OffsetDateTime.ofInstant(query.asAt(), ZoneOffset.UTC));
        return new RecordAsAt(id, query.asAt(), state.eventsApplied(), last[0], state.nhsNumber(), state.person(),
                state.nursingTeamCode(), state.consent(), state.referrals(), state.assessments(),
                state.packageInForce().orElse(null), state.packages(), state.openAdmission().orElse(null),
                state.hospitalStays(), state.outstandingReview().orElse(null), state.completedReviews(),
                state.closed(), state.closureReason());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static CareRecordEvent fromJson(String type, String payload) {
        try {
            Class<?> eventType = Class.forName(type, false, RecordHistoryQueries.class.getClassLoader());
            if (!CareRecordEvent.class.isAssignableFrom(eventType)) {
                throw new IllegalStateException(type + " is not a care record event");
            }
            return (CareRecordEvent) JSON.readValue(payload, eventType);
        } catch (ClassNotFoundException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a history row of type " + type, e);
        }
    }
}
