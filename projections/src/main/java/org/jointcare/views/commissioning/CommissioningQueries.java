package org.jointcare.views.commissioning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the commissioning figures and the areas that have them, small numbers suppressed. */
@Component
public class CommissioningQueries {

    static final int MAX_PAGE_SIZE = 200;

    /** Figures standing on fewer people or events than this are not shown. */
    public static final int SMALLEST_SHOWN = 5;

    private final JdbcTemplate jdbc;

    public CommissioningQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of an area and month. Every area's counts of the month are read, not only the
     * one asked for, because whether a figure may be shown depends on the figures beside it
     * ({@link ComplementarySuppression}): a hidden figure must not be the difference between a
     * total and the figures shown.
     */
    @QueryHandler
    public CommissioningFigures handle(FindCommissioningFigures query) {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        String month = query.month().toString();
        record Key(Measure measure, String category) {
        }
        Map<Key, Map<ComplementarySuppression.Area, Long>> cells = new TreeMap<>(
                Comparator.comparing((Key k) -> k.measure().name()).thenComparing(Key::category));
        Map<Key, Long> totals = new HashMap<>();
        ComplementarySuppression.Area asked = new ComplementarySuppression.Area(query.practiceCode(), query.locality());
        jdbc.query("SELECT practice_code, locality, measure, category, SUM(people), SUM(total) FROM commissioning_figure"
                        + " WHERE (kind = 'FLOW' AND uk_month = ?) OR (kind = 'STOCK' AND uk_month <= ?)"
                        + " GROUP BY practice_code, locality, measure, category",
                rs -> {
                    Key key = new Key(Measure.valueOf(rs.getString(3)), rs.getString(4));
                    String practice = rs.getString(1);
                    String locality = rs.getString(2);
                    cells.computeIfAbsent(key, k -> new HashMap<>())
                            .put(new ComplementarySuppression.Area(practice, locality), rs.getLong(5));
                    if ((asked.practiceCode() == null || asked.practiceCode().equals(practice))
                            && (asked.locality() == null || asked.locality().equals(locality))) {
                        totals.merge(key, rs.getLong(6), Long::sum);
                    }
                }, month, month);
        List<CommissioningFigure> shown = new ArrayList<>();
        cells.forEach((key, byArea) -> {
            ComplementarySuppression suppression = new ComplementarySuppression(byArea);
            long count = suppression.count(asked);
            if (count == 0) {
                return;
            }
            shown.add(suppression.hidden(asked)
                    ? new CommissioningFigure(key.measure(), key.category(), null, null, true)
                    : figure(key.measure(), key.category(), count, totals.getOrDefault(key, 0L)));
        });
        int from = (int) Math.min((long) page * size, shown.size());
        return new CommissioningFigures(query.practiceCode(), query.locality(), query.month(), page, size,
                shown.size(), shown.subList(from, Math.min(from + size, shown.size())));
    }

    /** A figure as a commissioner may see it: nothing that stands on fewer than five. Empty stock is left out. */
    static CommissioningFigure figure(Measure measure, String category, long count, long total) {
        if (count == 0) {
            return null;
        }
        if (count < SMALLEST_SHOWN) {
            return new CommissioningFigure(measure, category, null, null, true);
        }
        return new CommissioningFigure(measure, category, count, measure.totalUnit() == null ? null : total, false);
    }

    @QueryHandler
    public CommissioningAreas handle(FindCommissioningAreas query) {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        Long total = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT DISTINCT practice_code, locality FROM commissioning_figure) areas", Long.class);
        List<CommissioningArea> areas = jdbc.query(
                "SELECT practice_code, locality, MIN(uk_month), MAX(uk_month) FROM commissioning_figure"
                        + " GROUP BY practice_code, locality ORDER BY practice_code, locality LIMIT ? OFFSET ?",
                (rs, row) -> new CommissioningArea(rs.getString(1), rs.getString(2),
                        YearMonth.parse(rs.getString(3)), YearMonth.parse(rs.getString(4))),
                size, (long) page * size);
        return new CommissioningAreas(page, size, total == null ? 0 : total, areas);
    }
}
