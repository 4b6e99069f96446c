package org.jointcare.api.demo;

import java.util.List;
import java.util.Set;
import org.jointcare.api.directory.HospitalTrust;
import org.jointcare.api.directory.NursingTeam;
import org.jointcare.api.directory.Practice;
import org.jointcare.api.directory.SocialCareTeam;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;

/**
 * Who works where in the demo: two localities, three practices, a social care and a nursing
 * team per locality, one hospital trust, and a professional for every role. Every demo
 * professional logs in with {@link #DEMO_PASSWORD} (README, "Demo users and people").
 */
public final class DemoDirectory {

    /** The password of every demo professional. Demo only: never load demo data into a real deployment. */
    public static final String DEMO_PASSWORD = "jointcare-demo";

    public static final String NORTH = "North Wiltshire";
    public static final String SOUTH = "South Wiltshire";

    public static final String RIVERSIDE = "J82034";
    public static final String MARKET_STREET = "J82035";
    public static final String SOUTHGATE = "J82036";

    public static final String SC_NORTH = "SC-NORTH";
    public static final String SC_SOUTH = "SC-SOUTH";
    public static final String DN_NORTH = "DN-NORTH";
    public static final String DN_SOUTH = "DN-SOUTH";
    /** The community health trust that employs both nursing teams. */
    public static final String COMMUNITY_TRUST = "R1C";
    /** The acute hospital trust whose discharge team records admissions and discharges. */
    public static final String HOSPITAL_TRUST = "RD1";
    /** The integrated care board where the joint commissioner and the privacy officer work. */
    public static final String COMMISSIONING_ORGANISATION = "QOX";

    static final List<Practice> PRACTICES = List.of(
            new Practice(RIVERSIDE, "Riverside Surgery", NORTH),
            new Practice(MARKET_STREET, "Market Street Medical Centre", NORTH),
            new Practice(SOUTHGATE, "Southgate Health Centre", SOUTH));

    static final List<HospitalTrust> HOSPITAL_TRUSTS = List.of(new HospitalTrust(HOSPITAL_TRUST, "Royal United Hospitals Bath"));

    static final List<SocialCareTeam> SOCIAL_CARE_TEAMS = List.of(
            new SocialCareTeam(SC_NORTH, "North Wiltshire Adult Social Care", NORTH),
            new SocialCareTeam(SC_SOUTH, "South Wiltshire Adult Social Care", SOUTH));

    static final List<NursingTeam> NURSING_TEAMS = List.of(
            new NursingTeam(DN_NORTH, "North Community Nursing Team", COMMUNITY_TRUST, Set.of(RIVERSIDE, MARKET_STREET)),
            new NursingTeam(DN_SOUTH, "South Community Nursing Team", COMMUNITY_TRUST, Set.of(SOUTHGATE)));

    /** A demo professional before their password is hashed. */
    public record DemoProfessional(String userId, String displayName, Role role, String organisationCode,
                                   Set<String> attachedPracticeCodes, String nursingTeamCode) {

        public Actor actor() {
            return new Actor(userId, role, organisationCode);
        }
    }

    public static final DemoProfessional LINKWORKER_NORTH = new DemoProfessional(
            "amara.okafor", "Amara Okafor", Role.LINKWORKER, SC_NORTH, Set.of(RIVERSIDE, MARKET_STREET), null);
    public static final DemoProfessional LINKWORKER_SOUTH = new DemoProfessional(
            "tom.hughes", "Tom Hughes", Role.LINKWORKER, SC_SOUTH, Set.of(SOUTHGATE), null);
    public static final DemoProfessional DISTRICT_NURSE_NORTH = new DemoProfessional(
            "grace.mbeki", "Grace Mbeki", Role.DISTRICT_NURSE, DN_NORTH, Set.of(), DN_NORTH);
    public static final DemoProfessional DISTRICT_NURSE_SOUTH = new DemoProfessional(
            "owen.price", "Owen Price", Role.DISTRICT_NURSE, DN_SOUTH, Set.of(), DN_SOUTH);
    public static final DemoProfessional GP_RIVERSIDE = new DemoProfessional(
            "dr.priya.shah", "Dr Priya Shah", Role.GP_PRACTICE, RIVERSIDE, Set.of(), null);
    public static final DemoProfessional GP_MARKET_STREET = new DemoProfessional(
            "dr.alan.reid", "Dr Alan Reid", Role.GP_PRACTICE, MARKET_STREET, Set.of(), null);
    public static final DemoProfessional GP_SOUTHGATE = new DemoProfessional(
            "dr.helen.ward", "Dr Helen Ward", Role.GP_PRACTICE, SOUTHGATE, Set.of(), null);
    public static final DemoProfessional DISCHARGE_COORDINATOR = new DemoProfessional(
            "sam.patel", "Sam Patel", Role.HOSPITAL_DISCHARGE_TEAM, HOSPITAL_TRUST, Set.of(), null);
    public static final DemoProfessional COMMISSIONER = new DemoProfessional(
            "jo.bennett", "Jo Bennett", Role.COMMISSIONER, COMMISSIONING_ORGANISATION, Set.of(), null);
    public static final DemoProfessional PRIVACY_OFFICER = new DemoProfessional(
            "lee.carter", "Lee Carter", Role.PRIVACY_OFFICER, COMMISSIONING_ORGANISATION, Set.of(), null);

    public static final List<DemoProfessional> PROFESSIONALS = List.of(
            LINKWORKER_NORTH, LINKWORKER_SOUTH, DISTRICT_NURSE_NORTH, DISTRICT_NURSE_SOUTH,
            GP_RIVERSIDE, GP_MARKET_STREET, GP_SOUTHGATE, DISCHARGE_COORDINATOR, COMMISSIONER, PRIVACY_OFFICER);

    private DemoDirectory() {
    }
}
