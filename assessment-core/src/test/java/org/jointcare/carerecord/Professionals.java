package org.jointcare.carerecord;

/**
 * The people who act on Margaret Ellis's care record in the test scenarios, each with the
 * organisation code their role acts for. Her registered practice is J82034.
 */
public final class Professionals {

    public static final String REGISTERED_PRACTICE = "J82034";
    public static final String ANOTHER_PRACTICE = "K81002";
    public static final String NORTH_NURSING_TEAM = "DN-NORTH";
    public static final String SOUTH_NURSING_TEAM = "DN-SOUTH";

    /** Linkworker attached to the practice, from the north social care team. */
    public static final Actor LINKWORKER = new Actor("amy.shah", Role.LINKWORKER, "SC-NORTH");
    public static final Actor DISTRICT_NURSE = new Actor("joan.price", Role.DISTRICT_NURSE, NORTH_NURSING_TEAM);
    public static final Actor GP = new Actor("dr.okafor", Role.GP_PRACTICE, REGISTERED_PRACTICE);
    public static final Actor PRACTICE_RECEPTION = new Actor("sue.miller", Role.GP_PRACTICE, REGISTERED_PRACTICE);
    public static final Actor GP_ELSEWHERE = new Actor("dr.hughes", Role.GP_PRACTICE, ANOTHER_PRACTICE);
    /** Works from the registered practice's building but not for the practice. */
    public static final Actor ATTACHED_NURSE_AT_THE_PRACTICE = new Actor("kim.lowe", Role.DISTRICT_NURSE, REGISTERED_PRACTICE);
    public static final Actor DISCHARGE_COORDINATOR = new Actor("raj.patel", Role.HOSPITAL_DISCHARGE_TEAM, "RD1");
    public static final Actor PRIVACY_OFFICER = new Actor("caldicott.lead", Role.PRIVACY_OFFICER, "SC-NORTH");

    private Professionals() {
    }
}
