package org.jointcare.api.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A submitted form's answers, read field by field into what a request body needs. A field that
 * cannot be read (a date that is not one, an amount that is not money) is remembered as an error
 * next to that field, in plain English, and read as null; the answers are kept as typed so the
 * form can show them again.
 */
public final class FormFields {

    private final Map<String, String> answers;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> plain = new LinkedHashMap<>();

    /**
     * The choices of a radio group or a select: each constant's name with its words ("Lives alone"),
     * after {@code none} as the empty answer when it is given ("Choose", "Not a need").
     */
    public static Map<String, String> choices(Enum<?>[] values, String none) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (none != null) {
            choices.put("", none);
        }
        for (Enum<?> value : values) {
            choices.put(value.name(), PageFormats.asWords(value));
        }
        return choices;
    }

    public FormFields(Map<String, String> answers) {
        this.answers = new LinkedHashMap<>(answers);
        this.answers.remove("_csrf");
    }

    /** Trimmed text, or null when left empty. */
    public String text(String name) {
        String value = answers.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            errors.putIfAbsent(name, "Choose one of the options");
            return null;
        }
    }

    /** A date from the GOV.UK date input: {@code name-day}, {@code name-month}, {@code name-year}. */
    public LocalDate date(String name) {
        String day = text(name + "-day");
        String month = text(name + "-month");
        String year = text(name + "-year");
        if (day == null && month == null && year == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException notADate) {
            errors.putIfAbsent(name, "Enter a real date, for example 27 3 1940");
            return null;
        }
    }

    /** Pounds and pence as typed ("123.45", "£1,200") in pence. */
    public Long pence(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace("£", "").replace(",", "")).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException notMoney) {
            errors.putIfAbsent(name, "Enter an amount in pounds and pence, for example 125.50");
            return null;
        }
    }

    public Integer number(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            errors.putIfAbsent(name, "Enter a whole number");
            return null;
        }
    }

    public boolean checked(String name) {
        String value = text(name);
        return value != null && !value.equalsIgnoreCase("false") && !value.equalsIgnoreCase("no");
    }

    /** The record version the form was read at, or null. */
    public Long version() {
        String value = text("version");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The plain-English message shown beside {@code field} when the endpoint's Bean Validation refuses
     * its answer ("Enter why you need emergency access"), instead of the constraint's own words.
     */
    public FormFields explain(String field, String message) {
        plain.put(field, message);
        return this;
    }

    /** The plain-English message for {@code field}, or {@code otherwise}. */
    public String plainOr(String field, String otherwise) {
        return plain.getOrDefault(field, otherwise);
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The answers as typed, to fill the form in again. */
    public Map<String, String> answers() {
        return answers;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.UK);
    }
}
