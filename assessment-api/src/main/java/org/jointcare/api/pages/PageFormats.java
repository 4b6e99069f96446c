package org.jointcare.api.pages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jointcare.carerecord.registration.Ethnicity;
import org.springframework.stereotype.Component;

/**
 * Plain English for what views write as codes: durations, dates and times in the UK's zone,
 * amounts in pounds, constants as words. Templates call it as {@code ${@fmt.date(x)}}.
 */
@Component("fmt")
public class PageFormats {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private final Clock clock;

    public PageFormats(Clock clock) {
        this.clock = clock;
    }

    /** "2 days 3 hours", "45 minutes" from an ISO-8601 duration. */
    public String duration(Object iso) {
        if (iso == null) {
            return "";
        }
        Duration d = Duration.parse(iso.toString());
        long days = d.toDays();
        long hours = d.toHoursPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour");
        }
        return plural(d.toMinutesPart(), "minute");
    }

    public String date(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        String text = iso.toString();
        if (text.length() == 10) {
            return LocalDate.parse(text).format(DATE);
        }
        return Instant.parse(text).atZone(UK).toLocalDate().format(DATE);
    }

    public String dateTime(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        return Instant.parse(iso.toString()).atZone(UK).format(DATE_TIME).replace("AM", "am").replace("PM", "pm");
    }

    /** "£1,234.50" from pence. */
    public String pounds(Object pence) {
        if (pence == null) {
            return "";
        }
        BigDecimal pounds = new BigDecimal(pence.toString()).movePointLeft(2);
        return "£" + String.format(Locale.UK, "%,.2f", pounds);
    }

    /** "LIVES_ALONE" as "Lives alone". */
    public String words(Object constant) {
        return asWords(constant);
    }

    /** An ethnic group's constant ("WHITE_IRISH") in its category's words ("White: Irish"); empty for none. */
    public String ethnicity(Object constant) {
        return constant == null || constant.toString().isEmpty() ? "" : Ethnicity.valueOf(constant.toString()).words();
    }

    /** The text, or "Not known" when there is none: an optional detail nobody recorded. */
    public String known(String text) {
        return text == null || text.isEmpty() ? "Not known" : text;
    }

    /** "LIVES_ALONE" as "Lives alone", for code that has no {@code @fmt} at hand. */
    public static String asWords(Object constant) {
        if (constant == null) {
            return "";
        }
        String text = constant.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A care package's weekly cost and its split between health and social care, in pence, worked out
     * from its services as the record holds them (units a week x unit cost, split by each service's
     * funding percentages); what the person pays comes out of the social care share.
     */
    public java.util.Map<String, Long> split(java.util.Map<String, Object> terms) {
        long weekly = 0;
        long health = 0;
        if (terms != null && terms.get("services") instanceof java.util.List<?> services) {
            for (Object item : services) {
                if (item instanceof java.util.Map<?, ?> service) {
                    long cost = ((Number) service.get("unitsPerWeek")).longValue() * ((Number) service.get("unitCostPence")).longValue();
                    weekly += cost;
                    if (service.get("funding") instanceof java.util.Map<?, ?> funding) {
                        health += cost * ((Number) funding.get("healthPercent")).longValue() / 100;
                    }
                }
            }
        }
        long person = terms == null || terms.get("personContributionPencePerWeek") == null ? 0
                : ((Number) terms.get("personContributionPencePerWeek")).longValue();
        return java.util.Map.of("weekly", weekly, "health", health, "socialCare", weekly - health, "person", person);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
