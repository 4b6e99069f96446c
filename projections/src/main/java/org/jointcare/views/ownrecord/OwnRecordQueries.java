package org.jointcare.views.ownrecord;

import static org.jointcare.views.ownrecord.PlainWords.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jointcare.carerecord.CareCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the person's own record from its rows; what is due is worded on the day of asking. */
@Component
public class OwnRecordQueries {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OwnRecordQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<OwnRecord> handle(FindOwnRecord query) {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        String id = query.careRecordId().toString();
        LocalDate today = LocalDate.now(clock.withZone(CareCalendar.ZONE));
        List<OwnRecord> found = jdbc.query(
                "SELECT name, about_you, consent_text, package_text, hospital_text, review_due_from, review_due_by, closed_text"
                        + " FROM own_record WHERE care_record_id = ?",
                (rs, row) -> {
                    List<String> now = new ArrayList<>();
                    addIfPresent(now, rs.getString(8));
                    addIfPresent(now, rs.getString(3));
                    addIfPresent(now, rs.getString(4));
                    addIfPresent(now, rs.getString(5));
                    LocalDate dueFrom = rs.getObject(6, LocalDate.class);
                    LocalDate dueBy = rs.getObject(7, LocalDate.class);
                    if (dueBy != null) {
                        now.add(review(dueFrom, dueBy, today));
                    }
                    return new OwnRecord(query.careRecordId(), rs.getString(1), rs.getString(2), now, page, size, 0, List.of());
                },
                id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // a reader not entitled to clinical detail does not get those lines, nor count them
        String lines = "FROM own_record_entry WHERE care_record_id = ?" + (query.withClinicalDetail() ? "" : " AND clinical = FALSE");
        Long total = jdbc.queryForObject("SELECT COUNT(*) " + lines, Long.class, id);
        List<OwnRecordEntry> entries = jdbc.query(
                "SELECT happened_on, heading, text, clinical " + lines + " ORDER BY sequence_number DESC, line_no LIMIT ? OFFSET ?",
                (rs, row) -> new OwnRecordEntry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)),
                id, size, (long) page * size);
        OwnRecord record = found.get(0);
        return Optional.of(new OwnRecord(record.careRecordId(), record.name(), record.aboutYou(), record.yourCareNow(),
                page, size, total == null ? 0 : total, entries));
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null) {
            lines.add(line);
        }
    }

    /** Worded when asked, because "overdue" depends on today. */
    static String review(LocalDate dueFrom, LocalDate dueBy, LocalDate today) {
        if (today.isAfter(dueBy)) {
            return "Your care was due to be reviewed by " + date(dueBy) + " and this has not happened yet."
                    + " Your linkworker should be in touch; you can also ask them for it.";
        }
        return "Your care will be reviewed with you between " + date(dueFrom) + " and " + date(dueBy) + ".";
    }
}
