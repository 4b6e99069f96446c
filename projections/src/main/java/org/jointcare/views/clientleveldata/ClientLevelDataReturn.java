package org.jointcare.views.clientleveldata;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The return of one reporting period: its rows in the specification's column order, and what the
 * validation found wrong with them ({@link ReturnValidation}); it may be submitted only when
 * {@link #valid()}. {@code careRecordIds} names, row by row, the record each row comes from.
 */
public record ClientLevelDataReturn(String localAuthorityCode, String locality, Quarter quarter,
                                    List<Map<CldColumn, String>> rows, List<String> careRecordIds,
                                    List<CldError> errors) {

    public ClientLevelDataReturn {
        rows = List.copyOf(rows);
        careRecordIds = List.copyOf(careRecordIds);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** How many people (service users and carers) the return names. */
    public long people() {
        return rows.stream().map(row -> row.get(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER)).distinct().count();
    }

    /** The file the submission takes: a header row of the specification's field names, then a line per row (RFC 4180). */
    public String csv() {
        StringBuilder csv = new StringBuilder();
        csv.append(Arrays.stream(CldColumn.values()).map(CldColumn::heading).collect(Collectors.joining(","))).append("\r\n");
        for (Map<CldColumn, String> row : rows) {
            csv.append(Arrays.stream(CldColumn.values()).map(column -> quoted(row.getOrDefault(column, "")))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
