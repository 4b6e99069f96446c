package org.jointcare.views.clientleveldata;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2026-Q3} (July to September 2026): the return's reporting period.
 * Its first and last days are written into the return, so the file says which period it covers
 * whatever the name (2026-Q3 is the second quarter of the financial year 2026/27).
 */
public record Quarter(int year, int number) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("A quarter is written like 2026-Q3");
        }
    }

    public static Quarter parse(String text) {
        Matcher matcher = text == null ? null : WRITTEN.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("A quarter is written like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
