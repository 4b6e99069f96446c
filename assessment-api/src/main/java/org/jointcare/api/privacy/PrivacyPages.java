package org.jointcare.api.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.EmergencyAccessAlerts;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageFormats;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's pages: the access log searched by person, user, dates and outcome, newest
 * first with paging, and the emergency access alerts. Read through {@link AccessLog} and
 * {@link EmergencyAccessAlerts}, as the privacy endpoints are; {@code /privacy/**} is the privacy
 * officer's alone ({@code PageArea}). Dates are UK days; "to" includes its day.
 */
@PageController
public class PrivacyPages {

    static final int PAGE_SIZE = 25;

    private final AccessLog log;
    private final EmergencyAccessAlerts alerts;

    public PrivacyPages(AccessLog log, EmergencyAccessAlerts alerts) {
        this.log = log;
        this.alerts = alerts;
    }

    /** The search as typed, kept to show again. */
    public record Search(String person, String user, String from, String to, String outcome) {
    }

    @GetMapping("/privacy")
    public String search(@RequestParam(required = false) String person, @RequestParam(required = false) String user,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String outcome,
                         @RequestParam(defaultValue = "0") int page, Model model) {
        Search typed = new Search(trim(person), trim(user), trim(from), trim(to), trim(outcome));
        Map<String, String> errors = new LinkedHashMap<>();
        UUID careRecordId = null;
        if (typed.person() != null) {
            try {
                careRecordId = UUID.fromString(typed.person());
            } catch (IllegalArgumentException notAnId) {
                errors.put("person", "Enter the person's record id as it appears in the log, like 3f2a…-…");
            }
        }
        if (typed.user() != null && typed.user().length() > 100) {
            errors.put("user", "Enter a user id of 100 characters or fewer");
        }
        LocalDate fromDay = day(typed.from(), "from", "Enter the first day as a date, for example 2026-03-02", errors);
        LocalDate toDay = day(typed.to(), "to", "Enter the last day as a date, for example 2026-03-31", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", "The last day must be the same as or after the first day");
        }
        AccessLog.Outcome wanted = null;
        if (typed.outcome() != null) {
            try {
                wanted = AccessLog.Outcome.valueOf(typed.outcome());
            } catch (IllegalArgumentException unknown) {
                errors.put("outcome", "Choose allowed, refused or any outcome");
            }
        }
        model.addAttribute("search", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", AccessLog.Outcome.values());
        if (errors.isEmpty()) {
            int shown = Math.max(0, Math.min(page, 100_000));
            AccessLog.Criteria criteria = new AccessLog.Criteria(careRecordId, typed.user(),
                    fromDay == null ? null : startOf(fromDay), toDay == null ? null : startOf(toDay.plusDays(1)), wanted);
            List<AccessLog.Entry> entries = log.search(criteria, shown, PAGE_SIZE);
            // one row past this page (page index in rows of one) says whether there is a next page
            boolean more = entries.size() == PAGE_SIZE && !log.search(criteria, (shown + 1) * PAGE_SIZE, 1).isEmpty();
            model.addAttribute("entries", entries);
            model.addAttribute("page", shown);
            model.addAttribute("more", more);
        }
        return "privacy/search";
    }

    @GetMapping("/privacy/alerts")
    public String alerts(@RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, Math.min(page, 100_000));
        List<EmergencyAccessAlerts.Alert> list = alerts.list(null, shown, PAGE_SIZE);
        boolean more = list.size() == PAGE_SIZE && !alerts.list(null, (shown + 1) * PAGE_SIZE, 1).isEmpty();
        model.addAttribute("alerts", list);
        model.addAttribute("page", shown);
        model.addAttribute("more", more);
        return "privacy/alerts";
    }

    private static LocalDate day(String text, String field, String message, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            errors.put(field, message);
            return null;
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PageFormats.UK).toInstant();
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
