package org.jointcare.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid request bodies for every command, as a client would send them. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> consent(String decision) {
        return map("decision", decision, "limits", decision.equals("AGREED_WITH_LIMITS") ? "Not the mental health history" : null);
    }

    public static Map<String, Object> nursingTeam(String code) {
        return map("nursingTeamCode", code);
    }

    public static Map<String, Object> referral() {
        return referral("J82034");
    }

    public static Map<String, Object> referral(String requestingPractice) {
        return map("source", "GP",
                "requester", map("name", "Dr Priya Shah", "organisationCode", requestingPractice),
                "reason", "Falls at home; struggling with stairs and meals since her husband died.",
                "urgency", "SOON");
    }

    public static Map<String, Object> acceptance(String linkworker) {
        return map("linkworkerUserId", linkworker);
    }

    public static Map<String, Object> referralClosure() {
        return map("closure", "SIGNPOSTED", "reason", "Signposted to the Age UK befriending scheme.");
    }

    public static Map<String, Object> assessmentStart(UUID referralId, String lead) {
        return map("referralId", referralId.toString(), "leadAssessorUserId", lead);
    }

    public static Map<String, Object> contribution(String discipline) {
        return map("discipline", discipline,
                "contributorName", "Contributor",
                "summary", "Needs help with washing and meals; unsteady on her feet.",
                "needs", List.of(map("domain", "PERSONAL_CARE", "level", "SUBSTANTIAL", "description", "Washing and dressing"),
                        map("domain", "MOBILITY", "level", "MODERATE", "description", "Stairs")),
                "outcomes", !discipline.equals("SOCIAL_CARE") ? List.of() : List.of(
                        map("outcome", "MAINTAINING_PERSONAL_HYGIENE", "achieved", false, "unableReason", "CANNOT_WITHOUT_HELP", "note", "Cannot get into the bath"),
                        map("outcome", "MANAGING_AND_MAINTAINING_NUTRITION", "achieved", false, "unableReason", "TAKES_SIGNIFICANTLY_LONGER", "note", null)),
                "medicalHistory", discipline.equals("GP") ? "Osteoarthritis; atrial fibrillation." : null,
                "prognosis", discipline.equals("GP") ? "Stable with support." : null);
    }

    public static Map<String, Object> completion() {
        return map("agreedNeeds", List.of(
                        map("domain", "PERSONAL_CARE", "level", "SUBSTANTIAL", "responsibility", "SOCIAL_CARE", "description", "Morning wash"),
                        map("domain", "MOBILITY", "level", "MODERATE", "responsibility", "JOINT", "description", "Stair rail")),
                "needsArisingFromImpairmentOrIllness", true,
                "outcomes", List.of(
                        map("outcome", "MAINTAINING_PERSONAL_HYGIENE", "achieved", false, "unableReason", "CANNOT_WITHOUT_HELP", "note", null),
                        map("outcome", "MANAGING_AND_MAINTAINING_NUTRITION", "achieved", false, "unableReason", "TAKES_SIGNIFICANTLY_LONGER", "note", null)),
                "significantImpactOnWellbeing", true,
                "personViewsAndWishes", "Wants to stay in her own home.",
                "carerNeeds", "Daughter visits weekly; would like respite.",
                "chcChecklist", "NEGATIVE");
    }

    public static Map<String, Object> terms() {
        return map("services", List.of(map(
                        "type", "HOME_CARE", "providerType", "PRIVATE_AGENCY", "providerName", "Helping Hands",
                        "unitsPerWeek", 7, "unitCostPence", 2150,
                        "funding", map("stream", "JOINT", "healthPercent", 40, "socialCarePercent", 60),
                        "meetsNeeds", List.of("PERSONAL_CARE"))),
                "personContributionPencePerWeek", 1500);
    }

    public static Map<String, Object> packageArrangement(UUID assessmentId, LocalDate start) {
        return map("assessmentId", assessmentId.toString(), "startDate", start.toString(), "terms", terms());
    }

    public static Map<String, Object> packageRevision(UUID assessmentId, LocalDate start, String reason) {
        return map("assessmentId", assessmentId.toString(), "startDate", start.toString(), "terms", terms(), "reason", reason);
    }

    public static Map<String, Object> packageAmendment(LocalDate from) {
        return map("effectiveFrom", from.toString(), "terms", terms(), "reason", "Evening call added");
    }

    public static Map<String, Object> reason(String reason) {
        return map("reason", reason);
    }

    public static Map<String, Object> admission(String hospitalCode, Instant at) {
        return map("hospitalName", "Great Western Hospital", "hospitalCode", hospitalCode, "ward", "Ward 4",
                "admittedAt", at.toString(), "type", "EMERGENCY", "privatePatient", false);
    }

    public static Map<String, Object> dischargePlan(LocalDate expected) {
        return map("expectedDate", expected.toString(), "medicallyFit", true, "pathway", "PATHWAY_1_HOME_WITH_SUPPORT",
                "toBeInPlaceFirst", List.of("Package restarted"));
    }

    public static Map<String, Object> discharge(Instant at) {
        return map("dischargedAt", at.toString(), "destination", "USUAL_RESIDENCE",
                "clinicalSummary", "Fractured wrist, plastered; mobilising with frame.",
                "medicationChanges", List.of(map("medication", "Codeine", "kind", "STARTED", "detail", "30mg qds for 5 days")),
                "followUpActions", List.of(map("forWhom", "GP", "action", "Review pain relief in a week")),
                "informationGiven", "Leaflet on falls prevention", "delayReason", null);
    }

    public static Map<String, Object> reviewSchedule(LocalDate dueBy) {
        return map("dueBy", dueBy.toString(), "trigger", "ON_REQUEST");
    }

    public static Map<String, Object> reviewCompletion(LocalDate on) {
        return map("conductedOn", on.toString(), "needsMet", true, "outcome", "CONTINUE",
                "personViews", "Happy with the carers.", "carerViews", "Respite helped.", "notes", null);
    }

    public static Map<String, Object> closure() {
        return map("reason", "MOVED_AWAY", "note", "Moved to live with her daughter in Leeds");
    }

    public static Map<String, Object> emergencyAccess(int minutes) {
        return map("reason", "Unconscious in A&E; medication history needed", "minutes", minutes);
    }

    /** A map that keeps order and allows null values (Map.of does neither). */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
