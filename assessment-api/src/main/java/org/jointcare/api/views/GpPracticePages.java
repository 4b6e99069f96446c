package org.jointcare.api.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.pages.ReadYourWrites;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.Paging;
import org.jointcare.views.gppractice.GpPracticeViewDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The GP practice's home and lists: the inbox of admission and discharge notices (unacknowledged
 * first, with the time waited and the delivery to the practice's system), the referrals the
 * practice made and the patients with packages. Each is read through {@link ProfessionReads}, as
 * the endpoints read it, so the scope, the hidden people, the field filter and the access log row
 * are the API's.
 */
@PageController
public class GpPracticePages {

    private static final int HOME_SIZE = 10;
    private static final int LIST_SIZE = 20;
    private static final Map<String, String> TITLES = Map.of(
            "inbox", "Admission and discharge notices",
            "referrals", "Referrals the practice made",
            "patients-with-packages", "Patients with care packages");

    private final ProfessionReads views;
    private final PageModels models;
    private final ReadYourWrites readYourWrites;

    public GpPracticePages(ProfessionReads views, PageModels models, ReadYourWrites readYourWrites) {
        this.views = views;
        this.models = models;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/gp-practice")
    public String home(@AuthenticationPrincipal CareProfessional who, Model model) {
        readYourWrites.awaitAll(model, GpPracticeViewDefinition.PROCESSING_GROUP);
        Map<String, Map<String, Object>> lists = new LinkedHashMap<>();
        lists.put("inbox", models.of(views.gpInbox(who, new Paging(0, HOME_SIZE))));
        lists.put("referrals", models.of(views.gpReferrals(who, new Paging(0, HOME_SIZE))));
        lists.put("patients-with-packages", models.of(views.gpPatientsWithPackages(who, new Paging(0, HOME_SIZE))));
        model.addAttribute("lists", lists);
        model.addAttribute("titles", TITLES);
        // the deaths of registered patients, to acknowledge (DeathPages keeps the whole list at /gp-practice/deaths)
        model.addAttribute("deaths", models.of(views.gpDeathNotices(who, new Paging(0, HOME_SIZE))));
        return "gp-practice/home";
    }

    @GetMapping("/gp-practice/{list:inbox|referrals|patients-with-packages}")
    public String list(@AuthenticationPrincipal CareProfessional who, @PathVariable String list,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(required = false) String made, Model model) {
        int at = Math.max(0, Math.min(page, 100_000));
        // after a referral made here: the list shows it (or says it is still updating)
        readYourWrites.awaitAll(model, GpPracticeViewDefinition.PROCESSING_GROUP);
        Map<String, Object> view = models.of(switch (list) {
            case "inbox" -> views.gpInbox(who, new Paging(at, LIST_SIZE));
            case "referrals" -> views.gpReferrals(who, new Paging(at, LIST_SIZE));
            default -> views.gpPatientsWithPackages(who, new Paging(at, LIST_SIZE));
        });
        model.addAttribute("list", list);
        model.addAttribute("made", made != null && list.equals("referrals"));
        model.addAttribute("heading", TITLES.get(list));
        model.addAttribute("view", view);
        model.addAttribute("page", at);
        model.addAttribute("lastPage", Math.max(0, (((Number) view.getOrDefault("totalItems", 0)).longValue() - 1) / LIST_SIZE));
        return "gp-practice/list";
    }

    static List<String> listNames() {
        return List.copyOf(TITLES.keySet());
    }
}
