package org.jointcare.views.clientleveldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the return of a reporting period with its validation. The record holds no local authority:
 * a JointCare deployment serves one council's area with its health partners, so the council's code is
 * given with the query and written into every row, and the return can be narrowed to a locality, the
 * area commissioning groups people by.
 */
@Component
public class ClientLevelDataQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public ClientLevelDataQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ClientLevelDataReturn handle(FindClientLevelData query) {
        Quarter quarter = query.quarter();
        List<Map<CldColumn, String>> rows = new ArrayList<>();
        List<String> careRecordIds = new ArrayList<>();
        // services while active in the period (the only rows with an open end); other events ended in it
        jdbc.query("SELECT care_record_id, row_values FROM cld_row WHERE start_date <= ?"
                        + " AND ((event_type = 'Service' AND (end_date IS NULL OR end_date >= ?))"
                        + "   OR (event_type <> 'Service' AND end_date >= ? AND end_date <= ?))"
                        + (query.locality() == null ? "" : " AND locality = ?")
                        + " ORDER BY care_record_id, start_date, event_reference",
                rs -> {
                    Map<CldColumn, String> row = new EnumMap<>(CldColumn.class);
                    row.put(CldColumn.LA_CODE, query.localAuthorityCode() == null ? "" : query.localAuthorityCode());
                    row.put(CldColumn.REPORTING_PERIOD_START_DATE, quarter.firstDay().toString());
                    row.put(CldColumn.REPORTING_PERIOD_END_DATE, quarter.lastDay().toString());
                    fromJson(rs.getString(2)).forEach((column, value) -> row.put(CldColumn.valueOf(column), value));
                    rows.add(row);
                    careRecordIds.add(rs.getString(1));
                },
                parameters(query).toArray());
        return new ClientLevelDataReturn(query.localAuthorityCode(), query.locality(), quarter, rows, careRecordIds,
                ReturnValidation.check(rows, careRecordIds));
    }

    private static List<Object> parameters(FindClientLevelData query) {
        Quarter quarter = query.quarter();
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(quarter.lastDay()), Date.valueOf(quarter.firstDay()),
                Date.valueOf(quarter.firstDay()), Date.valueOf(quarter.lastDay())));
        if (query.locality() != null) {
            parameters.add(query.locality());
        }
        return parameters;
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a row of the return", e);
        }
    }
}
