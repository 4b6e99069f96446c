package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The care rules as a client meets them: unknown organisation codes, dates off the record's
 * time line, a contribution in someone else's discipline, and a package arranged over another.
 */
class CareRulesOverHttpTest extends ApiTest {

    private static final String PROBLEMS = ApiProblem.BASE;

    private static void problem(MvcResult result, int status, String code, String field) throws Exception {
        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(answer).contains("\"type\":\"" + PROBLEMS + code + "\"");
        if (field != null) {
            assertThat(answer).contains("\"field\":\"" + field + "\"");
        }
    }

    private UUID idOf(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        return UUID.fromString(body(result).get("id").asText());
    }

    /** Registered at Riverside, referred, accepted and an assessment started by the north linkworker. */
    private UUID[] assessing() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        UUID referral = idOf(send(GP_RIVERSIDE, records(id) + "/referrals", Bodies.referral()));
        send(LINKWORKER_NORTH, records(id) + "/referrals/" + referral + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH));
        UUID assessment = idOf(send(LINKWORKER_NORTH, records(id) + "/assessments", Bodies.assessmentStart(referral, LINKWORKER_NORTH)));
        return new UUID[] {id, assessment};
    }

    private UUID[] assessed() throws Exception {
        UUID[] ids = assessing();
        String path = records(ids[0]) + "/assessments/" + ids[1];
        idOf(send(LINKWORKER_NORTH, path + "/contributions", Bodies.contribution("SOCIAL_CARE")));
        idOf(send(NURSE_NORTH, path + "/contributions", Bodies.contribution("DISTRICT_NURSING")));
        idOf(send(LINKWORKER_NORTH, path + "/completion", Bodies.completion()));
        return ids;
    }

    private LocalDate today() {
        return CareCalendar.dateOf(clock.instant());
    }

    // ------------------------------------------------------------------ organisation codes

    @Test
    void registeringAtAPracticeTheDirectoryDoesNotHoldIs422NamingTheField() throws Exception {
        problem(send(LINKWORKER_NORTH, "/api/v1/care-records", registration("J99999", "Nobody")), 422,
                "unknown-organisation-code", "person.registeredPracticeCode");
    }

    @Test
    void assigningANursingTeamThatDoesNotExistIs422() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        long before = eventsOn(id);
        problem(send(GP_RIVERSIDE, records(id) + "/nursing-team", Bodies.nursingTeam("12345")), 422,
                "unknown-organisation-code", "nursingTeamCode");
        problem(send(GP_RIVERSIDE, records(id) + "/nursing-team", Bodies.nursingTeam("DN-NROTH")), 422,
                "unknown-organisation-code", "nursingTeamCode");
        assertThat(eventsOn(id)).isEqualTo(before);
        assertThat(send(GP_RIVERSIDE, records(id) + "/nursing-team", Bodies.nursingTeam("DN-NORTH")).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aReferralFromOneOfOurServicesMustNameAnOrganisationTheDirectoryHolds() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        problem(send(GP_RIVERSIDE, records(id) + "/referrals", Bodies.referral("J8203")), 422,
                "unknown-organisation-code", "requester.organisationCode");
        Map<String, Object> fromSocialServices = Bodies.referral();
        fromSocialServices.put("source", "SOCIAL_SERVICES");
        fromSocialServices.put("requester", Bodies.map("name", "Duty desk", "organisationCode", "J82034"));
        problem(send(LINKWORKER_NORTH, records(id) + "/referrals", fromSocialServices), 422,
                "unknown-organisation-code", "requester.organisationCode");
        fromSocialServices.put("requester", Bodies.map("name", "Duty desk", "organisationCode", "SC-NORTH"));
        assertThat(send(LINKWORKER_NORTH, records(id) + "/referrals", fromSocialServices).getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void anAdmissionAtAHospitalTrustTheDirectoryDoesNotHoldIs422() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        problem(send(HOSPITAL_RD1, records(id) + "/admissions", Bodies.admission("RD2", clock.instant())), 422,
                "unknown-organisation-code", "hospitalCode");
    }

    @Test
    void aVoluntaryOrganisationNamesItsOwnCodeWhichIsNotOurs() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        Map<String, Object> fromAgeUk = Bodies.referral();
        fromAgeUk.put("source", "VOLUNTARY_ORGANISATION");
        fromAgeUk.put("requester", Bodies.map("name", "Age UK Wiltshire", "organisationCode", "AGEUK-WILTS"));
        assertThat(send(LINKWORKER_NORTH, records(id) + "/referrals", fromAgeUk).getResponse().getStatus()).isEqualTo(201);
    }

    // ------------------------------------------------------------------ dates

    @Test
    void anAdmissionBeforeThePersonWasRegisteredIs422NamingTheField() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        problem(send(HOSPITAL_RD1, records(id) + "/admissions", Bodies.admission("RD1", clock.instant().minus(Duration.ofDays(10)))),
                422, "date-before-timeline", "admittedAt");
    }

    @Test
    void extremeYearsAreAProblemNeverAServerError() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        UUID admission = idOf(send(HOSPITAL_RD1, records(id) + "/admissions", Bodies.admission("RD1", clock.instant())));
        String plan = records(id) + "/admissions/" + admission + "/discharge-plan";

        Map<String, Object> year9999 = Bodies.dischargePlan(LocalDate.of(9999, 12, 31));
        problem(send(HOSPITAL_RD1, plan, year9999), 422, "date-beyond-planning-horizon", "expectedDate");
        Map<String, Object> year99999 = Bodies.dischargePlan(LocalDate.of(2026, 1, 1));
        year99999.put("expectedDate", "+99999-01-01");
        problem(send(HOSPITAL_RD1, plan, year99999), 422, "date-beyond-planning-horizon", "expectedDate");
        year99999.put("expectedDate", "99999-01-01");
        problem(send(HOSPITAL_RD1, plan, year99999), 400, "wrong-type", "expectedDate");
        year99999.put("expectedDate", "+999999999-12-31");
        problem(send(HOSPITAL_RD1, plan, year99999), 422, "date-beyond-planning-horizon", "expectedDate");
        year99999.put("expectedDate", "-999999999-01-01");
        problem(send(HOSPITAL_RD1, plan, year99999), 422, "date-before-timeline", "expectedDate");

        Map<String, Object> discharge = Bodies.discharge(clock.instant());
        discharge.put("dischargedAt", "-1000000000-01-01T00:00:00Z");
        assertThat(send(HOSPITAL_RD1, records(id) + "/admissions/" + admission + "/discharge", discharge)
                .getResponse().getStatus()).isIn(400, 422);
    }

    @Test
    void extremeYearsInADateParameterAreAProblemNeverAServerError() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        for (String year : new String[] {"+99999-01-01T00:00:00Z", "99999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
                "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z"}) {
            String encoded = java.net.URLEncoder.encode(year, java.nio.charset.StandardCharsets.UTF_8);
            for (MvcResult result : new MvcResult[] {
                    read(GP_RIVERSIDE, records(id) + "/as-at?at=" + encoded),
                    read(PRIVACY_OFFICER, "/api/v1/access-log?from=" + encoded + "&to=" + encoded),
                    read(PRIVACY_OFFICER, "/api/v1/emergency-access-alerts?since=" + encoded)}) {
                assertThat(result.getResponse().getStatus()).as(year + " " + result.getResponse().getContentAsString())
                        .isLessThan(500);
                assertThat(result.getResponse().getContentType()).startsWith("application/");
            }
        }
        for (String day : new String[] {"+99999-01-01", "99999-01-01", "-999999999-01-01", "+999999999-12-31"}) {
            MvcResult result = read(GP_RIVERSIDE, "/api/v1/care-records?familyName=Smith&dateOfBirth="
                    + java.net.URLEncoder.encode(day, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(result.getResponse().getStatus()).as(day + " " + result.getResponse().getContentAsString()).isLessThan(500);
        }
    }

    @Test
    void aPackageStartingInTheYear9999Is422() throws Exception {
        UUID[] ids = assessed();
        problem(send(LINKWORKER_NORTH, records(ids[0]) + "/packages", Bodies.packageArrangement(ids[1], LocalDate.of(9999, 1, 1))),
                422, "date-beyond-planning-horizon", "startDate");
    }

    // ------------------------------------------------------------------ contributions

    @Test
    void aDistrictNurseCannotContributeAsTheGp() throws Exception {
        UUID[] ids = assessing();
        String contributions = records(ids[0]) + "/assessments/" + ids[1] + "/contributions";
        long before = eventsOn(ids[0]);
        problem(send(NURSE_NORTH, contributions, Bodies.contribution("GP")), 403, "contribution-discipline-not-yours", "discipline");
        assertThat(eventsOn(ids[0])).isEqualTo(before);
    }

    @Test
    void theDisciplineFollowsFromWhoIsSignedInWhenTheBodyLeavesItOut() throws Exception {
        UUID[] ids = assessing();
        String contributions = records(ids[0]) + "/assessments/" + ids[1] + "/contributions";
        Map<String, Object> nursing = Bodies.contribution("DISTRICT_NURSING");
        nursing.remove("discipline");
        idOf(send(NURSE_NORTH, contributions, nursing));
        Map<String, Object> social = Bodies.contribution("SOCIAL_CARE");
        social.remove("discipline");
        idOf(send(LINKWORKER_NORTH, contributions, social));
        // one health and one social care contribution: the assessment can now be completed
        idOf(send(LINKWORKER_NORTH, records(ids[0]) + "/assessments/" + ids[1] + "/completion", Bodies.completion()));
    }

    @Test
    void aSocialCareContributionCannotCarryAMedicalHistory() throws Exception {
        UUID[] ids = assessing();
        Map<String, Object> social = Bodies.contribution("SOCIAL_CARE");
        social.put("medicalHistory", "Atrial fibrillation");
        problem(send(LINKWORKER_NORTH, records(ids[0]) + "/assessments/" + ids[1] + "/contributions", social),
                422, "contribution-field-not-for-discipline", "medicalHistory");
    }

    // ------------------------------------------------------------------ packages

    @Test
    void aSecondPackageIsRefusedWhileOneIsInForceAndARevisionReplacesIt() throws Exception {
        UUID[] ids = assessed();
        String packages = records(ids[0]) + "/packages";
        UUID first = idOf(send(LINKWORKER_NORTH, packages, Bodies.packageArrangement(ids[1], today())));

        problem(send(LINKWORKER_NORTH, packages, Bodies.packageArrangement(ids[1], today())), 409, "package-already-in-force", null);

        MvcResult revised = send(LINKWORKER_NORTH, packages + "/" + first + "/revisions",
                Bodies.packageRevision(ids[1], today().plusDays(7), "Review found evening calls are needed"));
        assertThat(revised.getResponse().getStatus()).as(revised.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode answer = body(revised);
        assertThat(answer.get("id").asText()).isNotEqualTo(first.toString());
        assertThat(revised.getResponse().getHeader("Location")).isEqualTo(packages + "/" + answer.get("id").asText());

        problem(send(LINKWORKER_NORTH, packages + "/" + first + "/suspension", Bodies.reason("Away")), 409, "package-ended", null);
        Map<String, Object> noReason = Bodies.packageRevision(ids[1], today(), " ");
        problem(send(LINKWORKER_NORTH, packages + "/" + answer.get("id").asText() + "/revisions", noReason), 422,
                "invalid-fields", "reason");
    }
}
