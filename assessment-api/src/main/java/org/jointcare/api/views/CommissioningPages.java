package org.jointcare.api.views;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jointcare.api.access.NoSuchList;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageFormats;
import org.jointcare.api.views.CommissioningDashboard.Chart;
import org.jointcare.api.views.CommissioningDashboard.Row;
import org.jointcare.api.views.CommissioningDashboard.Table;
import org.jointcare.views.commissioning.CommissioningArea;
import org.jointcare.views.commissioning.CommissioningFigure;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The commissioner's home: the month's de-identified figures for a practice, a locality or the
 * whole area, as tables of bars (the figure always written beside its bar), each downloadable as
 * CSV. Read through {@link CommissioningReads}, as the commissioning endpoints are; a suppressed
 * figure is shown as suppressed, never as zero. {@code /commissioning/**} is the commissioner's
 * alone ({@code PageArea}).
 */
@PageController
public class CommissioningPages {

    private static final DateTimeFormatter MONTH_IN_WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final CommissioningReads commissioning;
    private final PageFormats fmt;
    private final Clock clock;

    public CommissioningPages(CommissioningReads commissioning, PageFormats fmt, Clock clock) {
        this.commissioning = commissioning;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/commissioning")
    public String dashboard(@RequestParam(required = false) String practice,
                            @RequestParam(required = false) String locality,
                            @RequestParam(required = false) String month, Model model) {
        Filter filter = filter(practice, locality, month);
        List<CommissioningArea> areas = commissioning.allAreas();
        model.addAttribute("filter", filter);
        model.addAttribute("monthInWords", filter.month().format(MONTH_IN_WORDS));
        model.addAttribute("practices", areas.stream().map(CommissioningArea::practiceCode).distinct().sorted().toList());
        model.addAttribute("localities", areas.stream().map(CommissioningArea::locality).distinct().sorted().toList());
        model.addAttribute("tables", CommissioningDashboard.tables(figures(filter), fmt::words, fmt::pounds));
        model.addAttribute("suppressed", CommissioningDashboard.SUPPRESSED);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(PageFormats.UK));
        model.addAttribute("currentQuarter", today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
        return "commissioning/dashboard";
    }

    @GetMapping("/commissioning/{chart}.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String chart,
                                      @RequestParam(required = false) String practice,
                                      @RequestParam(required = false) String locality,
                                      @RequestParam(required = false) String month) {
        Chart which = Chart.ofSlug(chart).orElseThrow(NoSuchList::new);
        Filter filter = filter(practice, locality, month);
        Table table = CommissioningDashboard.table(which, figures(filter), fmt::words, pence -> pence.toString());
        StringBuilder csv = new StringBuilder("Month,Practice,Locality,Category,Count,Total,Total unit,Note\r\n");
        for (Row row : table.rows()) {
            csv.append(String.join(",", cell(filter.month().toString()), cell(orAll(filter.practice())),
                    cell(orAll(filter.locality())), cell(row.label()),
                    row.count() == null ? "" : row.count().toString(),
                    row.total() == null ? "" : row.total().toString(),
                    cell(row.totalUnit() == null ? "" : row.totalUnit()),
                    cell(row.suppressed() ? CommissioningDashboard.SUPPRESSED : ""))).append("\r\n");
        }
        String name = which.slug() + "-" + filter.month() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What the page is narrowed to; the current UK month unless another is asked for. */
    public record Filter(String practice, String locality, YearMonth month) {
    }

    private Filter filter(String practice, String locality, String month) {
        String practiceCode = blankAsNull(practice);
        if (practiceCode != null && !practiceCode.matches("[A-Za-z0-9-]{2,16}")) {
            throw new NoSuchList();
        }
        String place = blankAsNull(locality);
        if (place != null && place.length() > 100) {
            throw new NoSuchList();
        }
        YearMonth when;
        try {
            when = blankAsNull(month) == null ? YearMonth.now(clock.withZone(PageFormats.UK)) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new NoSuchList();
        }
        return new Filter(practiceCode, place, when);
    }

    private List<CommissioningFigure> figures(Filter filter) {
        return commissioning.allFigures(filter.practice(), filter.locality(), filter.month());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orAll(String text) {
        return text == null ? "All" : text;
    }

    /** A CSV cell, quoted, and never read by a spreadsheet as a formula. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
