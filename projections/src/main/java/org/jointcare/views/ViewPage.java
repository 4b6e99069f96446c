package org.jointcare.views;

import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** One page of a view's list, with the total so a client can page through it. */
public record ViewPage<T>(List<T> items, int page, int size, long totalItems) {

    public ViewPage {
        items = List.copyOf(items);
    }

    public static <T> ViewPage<T> of(List<T> items, Paging paging, long totalItems) {
        return new ViewPage<>(items, paging.page(), paging.size(), totalItems);
    }

    /**
     * Reads one page of {@code SELECT columns FROM ... ORDER BY orderBy} and counts the whole list.
     * {@code orderBy} must end in a unique key so that pages neither repeat nor skip rows.
     *
     * @param from the FROM and WHERE clauses, starting with {@code FROM}
     */
    public static <T> ViewPage<T> select(NamedParameterJdbcTemplate jdbc, String columns, String from, String orderBy,
                                         MapSqlParameterSource params, Paging paging, RowMapper<T> mapper) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) " + from, params, Long.class);
        MapSqlParameterSource paged = new MapSqlParameterSource(params.getValues())
                .addValue("pageLimit", paging.size())
                .addValue("pageOffset", paging.offset());
        List<T> items = jdbc.query("SELECT " + columns + " " + from + " ORDER BY " + orderBy
                + " LIMIT :pageLimit OFFSET :pageOffset", paged, mapper);
        return of(items, paging, total == null ? 0 : total);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    public <R> ViewPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ViewPage<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
