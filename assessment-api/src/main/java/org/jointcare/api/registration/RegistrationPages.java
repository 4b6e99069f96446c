package org.jointcare.api.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jointcare.api.pages.CommandForms;
import org.jointcare.api.pages.FormFields;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.carerecord.registration.AccommodationStatus;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.EmploymentStatus;
import org.jointcare.carerecord.registration.Ethnicity;
import org.jointcare.carerecord.registration.Gender;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PrimarySupportReason;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A linkworker registers a person at one of their attached practices, through {@link RegistrationController#register}. */
@PageController
public class RegistrationPages {

    /** The answer of a characteristic not asked, or not given: the returns report it as not known. */
    private static final String NOT_KNOWN = "Not known";

    private final RegistrationController registration;
    private final CommandForms forms;

    public RegistrationPages(RegistrationController registration, CommandForms forms) {
        this.registration = registration;
        this.forms = forms;
    }

    @GetMapping("/linkworker/people/new")
    public String form(@AuthenticationPrincipal CareProfessional who, Model model) {
        // a new record has no version yet: the form still carries its key against double submits
        CommandForms.blank(model, 0, Map.of());
        model.addAttribute("version", null);
        options(who, model);
        return "linkworker/register";
    }

    @PostMapping("/linkworker/people/new")
    public String register(@AuthenticationPrincipal CareProfessional who, @RequestParam Map<String, String> answers,
                           Model model) {
        FormFields fields = new FormFields(answers);
        java.time.LocalDate dateOfBirth = fields.date("dateOfBirth");
        LivingSituation living = fields.choice("livingSituation", LivingSituation.class);
        Characteristics characteristics = new Characteristics(fields.choice("gender", Gender.class),
                fields.choice("ethnicity", Ethnicity.class),
                fields.choice("primarySupportReason", PrimarySupportReason.class),
                fields.choice("accommodationStatus", AccommodationStatus.class),
                fields.choice("employmentStatus", EmploymentStatus.class));
        CommandForms.Outcome outcome = forms.submit(who, "/linkworker/people/new", fields,
                () -> new RegisterPersonRequest(fields.text("nhsNumber"), new PersonDetailsRequest(
                        fields.text("givenName"), fields.text("familyName"), dateOfBirth,
                        fields.text("registeredPracticeCode"), fields.text("locality"), fields.text("preferredLanguage"),
                        fields.checked("interpreterNeeded"), null, living, null, characteristics)),
                path -> path.replaceFirst("^person\\.(characteristics\\.)?", ""),
                (body, ifMatch) -> registration.register(body, who),
                result -> "/linkworker/people/" + result.careRecordId() + "?done=registered");
        if (outcome.done()) {
            return "redirect:" + outcome.next();
        }
        CommandForms.again(model, fields, outcome, 0);
        model.addAttribute("version", null);
        options(who, model);
        return "linkworker/register";
    }

    private static void options(CareProfessional who, Model model) {
        Map<String, String> practices = new LinkedHashMap<>();
        who.attachedPracticeCodes().stream().sorted().forEach(code -> practices.put(code, code));
        model.addAttribute("practices", practices);
        Map<String, String> living = new LinkedHashMap<>();
        for (LivingSituation situation : LivingSituation.values()) {
            String words = situation.name().replace('_', ' ').toLowerCase(java.util.Locale.UK);
            living.put(situation.name(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        model.addAttribute("livingSituations", living);
        model.addAttribute("genders", FormFields.choices(Gender.values(), NOT_KNOWN));
        Map<String, String> ethnicities = new LinkedHashMap<>();
        ethnicities.put("", NOT_KNOWN);
        for (Ethnicity ethnicity : Ethnicity.values()) {
            ethnicities.put(ethnicity.name(), ethnicity.words());
        }
        model.addAttribute("ethnicities", ethnicities);
        model.addAttribute("supportReasons", FormFields.choices(PrimarySupportReason.values(), NOT_KNOWN));
        model.addAttribute("accommodationStatuses", FormFields.choices(AccommodationStatus.values(), NOT_KNOWN));
        model.addAttribute("employmentStatuses", FormFields.choices(EmploymentStatus.values(), NOT_KNOWN));
    }
}
