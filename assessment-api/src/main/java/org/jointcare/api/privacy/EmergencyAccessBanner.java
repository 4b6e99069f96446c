package org.jointcare.api.privacy;

import java.time.Clock;
import java.util.UUID;

import org.jointcare.api.pages.PageController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.sharing.EmergencyAccessGrant;
import org.jointcare.views.sharing.SharingQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Puts {@code emergencyAccess} (the professional's open grant on the person, or null) in the model
 * of every page whose path names a person ({careRecordId}), so each page about one person shows
 * {@code emergency-access/banner} while the grant lasts without each page having to remember it.
 * It reads only the professional's own grant from the sharing facts, so it logs nothing and shows
 * nothing about a person the page itself would refuse.
 */
@ControllerAdvice(annotations = PageController.class)
public class EmergencyAccessBanner {

    private final SharingQueries facts;
    private final Clock clock;

    public EmergencyAccessBanner(SharingQueries facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @ModelAttribute("emergencyAccess")
    public EmergencyAccessGrant emergencyAccess(@AuthenticationPrincipal CareProfessional who,
                                                @PathVariable(required = false) UUID careRecordId) {
        if (who == null || careRecordId == null) {
            return null;
        }
        return facts.factsFor(careRecordId)
                .flatMap(person -> EmergencyAccessPages.openGrant(who, person, clock.instant()))
                .orElse(null);
    }
}
