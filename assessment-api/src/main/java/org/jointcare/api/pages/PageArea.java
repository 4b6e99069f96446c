package org.jointcare.api.pages;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.jointcare.carerecord.Role;

/**
 * The one place that says which role may open which pages, by the path they sit under, and where
 * each role lands after signing in. The pages' security chain is built from this table, as the
 * API's is from {@code ApiEndpoint}; a page path under none of these prefixes is refused to everyone
 * except the shared ones named in {@link PageSecurityConfiguration}.
 */
public enum PageArea {

    LINKWORKER("/linkworker", "/linkworker", "Your caseload", Role.LINKWORKER),
    DISTRICT_NURSE("/district-nursing", "/district-nursing", "Your team's worklist", Role.DISTRICT_NURSE),
    GP_PRACTICE("/gp-practice", "/gp-practice", "Your practice", Role.GP_PRACTICE),
    HOSPITAL_DISCHARGE_TEAM("/hospital", "/hospital", "Your ward's discharges", Role.HOSPITAL_DISCHARGE_TEAM),
    COMMISSIONER("/commissioning", "/commissioning", "Commissioning figures", Role.COMMISSIONER),
    PRIVACY_OFFICER("/privacy", "/privacy", "Access log and alerts", Role.PRIVACY_OFFICER);

    private final String prefix;
    private final String home;
    private final String title;
    private final Set<Role> roles;

    PageArea(String prefix, String home, String title, Role first, Role... others) {
        this.prefix = prefix;
        this.home = home;
        this.title = title;
        this.roles = EnumSet.of(first, others);
    }

    /** Every page of the area sits under this path. */
    public String prefix() {
        return prefix;
    }

    /** Where the role lands after signing in ({@code /home} until the profession's own home page exists). */
    public String home() {
        return home;
    }

    public String title() {
        return title;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** The area of a role's own work (each role has exactly one). */
    public static PageArea of(Role role) {
        return Arrays.stream(values()).filter(area -> area.roles.contains(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no pages for role " + role));
    }
}
