package org.jointcare.api.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jointcare.api.access.NoSuchList;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.pages.ReadYourWrites;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.views.CaseloadReads.CaseloadList;
import org.jointcare.views.Paging;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadViewDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The linkworker's home: the caseload's counts and the first page of each list, and each list on
 * its own page with paging. Read through {@link CaseloadReads}, as the caseload endpoints are.
 */
@PageController
public class CaseloadPages {

    /** Lists shown on the home page, in the order of a linkworker's day. */
    private static final CaseloadList[] HOME_LISTS = {CaseloadList.OPEN_REFERRALS, CaseloadList.ASSESSMENTS,
            CaseloadList.REVIEWS_DUE, CaseloadList.RECENT_DISCHARGES, CaseloadList.CARERS_ASSESSMENTS, CaseloadList.PACKAGES,
            CaseloadList.DEATH_NOTICES};
    private static final int HOME_SIZE = 5;
    private static final int LIST_SIZE = 20;

    private final CaseloadReads caseload;
    private final PageModels models;
    private final ReadYourWrites readYourWrites;

    public CaseloadPages(CaseloadReads caseload, PageModels models, ReadYourWrites readYourWrites) {
        this.caseload = caseload;
        this.models = models;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/linkworker")
    public String home(@AuthenticationPrincipal CareProfessional who, Model model) {
        readYourWrites.awaitAll(model, LinkworkerCaseloadViewDefinition.PROCESSING_GROUP);
        model.addAttribute("summary", models.of(caseload.summary(who, null)));
        Map<String, Map<String, Object>> lists = new LinkedHashMap<>();
        for (CaseloadList list : HOME_LISTS) {
            lists.put(list.name(), models.of(caseload.list(who, list, null, Paging.first(HOME_SIZE))));
        }
        model.addAttribute("lists", lists);
        return "linkworker/caseload";
    }

    @GetMapping("/linkworker/caseload/{list}")
    public String list(@AuthenticationPrincipal CareProfessional who, @PathVariable String list,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        CaseloadList which = java.util.Arrays.stream(CaseloadList.values())
                .filter(known -> known.name().equals(list.toUpperCase(java.util.Locale.ROOT).replace('-', '_')))
                .findFirst().orElseThrow(NoSuchList::new);
        readYourWrites.awaitAll(model, LinkworkerCaseloadViewDefinition.PROCESSING_GROUP);
        Paging paging = new Paging(Math.max(0, Math.min(page, 100_000)), LIST_SIZE);
        model.addAttribute("list", which.name());
        model.addAttribute("slug", list.toLowerCase());
        model.addAttribute("view", models.of(caseload.list(who, which, null, paging)));
        return "linkworker/caseload-list";
    }
}
