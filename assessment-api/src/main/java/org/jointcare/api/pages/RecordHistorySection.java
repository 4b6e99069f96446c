package org.jointcare.api.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.access.RecordHistoryReads;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.recordhistory.RecordHistoryViewDefinition;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "History" section of a page about one person ({@code templates/history/entries.html}), read through
 * {@link RecordHistoryReads} as the API's history endpoint reads it, and the entry an "entered in error"
 * form is about, found whatever its age. Which entries offer "Mark as entered in error" is only a hint (the
 * kinds the record lets be marked, recorded by the professional or their organisation); the record decides.
 */
@Component
public class RecordHistorySection {

    /** Entries a page shows at a time. */
    public static final int SIZE = 25;
    /** The largest page the history endpoint answers: the entry lookup reads this many at a time. */
    private static final int LOOKUP_SIZE = 100;

    /**
     * The history's kinds of entry that the record lets be marked entered in error (a referral, an
     * assessment contribution, an admission, a nursing visit); whether this one still may be is the record's to say.
     */
    public static final Set<String> MARKABLE = Set.of("ReferralReceived", "ContributionAdded",
            "PersonAdmittedToHospital", "NursingVisitRecorded");

    private final RecordHistoryReads histories;
    private final PageModels models;
    private final ReadYourWrites readYourWrites;

    public RecordHistorySection(RecordHistoryReads histories, PageModels models, ReadYourWrites readYourWrites) {
        this.histories = histories;
        this.models = models;
        this.readYourWrites = readYourWrites;
    }

    /**
     * Puts one page of the history in the model ({@code history}, {@code historyPage}, {@code historyLastPage}),
     * the newest page unless {@code page} asks for another, with what the template needs to offer the marking
     * ({@code markable}, {@code ownOrganisation}, {@code ownUser}).
     */
    public void show(CareProfessional who, UUID careRecordId, Integer page, Model model) {
        // after the professional's own change: the history shows it (or says it is still updating)
        readYourWrites.awaitRecord(careRecordId, model, RecordHistoryViewDefinition.PROCESSING_GROUP);
        int at = page == null ? 0 : Math.max(0, Math.min(page, 100_000));
        Map<String, Object> history = models.of(histories.history(who, careRecordId, at, SIZE));
        int lastPage = (int) Math.max(0, (((Number) history.getOrDefault("total", 0)).longValue() - 1) / SIZE);
        if (page == null && lastPage > at) {
            at = lastPage;
            history = models.of(histories.history(who, careRecordId, at, SIZE));
        }
        model.addAttribute("history", history);
        model.addAttribute("historyPage", at);
        model.addAttribute("historyLastPage", lastPage);
        model.addAttribute("markable", MARKABLE);
        model.addAttribute("ownOrganisation", who.organisationCode());
        model.addAttribute("ownUser", who.userId());
    }

    /**
     * The entry with this sequence number as the role reads it, however old: the history is in sequence
     * order and no entry sits later than its own sequence number, so the search starts at the page that
     * number would be on and steps back.
     */
    public Optional<Map<String, Object>> entry(CareProfessional who, UUID careRecordId, long sequenceNumber) {
        if (sequenceNumber < 0) {
            return Optional.empty();
        }
        long page = Math.min(sequenceNumber / LOOKUP_SIZE, 100_000);
        while (page >= 0) {
            Map<String, Object> history = models.of(histories.history(who, careRecordId, (int) page, LOOKUP_SIZE));
            List<Map<String, Object>> entries = entries(history);
            if (entries.isEmpty()) {
                long total = ((Number) history.getOrDefault("total", 0)).longValue();
                page = Math.min(page - 1, (total - 1) / LOOKUP_SIZE);
                continue;
            }
            for (Map<String, Object> entry : entries) {
                if (sequenceOf(entry) == sequenceNumber) {
                    return Optional.of(entry);
                }
            }
            if (sequenceOf(entries.get(0)) < sequenceNumber) {
                // the page that would hold it does not: it is not in the history (marked, or never made)
                return Optional.empty();
            }
            page--;
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> history) {
        return (List<Map<String, Object>>) history.getOrDefault("entries", List.of());
    }

    private static long sequenceOf(Map<String, Object> entry) {
        return entry.get("sequenceNumber") instanceof Number n ? n.longValue() : -1;
    }
}
