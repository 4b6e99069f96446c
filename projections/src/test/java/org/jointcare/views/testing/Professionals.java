package org.jointcare.views.testing;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;

/** The people who act on care records in the scenarios, with their organisations. */
public final class Professionals {

    public static final String PRACTICE_NORTH = "J82034";
    public static final String PRACTICE_SOUTH = "J82112";
    public static final String PRACTICE_WEST = "J83005";
    public static final String SOCIAL_CARE_NORTH = "SC-NORTH";
    public static final String SOCIAL_CARE_SOUTH = "SC-SOUTH";
    public static final String NURSING_NORTH = "DN-NORTH";
    public static final String NURSING_SOUTH = "DN-SOUTH";
    public static final String ROYAL_DEVON = "RD1";
    public static final String DERRIFORD = "RK9";

    private Professionals() {
    }

    public static Actor gp(String practiceCode) {
        return new Actor("gp." + practiceCode.toLowerCase(), Role.GP_PRACTICE, practiceCode);
    }

    public static Actor linkworker(String userId) {
        return new Actor(userId, Role.LINKWORKER, userId.endsWith(".s") ? SOCIAL_CARE_SOUTH : SOCIAL_CARE_NORTH);
    }

    public static Actor linkworker(String userId, String socialCareTeam) {
        return new Actor(userId, Role.LINKWORKER, socialCareTeam);
    }

    public static Actor districtNurse(String teamCode) {
        return new Actor("nurse." + teamCode.toLowerCase(), Role.DISTRICT_NURSE, teamCode);
    }

    public static Actor dischargeTeam(String trustCode) {
        return new Actor("discharge." + trustCode.toLowerCase(), Role.HOSPITAL_DISCHARGE_TEAM, trustCode);
    }

    public static Actor privacyOfficer() {
        return new Actor("privacy.lead", Role.PRIVACY_OFFICER, "LA-PRIVACY");
    }
}
