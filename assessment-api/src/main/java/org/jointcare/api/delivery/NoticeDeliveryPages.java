package org.jointcare.api.delivery;

import java.util.Map;

import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.security.CareProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hospital discharge team follows its admission and discharge notices to GP practices' systems:
 * sent (and acknowledged), waiting for the first attempt, failed and trying again (why, and when
 * next), or given up. Read through {@link NoticeDeliveryController#hospitalDeliveries}, the endpoint's
 * own method: the trust's own notices only, delivery facts only, the access-log row the API writes.
 */
@PageController
public class NoticeDeliveryPages {

    static final int PAGE_SIZE = 20;

    private final NoticeDeliveryController deliveries;
    private final PageModels models;

    public NoticeDeliveryPages(NoticeDeliveryController deliveries, PageModels models) {
        this.deliveries = deliveries;
        this.models = models;
    }

    @GetMapping("/hospital/notice-deliveries")
    public String deliveries(@AuthenticationPrincipal CareProfessional who, @RequestParam(defaultValue = "0") int page,
                             Model model) {
        int at = Math.max(0, Math.min(page, 100_000));
        NoticeDeliveryController.Deliveries answer = deliveries.hospitalDeliveries(who, at, PAGE_SIZE);
        Map<String, Object> view = models.ofAnswer(answer);
        model.addAttribute("deliveries", view);
        model.addAttribute("page", at);
        model.addAttribute("hasNext", (long) (at + 1) * PAGE_SIZE < answer.total());
        return "hospital/notice-deliveries";
    }
}
