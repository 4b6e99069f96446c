package org.jointcare.views.commissioning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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

    @QueryHandler
    public CommissioningFigures handle(FindCommissioningFigures query) {
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        String month = query.month().toString();
        List<Object> args = new ArrayList<>(List.of(month, month));
        StringBuilder where = new StringBuilder(
                " WHERE ((kind = 'FLOW' AND uk_month = ?) OR (kind = 'STOCK' AND uk_month <= ?))");
        if (query.practiceCode() != null) {
            where.append(" AND practice_code = ?");
            args.add(query.practiceCode());
        }
        if (query.locality() != null) {
            where.append(" AND locality = ?");
            args.add(query.locality());
        }
        List<CommissioningFigure> all = jdbc.query(
                "SELECT measure, category, SUM(people), SUM(total) FROM commissioning_figure" + where
                        + " GROUP BY measure, category ORDER BY measure, category",
                (rs, row) -> figure(Measure.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                args.toArray());
        List<CommissioningFigure> shown = all.stream().filter(f -> f != null).toList();
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
