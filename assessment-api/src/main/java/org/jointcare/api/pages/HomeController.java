package org.jointcare.api.pages;

import org.jointcare.api.security.CareProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;

/** Signing in and landing: each role goes to its own home page ({@link PageArea#home()}). */
@PageController
public class HomeController {

    @GetMapping(PageSecurityConfiguration.SIGN_IN)
    public String signIn(HttpServletRequest request, Model model) {
        // ?error and ?locked carry no value
        if (request.getParameterMap().containsKey("locked")) {
            model.addAttribute("problem", "This user id is locked for a while after too many wrong passwords."
                    + " Try again later, or ask your system administrator");
        } else if (request.getParameterMap().containsKey("error")) {
            model.addAttribute("problem", "Enter a user id and password that match");
        }
        return "sign-in";
    }

    @GetMapping("/")
    public String landing(@AuthenticationPrincipal CareProfessional who) {
        return "redirect:" + PageArea.of(who.role()).home();
    }
}
