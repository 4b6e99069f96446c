package org.jointcare.api.review;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.records.CareRecordReadController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a review on a linkworker's pages, through {@link ReviewController#completeReview}; the
 * record page then shows the next one due, as the review schedule set it.
 */
@PageController
public class ReviewPages {

    private static final String PERSON = "/linkworker/people/";

    private final ReviewController reviews;
    private final CareRecordReadController records;
    private final CommandForms forms;
    private final PageModels models;

    public ReviewPages(ReviewController reviews, CareRecordReadController records, CommandForms forms, PageModels models) {
        this.reviews = reviews;
        this.records = records;
        this.forms = forms;
        this.models = models;
    }

    @GetMapping(PERSON + "{careRecordId}/reviews/{reviewId}/completion")
    public String form(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                       @PathVariable UUID reviewId, Model model) {
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.blank(model, PageModels.version(record), Map.of());
        model.addAttribute("reviewId", reviewId);
        return "linkworker/review";
    }

    @PostMapping(PERSON + "{careRecordId}/reviews/{reviewId}/completion")
    public String record(@AuthenticationPrincipal CareProfessional who, @PathVariable UUID careRecordId,
                         @PathVariable UUID reviewId, @RequestParam Map<String, String> answers, Model model) {
        FormFields fields = new FormFields(answers);
        java.time.LocalDate on = fields.date("conductedOn");
        String met = fields.text("needsMet");
        ReviewOutcome outcome = fields.choice("outcome", ReviewOutcome.class);
        CommandForms.Outcome result = forms.submit(who, PERSON + careRecordId + "/reviews/" + reviewId + "/completion", fields,
                () -> new CompleteReviewRequest(on, met == null ? null : met.equals("yes"), outcome,
                        fields.text("personViews"), fields.text("carerViews"), fields.text("notes")),
                path -> path.equals("conductedOn") ? "conductedOn" : path,
                (body, ifMatch) -> reviews.completeReview(careRecordId, reviewId, body, ifMatch, who),
                done -> PERSON + careRecordId + "?done=review-recorded#reviews");
        model.addAttribute("reviewId", reviewId);
        if (result.done()) {
            return "redirect:" + result.next();
        }
        Map<String, Object> record = current(who, careRecordId, model);
        CommandForms.again(model, fields, result, PageModels.version(record));
        return "linkworker/review";
    }

    private Map<String, Object> current(CareProfessional who, UUID careRecordId, Model model) {
        Map<String, Object> record = models.of(records.current(careRecordId, who).getBody());
        model.addAttribute("record", record);
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (ReviewOutcome value : ReviewOutcome.values()) {
            String words = value.name().replace('_', ' ').toLowerCase(Locale.UK);
            outcomes.put(value.name(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        model.addAttribute("outcomes", outcomes);
        Map<String, String> yesNo = new LinkedHashMap<>();
        yesNo.put("yes", "Yes");
        yesNo.put("no", "No");
        model.addAttribute("yesNo", yesNo);
        return record;
    }

}
