package org.jointcare.benchmarks.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jointcare.benchmarks.support.ApiClient.Answer;

/**
 * One person's joint care journey over HTTP, each step sent by the professional who does it in
 * life, with the reads each profession makes along the way: register, consent, nursing team,
 * refer, accept, assess with three contributions, complete, arrange a package, admit, plan the
 * discharge, discharge, acknowledge the notice, resume the package, schedule and complete a review.
 */
public final class HttpJourney {

    /** Where a person is registered and who serves them (the demo directory). */
    public record Team(String practiceCode, String locality, String gp, String linkworker, String nurse, String nursingTeam) {
    }

    public static final List<Team> TEAMS = List.of(
            new Team("J82034", "North Wiltshire", "dr.priya.shah", "amara.okafor", "grace.mbeki", "DN-NORTH"),
            new Team("J82035", "North Wiltshire", "dr.alan.reid", "amara.okafor", "grace.mbeki", "DN-NORTH"),
            new Team("J82036", "South Wiltshire", "dr.helen.ward", "tom.hughes", "owen.price", "DN-SOUTH"));
    public static final String DISCHARGE_COORDINATOR = "sam.patel";
    public static final String COMMISSIONER = "jo.bennett";

    /** A write the API acknowledged with a 2xx: the record, what it was, and the record's version after it. */
    public record AcknowledgedWrite(UUID careRecordId, String step, long version) {
    }

    /** Told about every answer, by the name of the request. */
    public interface Recorder {
        void answered(String request, Answer answer);
    }

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ApiClient api;
    private final Team team;
    private final String nhsNumber;
    private final boolean reads;
    private final List<AcknowledgedWrite> acknowledged = new ArrayList<>();
    private UUID careRecordId;

    public HttpJourney(ApiClient api, Team team, String nhsNumber, boolean reads) {
        this.api = api;
        this.team = team;
        this.nhsNumber = nhsNumber;
        this.reads = reads;
    }

    public List<AcknowledgedWrite> acknowledged() {
        return acknowledged;
    }

    public UUID careRecordId() {
        return careRecordId;
    }

    /**
     * Sends the journey, stopping early (before the next request) when {@code keepGoing} says so.
     * A refused write fails the journey: the figures are of a journey that works.
     */
    public void run(Recorder recorder, BooleanSupplier keepGoing) throws Exception {
        String today = LocalDate.now(UK).toString();
        Answer registered = write(recorder, "register", team.gp(), "/api/v1/care-records", """
                {"nhsNumber":"%s","person":{"givenName":"Margaret","familyName":"Hill","dateOfBirth":"1933-11-30",
                 "registeredPracticeCode":"%s","locality":"%s","preferredLanguage":"English","livingSituation":"LIVES_ALONE"}}"""
                .formatted(nhsNumber, team.practiceCode(), team.locality()));
        careRecordId = UUID.fromString(registered.json().get("careRecordId").asText());
        String record = "/api/v1/care-records/" + careRecordId;
        List<Step> steps = new ArrayList<>();
        steps.add(() -> write(recorder, "consent", team.gp(), record + "/consent", "{\"decision\":\"AGREED\"}"));
        steps.add(() -> write(recorder, "nursing team", team.gp(), record + "/nursing-team",
                "{\"nursingTeamCode\":\"" + team.nursingTeam() + "\"}"));
        String[] referral = new String[1];
        steps.add(() -> referral[0] = id(write(recorder, "refer", team.gp(), record + "/referrals", """
                {"source":"GP","requester":{"name":"Dr GP","organisationCode":"%s"},"reason":"Falls at home","urgency":"SOON"}"""
                .formatted(team.practiceCode()))));
        steps.add(() -> read(recorder, "read: GP practice people", team.gp(), "/api/v1/practices/" + team.practiceCode() + "/people"));
        steps.add(() -> write(recorder, "accept", team.linkworker(), record + "/referrals/" + referral[0] + "/acceptance",
                "{\"linkworkerUserId\":\"" + team.linkworker() + "\"}"));
        steps.add(() -> read(recorder, "read: linkworker caseload", team.linkworker(), "/api/v1/caseload/OPEN_REFERRALS"));
        String[] assessment = new String[1];
        steps.add(() -> assessment[0] = id(write(recorder, "start assessment", team.linkworker(), record + "/assessments",
                "{\"referralId\":\"" + referral[0] + "\",\"leadAssessorUserId\":\"" + team.linkworker() + "\"}")));
        steps.add(() -> write(recorder, "contribution", team.linkworker(), record + "/assessments/" + assessment[0] + "/contributions", """
                {"discipline":"SOCIAL_CARE","contributorName":"Linkworker","summary":"Needs help to wash, dress and eat well",
                 "needs":[{"domain":"PERSONAL_CARE","level":"SUBSTANTIAL","description":"Washing and dressing"}],
                 "outcomes":[{"outcome":"MAINTAINING_PERSONAL_HYGIENE","achieved":false,"unableReason":"CANNOT_WITHOUT_HELP"}]}"""));
        steps.add(() -> read(recorder, "read: district nurse history", team.nurse(), record + "/history"));
        steps.add(() -> write(recorder, "contribution", team.nurse(), record + "/assessments/" + assessment[0] + "/contributions", """
                {"discipline":"DISTRICT_NURSING","contributorName":"District nurse","summary":"Leg ulcer needs dressing twice a week",
                 "needs":[{"domain":"SKIN","level":"SUBSTANTIAL","description":"Leg ulcer"}]}"""));
        steps.add(() -> write(recorder, "contribution", team.gp(), record + "/assessments/" + assessment[0] + "/contributions", """
                {"discipline":"GP","contributorName":"GP","summary":"Frail, two falls this year",
                 "needs":[{"domain":"MOBILITY","level":"MODERATE","description":"Falls"}],"medicalHistory":"Heart failure"}"""));
        steps.add(() -> write(recorder, "complete assessment", team.linkworker(), record + "/assessments/" + assessment[0] + "/completion", """
                {"agreedNeeds":[{"domain":"PERSONAL_CARE","level":"SUBSTANTIAL","responsibility":"SOCIAL_CARE","description":"Daily help"},
                                {"domain":"SKIN","level":"SUBSTANTIAL","responsibility":"HEALTH","description":"Dressings"}],
                 "needsArisingFromImpairmentOrIllness":true,
                 "outcomes":[{"outcome":"MAINTAINING_PERSONAL_HYGIENE","achieved":false,"unableReason":"CANNOT_WITHOUT_HELP"},
                             {"outcome":"MANAGING_AND_MAINTAINING_NUTRITION","achieved":false,"unableReason":"ENDANGERS_SELF_OR_OTHERS","note":"Leaves the gas on"}],
                 "significantImpactOnWellbeing":true,"personViewsAndWishes":"Wants to stay at home","chcChecklist":"NEGATIVE"}"""));
        String[] carePackage = new String[1];
        steps.add(() -> carePackage[0] = id(write(recorder, "arrange package", team.linkworker(), record + "/packages", """
                {"assessmentId":"%s","startDate":"%s","terms":{"personContributionPencePerWeek":3500,"services":[
                  {"type":"HOME_CARE","providerType":"PRIVATE_AGENCY","providerName":"Bluebell Home Care","unitsPerWeek":14,
                   "unitCostPence":2150,"funding":{"stream":"SOCIAL_CARE","healthPercent":0,"socialCarePercent":100},"meetsNeeds":["PERSONAL_CARE"]},
                  {"type":"DISTRICT_NURSING","providerType":"NHS_TRUST","providerName":"North Community Nursing","unitsPerWeek":2,
                   "unitCostPence":4800,"funding":{"stream":"JOINT","healthPercent":60,"socialCarePercent":40},"meetsNeeds":["SKIN"]}]}}"""
                .formatted(assessment[0], today))));
        String[] admission = new String[1];
        Instant admittedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
        steps.add(() -> admission[0] = id(write(recorder, "admit", DISCHARGE_COORDINATOR, record + "/admissions", """
                {"hospitalName":"Royal United Hospital","hospitalCode":"RD1","ward":"Pickwick Ward","admittedAt":"%s","type":"EMERGENCY"}"""
                .formatted(admittedAt))));
        steps.add(() -> read(recorder, "read: discharge team record", DISCHARGE_COORDINATOR, record));
        steps.add(() -> write(recorder, "plan discharge", DISCHARGE_COORDINATOR, record + "/admissions/" + admission[0] + "/discharge-plan", """
                {"expectedDate":"%s","medicallyFit":true,"pathway":"PATHWAY_1_HOME_WITH_SUPPORT","toBeInPlaceFirst":["Home care restarted"]}"""
                .formatted(today)));
        steps.add(() -> write(recorder, "discharge", DISCHARGE_COORDINATOR, record + "/admissions/" + admission[0] + "/discharge", """
                {"dischargedAt":"%s","destination":"USUAL_RESIDENCE","clinicalSummary":"Chest infection treated",
                 "medicationChanges":[{"medication":"Amoxicillin","kind":"STARTED","detail":"5 days"}],
                 "followUpActions":[{"forWhom":"GP","action":"Review in one week"}],"informationGiven":"Leaflet given"}"""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5))));
        steps.add(() -> read(recorder, "read: GP record", team.gp(), record));
        steps.add(() -> write(recorder, "acknowledge", team.gp(),
                record + "/admissions/" + admission[0] + "/discharge-notice/acknowledgement", "{}"));
        steps.add(() -> write(recorder, "resume package", team.linkworker(), record + "/packages/" + carePackage[0] + "/resumption", "{}"));
        String[] review = new String[1];
        steps.add(() -> review[0] = id(write(recorder, "schedule review", team.linkworker(), record + "/reviews",
                "{\"dueBy\":\"" + LocalDate.now(UK).plusWeeks(2) + "\",\"trigger\":\"ON_REQUEST\"}")));
        steps.add(() -> write(recorder, "complete review", team.linkworker(), record + "/reviews/" + review[0] + "/completion",
                "{\"conductedOn\":\"" + today + "\",\"needsMet\":true,\"outcome\":\"CONTINUE\",\"personViews\":\"Happy with the carers\"}"));
        steps.add(() -> read(recorder, "read: commissioning figures", COMMISSIONER,
                "/api/v1/commissioning/figures?month=" + YearMonth.now(UK)));
        for (Step step : steps) {
            if (!keepGoing.getAsBoolean()) {
                return;
            }
            step.send();
        }
    }

    @FunctionalInterface
    private interface Step {
        Object send() throws Exception;
    }

    private Answer write(Recorder recorder, String name, String user, String path, String json) throws Exception {
        Answer answer = api.post(user, path, json);
        recorder.answered(name, answer);
        if (!answer.ok()) {
            throw new JourneyRefused(name + " answered " + answer.status() + ": " + answer.body());
        }
        JsonVersion version = JsonVersion.of(answer);
        acknowledged.add(new AcknowledgedWrite(careRecordId == null ? UUID.fromString(answer.json().get("careRecordId").asText())
                : careRecordId, name, version.value()));
        return answer;
    }

    private Answer read(Recorder recorder, String name, String user, String path) throws Exception {
        if (!reads) {
            return null;
        }
        Answer answer = api.get(user, path);
        recorder.answered(name, answer);
        if (!answer.ok()) {
            throw new JourneyRefused(name + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static String id(Answer answer) {
        return answer.json().get("id").asText();
    }

    private record JsonVersion(long value) {
        static JsonVersion of(Answer answer) {
            return new JsonVersion(answer.json().get("version").asLong());
        }
    }

    /** A step of the journey was refused: the journey cannot go on. */
    public static final class JourneyRefused extends RuntimeException {
        JourneyRefused(String message) {
            super(message);
        }
    }
}
