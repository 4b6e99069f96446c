package org.jointcare.api.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jointcare.views.commissioning.CommissioningFigure;
import org.jointcare.views.commissioning.Measure;

/**
 * The commissioner's dashboard: the month's figures arranged as the tables a commissioner reads,
 * each row a bar. A suppressed figure stays suppressed: no number, no bar, "fewer than 5 (hidden)".
 */
public final class CommissioningDashboard {

    public static final String SUPPRESSED = "fewer than 5 (hidden)";

    /** One table of the dashboard, with the measures it is drawn from and what its bars stand for. */
    public enum Chart {
        REFERRALS_BY_SOURCE("Referrals by source", "Referrals received", Bar.COUNT,
                Measure.REFERRALS_BY_SOURCE),
        REFERRALS_BY_OUTCOME("Referrals by outcome", "Referrals screened", Bar.COUNT,
                Measure.REFERRALS_BY_OUTCOME),
        RESPONSE_TIMES("Response times against target", "Referrals answered", Bar.COUNT,
                Measure.RESPONDED_WITHIN_TARGET, Measure.RESPONDED_AFTER_TARGET),
        NEEDS("Needs met and unmet by domain", "People at the month's end", Bar.COUNT,
                Measure.NEEDS_MET, Measure.NEEDS_UNMET),
        WEEKLY_SPEND("Weekly spend by funding stream", "Pounds a week", Bar.TOTAL,
                Measure.WEEKLY_SPEND, Measure.SUSPENDED_WEEKLY_SPEND),
        DISCHARGE_DELAYS("Discharge delays by reason", "Discharges later than planned", Bar.COUNT,
                Measure.DISCHARGE_DELAYS),
        READMISSIONS("Admissions and readmissions", "Admissions", Bar.COUNT,
                Measure.ADMISSIONS, Measure.READMISSIONS_WITHIN_30_DAYS);

        private final String title;
        private final String figureHeading;
        private final Bar bar;
        private final List<Measure> measures;

        Chart(String title, String figureHeading, Bar bar, Measure... measures) {
            this.title = title;
            this.figureHeading = figureHeading;
            this.bar = bar;
            this.measures = List.of(measures);
        }

        public String title() {
            return title;
        }

        public String figureHeading() {
            return figureHeading;
        }

        /** The chart's name in a path: {@code referrals-by-source}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Chart> ofSlug(String slug) {
            return Arrays.stream(values()).filter(chart -> chart.slug().equals(slug)).findFirst();
        }
    }

    private enum Bar { COUNT, TOTAL }

    /**
     * One row: what it counts, the figure as words ("12", "£1,234.00", or the suppression note),
     * the bar's length as a percentage of the table's largest, and the count and total as the view
     * answered them (null when suppressed).
     */
    public record Row(String label, String figure, String detail, int percent, boolean suppressed,
                      Long count, Long total, String totalUnit) {
    }

    public record Table(Chart chart, List<Row> rows) {
        public String title() {
            return chart.title();
        }

        public String slug() {
            return chart.slug();
        }

        public String figureHeading() {
            return chart.figureHeading();
        }

        public boolean anySuppressed() {
            return rows.stream().anyMatch(Row::suppressed);
        }
    }

    private CommissioningDashboard() {
    }

    public static List<Table> tables(List<CommissioningFigure> figures, Function<Object, String> words,
                                     Function<Object, String> pounds) {
        List<Table> tables = new ArrayList<>();
        for (Chart chart : Chart.values()) {
            tables.add(table(chart, figures, words, pounds));
        }
        return tables;
    }

    public static Table table(Chart chart, List<CommissioningFigure> figures, Function<Object, String> words,
                              Function<Object, String> pounds) {
        List<CommissioningFigure> mine = figures.stream().filter(f -> chart.measures.contains(f.measure())).toList();
        long largest = mine.stream().filter(f -> !f.suppressed())
                .mapToLong(f -> value(chart, f)).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (CommissioningFigure figure : mine) {
            String label = label(chart, figure, words);
            if (figure.suppressed()) {
                rows.add(new Row(label, SUPPRESSED, "", 0, true, null, null, figure.measure().totalUnit()));
                continue;
            }
            long value = value(chart, figure);
            int percent = largest == 0 ? 0 : (int) Math.max(1, Math.round(100.0 * value / largest));
            String shown = chart.bar == Bar.TOTAL ? pounds.apply(value) : Long.toString(value);
            rows.add(new Row(label, shown, detail(figure, pounds), value == 0 ? 0 : percent, false,
                    figure.count(), figure.total(), figure.measure().totalUnit()));
        }
        return new Table(chart, rows);
    }

    private static long value(Chart chart, CommissioningFigure figure) {
        Long value = chart.bar == Bar.TOTAL ? figure.total() : figure.count();
        return value == null ? 0 : value;
    }

    private static String label(Chart chart, CommissioningFigure figure, Function<Object, String> words) {
        // short codes professionals use as they are (GP), longer constants as words
        String category = figure.category().length() <= 3 ? figure.category() : words.apply(figure.category());
        return switch (figure.measure()) {
            case RESPONDED_WITHIN_TARGET -> "Within target: " + category.toLowerCase(Locale.UK);
            case RESPONDED_AFTER_TARGET -> "After target: " + category.toLowerCase(Locale.UK);
            case NEEDS_MET -> "Met: " + category.toLowerCase(Locale.UK);
            case NEEDS_UNMET -> "Not met: " + category.toLowerCase(Locale.UK);
            case ADMISSIONS -> category + " admissions";
            case READMISSIONS_WITHIN_30_DAYS -> "Readmitted within 30 days";
            case SUSPENDED_WEEKLY_SPEND -> "Suspended, not delivered: " + category;
            default -> category;
        };
    }

    /** What the figure's total adds, in words: an average wait, days late, the people a spend is for. */
    private static String detail(CommissioningFigure figure, Function<Object, String> pounds) {
        if (figure.total() == null || figure.count() == null || figure.count() == 0) {
            return "";
        }
        long average = Math.round((double) figure.total() / figure.count());
        return switch (figure.measure()) {
            case RESPONDED_WITHIN_TARGET, RESPONDED_AFTER_TARGET, GP_ACKNOWLEDGEMENTS ->
                    "average " + hoursAndMinutes(average);
            case DISCHARGE_DELAYS, DISCHARGES_AGAINST_PLAN -> figure.total() + " days late in all";
            case WEEKLY_SPEND, SUSPENDED_WEEKLY_SPEND -> "for " + figure.count() + " people";
            default -> "";
        };
    }

    private static String hoursAndMinutes(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + (rest == 1 ? " minute" : " minutes");
        }
        return hours + (hours == 1 ? " hour" : " hours") + (rest == 0 ? "" : " " + rest + (rest == 1 ? " minute" : " minutes"));
    }
}
