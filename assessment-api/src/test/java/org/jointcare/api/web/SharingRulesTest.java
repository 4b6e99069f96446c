package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sharing rules, from outside: someone with no relationship to a person hears exactly what
 * they would hear for an id that does not exist, whether they ask by id, by list or by a body
 * naming someone else's practice, team or trust, and each attempt is in the access log.
 */
class SharingRulesTest extends ApiTest {

    private UUID southPerson;
    /** A family name no other test uses, so a search finds this person on its first page. */
    private final String southFamilyName = "Southwell" + (char) ('a' + new java.util.Random().nextInt(26))
            + (char) ('a' + new java.util.Random().nextInt(26)) + (char) ('a' + new java.util.Random().nextInt(26));

    /** Edith, registered at Southgate, served by the south nursing team, allocated to the south linkworker, in hospital at RD1. */
    @BeforeEach
    void aPersonInTheSouth() throws Exception {
        southPerson = registerAt(SOUTHGATE, southFamilyName);
        String record = records(southPerson);
        expect(send(NURSE_SOUTH, record + "/nursing-team", Bodies.nursingTeam("DN-SOUTH")), 200);
        UUID referral = id(expect(send(GP_SOUTHGATE, record + "/referrals", Bodies.referral()), 201));
        expect(send(LINKWORKER_SOUTH, record + "/referrals/" + referral + "/acceptance", Bodies.acceptance(LINKWORKER_SOUTH)), 200);
        expect(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
    }

    @Test
    void everyoneWithARelationshipReachesThePerson() throws Exception {
        for (String user : List.of(GP_SOUTHGATE, LINKWORKER_SOUTH, NURSE_SOUTH, HOSPITAL_RD1)) {
            expect(read(user, records(southPerson)), 200);
        }
    }

    @Test
    void byIdEveryRoleWithoutARelationshipHearsWhatAnUnknownIdHears() throws Exception {
        for (Map.Entry<Role, String> entry : NORTH_USER_BY_ROLE.entrySet()) {
            String user = entry.getValue();
            MvcResult existing = read(user, records(southPerson));
            MvcResult unknown = read(user, records(UUID.randomUUID()));
            assertThat(existing.getResponse().getStatus()).as(user)
                    .isEqualTo(unknown.getResponse().getStatus())
                    .isEqualTo(entry.getKey() == Role.COMMISSIONER || entry.getKey() == Role.PRIVACY_OFFICER ? 403 : 404);
            assertSameProblem(existing, unknown);
            if (existing.getResponse().getStatus() == 404) {
                assertThat(lastLogRow(user)).containsEntry("OUTCOME", "REFUSED").containsEntry("ACTION", "READ_CARE_RECORD");
            }
        }
    }

    @Test
    void byIdAWriteWithoutARelationshipIsNotFoundAndChangesNothing() throws Exception {
        long events = eventsOn(southPerson);
        for (String user : List.of(GP_RIVERSIDE, LINKWORKER_NORTH, NURSE_NORTH, HOSPITAL_RX9)) {
            MvcResult result = send(user, records(southPerson) + "/referrals", Bodies.referral());
            assertThat(result.getResponse().getStatus()).as(user).isEqualTo(404);
            assertSameProblem(result, send(user, records(UUID.randomUUID()) + "/referrals", Bodies.referral()));
            assertThat(lastLogRowAbout(user, southPerson)).containsEntry("OUTCOME", "REFUSED");
        }
        expect(send(LINKWORKER_NORTH, records(southPerson) + "/consent", Bodies.consent("AGREED")), 404);
        expect(send(NURSE_NORTH, records(southPerson) + "/emergency-access", Bodies.map("reason", "", "minutes", 30)), 422);
        assertThat(eventsOn(southPerson)).isEqualTo(events);
    }

    @Test
    void byListAPracticeYouDoNotServeIsNotFoundAndItsPeopleNeverAppear() throws Exception {
        for (String user : List.of(GP_RIVERSIDE, LINKWORKER_NORTH, NURSE_NORTH)) {
            MvcResult list = read(user, "/api/v1/practices/" + SOUTHGATE + "/people");
            assertThat(list.getResponse().getStatus()).as(user).isEqualTo(404);
            assertSameProblem(list, read(user, "/api/v1/practices/Z99999/people"));
            assertThat(lastLogRow(user)).containsEntry("OUTCOME", "REFUSED").containsEntry("ACTION", "LIST_PRACTICE_PEOPLE");

            JsonNode found = body(expect(read(user, "/api/v1/care-records?familyName=" + southFamilyName), 200));
            assertThat(found.get("items").findValuesAsText("careRecordId")).doesNotContain(southPerson.toString());
        }
        expect(read(LINKWORKER_NORTH, "/api/v1/caseload/OPEN_REFERRALS?practice=" + SOUTHGATE), 404);
        assertThat(body(expect(read(LINKWORKER_SOUTH, "/api/v1/practices/" + SOUTHGATE + "/people?size=100"), 200))
                .get("items").findValuesAsText("careRecordId")).contains(southPerson.toString());
        assertThat(body(expect(read(GP_SOUTHGATE, "/api/v1/care-records?familyName=" + southFamilyName.toLowerCase()), 200))
                .get("items").findValuesAsText("careRecordId")).contains(southPerson.toString());
    }

    @Test
    void byBodyNamingAnotherPracticeTeamOrTrustIsNotFound() throws Exception {
        // registering someone at a practice you do not serve
        for (String user : List.of(GP_RIVERSIDE, LINKWORKER_NORTH, NURSE_NORTH)) {
            expect(send(user, "/api/v1/care-records", registration(SOUTHGATE, "Jones")), 404);
            assertThat(lastLogRow(user)).containsEntry("OUTCOME", "REFUSED").containsEntry("ACTION", "REGISTER_PERSON");
        }
        // recording an admission at another trust
        UUID northPerson = registerAt(RIVERSIDE);
        expect(send(HOSPITAL_RX9, records(northPerson) + "/admissions", Bodies.admission("RD1", clock.instant())), 404);
        assertThat(lastLogRowAbout(HOSPITAL_RX9, northPerson)).containsEntry("OUTCOME", "REFUSED");
        // a district nurse assigning another team
        expect(send(NURSE_NORTH, records(northPerson) + "/nursing-team", Bodies.nursingTeam("DN-SOUTH")), 404);
        // allocating a referral to a linkworker who is not attached to the person's practice
        UUID referral = id(expect(send(GP_RIVERSIDE, records(northPerson) + "/referrals", Bodies.referral()), 201));
        JsonNode problem = body(expect(send(LINKWORKER_NORTH, records(northPerson) + "/referrals/" + referral + "/acceptance",
                Bodies.acceptance(LINKWORKER_SOUTH)), 422));
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("linkworkerUserId");
    }

    @Test
    void aHospitalTeamReachesAPersonWhileAdmittedThereAndForTheCorrectionWindowAfterItsDischarge() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        expect(read(HOSPITAL_RD1, records(person)), 404);
        UUID admission = id(expect(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant())), 201));
        expect(read(HOSPITAL_RD1, records(person)), 200);
        expect(read(HOSPITAL_RX9, records(person)), 404);
        clock.advance(Duration.ofHours(1));
        expect(send(HOSPITAL_RD1, records(person) + "/admissions/" + admission + "/discharge", Bodies.discharge(clock.instant())), 200);
        // the trust that recorded the discharge keeps the relationship for 7 days, to correct its summary
        expect(read(HOSPITAL_RD1, records(person)), 200);
        assertThat((String) lastLogRowAbout(HOSPITAL_RD1, person).get("BASIS")).contains("may correct the summary until");
        expect(read(HOSPITAL_RX9, records(person)), 404);
        clock.advance(Duration.ofDays(7));
        expect(read(HOSPITAL_RD1, records(person)), 404);
    }

    @Test
    void aHospitalTeamFindsThePersonInFrontOfThemByNhsNumberToRecordTheirAdmission() throws Exception {
        String nhs = nhsNumber();
        Map<String, Object> registration = new java.util.LinkedHashMap<>(registration(RIVERSIDE, "Okonjo"));
        registration.put("nhsNumber", nhs);
        UUID person = UUID.fromString(body(expect(send(GP_RIVERSIDE, "/api/v1/care-records", registration), 201))
                .get("careRecordId").asText());

        assertThat(body(expect(read(LINKWORKER_SOUTH, "/api/v1/care-records?nhsNumber=" + nhs), 200)).get("items")).isEmpty();
        JsonNode found = body(expect(read(HOSPITAL_RX9, "/api/v1/care-records?nhsNumber=" + nhs), 200));
        assertThat(found.at("/items/0/careRecordId").asText()).isEqualTo(person.toString());
        assertThat((String) lastLogRowAbout(HOSPITAL_RX9, person).get("BASIS")).contains("identity lookup");
        expect(read(HOSPITAL_RX9, records(person)), 404);
        expect(send(HOSPITAL_RX9, records(person) + "/admissions", Bodies.admission("RX9", clock.instant())), 201);
        expect(read(HOSPITAL_RX9, records(person)), 200);
        expect(read(HOSPITAL_RX9, "/api/v1/care-records?nhsNumber=9434765918"), 400);
    }

    @Test
    void refusedConsentHidesThePersonFromEveryLookupOutsideTheRecordingOrganisationUnlessInAnEmergency() throws Exception {
        String nhs = nhsNumber();
        String familyName = "Refusal" + southFamilyName;
        Map<String, Object> registration = new java.util.LinkedHashMap<>(registration(RIVERSIDE, familyName));
        registration.put("nhsNumber", nhs);
        UUID person = UUID.fromString(body(expect(send(GP_RIVERSIDE, "/api/v1/care-records", registration), 201))
                .get("careRecordId").asText());
        expect(send(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("REFUSED")), 200);

        // the hospital's identity lookup: not a name, a date of birth or a practice of someone who refused
        MvcResult lookup = expect(read(HOSPITAL_RX9, "/api/v1/care-records?nhsNumber=" + nhs), 200);
        assertThat(body(lookup).get("items")).isEmpty();
        assertThat(lookup.getResponse().getContentAsString()).doesNotContain(familyName, "1936", RIVERSIDE);
        assertThat(lastLogRowAbout(HOSPITAL_RX9, person)).containsEntry("OUTCOME", "REFUSED");
        assertThat((String) lastLogRowAbout(HOSPITAL_RX9, person).get("BASIS")).contains("consent");
        // every other lookup goes through the same rule
        assertThat(body(expect(read(LINKWORKER_NORTH, "/api/v1/care-records?nhsNumber=" + nhs), 200))
                .get("items")).isEmpty();
        assertThat(body(expect(read(LINKWORKER_NORTH, "/api/v1/care-records?familyName=" + familyName), 200))
                .get("items")).isEmpty();
        assertThat(body(expect(read(NURSE_NORTH, "/api/v1/care-records?familyName=" + familyName), 200))
                .get("items")).isEmpty();
        // the recording organisation still finds them
        assertThat(body(expect(read(GP_RIVERSIDE, "/api/v1/care-records?nhsNumber=" + nhs), 200))
                .at("/items/0/careRecordId").asText()).isEqualTo(person.toString());

        // emergency access reaches them, in the lookup too
        expect(send(HOSPITAL_RX9, records(person) + "/emergency-access", Bodies.emergencyAccess(30)), 201);
        JsonNode found = body(expect(read(HOSPITAL_RX9, "/api/v1/care-records?nhsNumber=" + nhs), 200));
        assertThat(found.at("/items/0/careRecordId").asText()).isEqualTo(person.toString());
        assertThat((String) lastLogRowAbout(HOSPITAL_RX9, person).get("BASIS")).startsWith("emergency access");
    }

    @Test
    void refusedConsentHidesTheRecordOutsideTheRecordingOrganisationUntilItChanges() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        expect(read(LINKWORKER_NORTH, records(person)), 200);
        expect(read(NURSE_NORTH, records(person)), 200);

        expect(send(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("REFUSED")), 200);
        expect(read(LINKWORKER_NORTH, records(person)), 404);
        assertThat(lastLogRowAbout(LINKWORKER_NORTH, person)).containsEntry("OUTCOME", "REFUSED");
        assertThat((String) lastLogRowAbout(LINKWORKER_NORTH, person).get("BASIS")).contains("consent");
        expect(read(NURSE_NORTH, records(person)), 404);
        expect(read(GP_RIVERSIDE, records(person)), 200);
        assertThat(body(expect(read(LINKWORKER_NORTH, "/api/v1/practices/" + RIVERSIDE + "/people?size=100"), 200))
                .get("items").findValuesAsText("careRecordId")).doesNotContain(person.toString());

        expect(send(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("AGREED_WITH_LIMITS")), 200);
        expect(read(LINKWORKER_NORTH, records(person)), 200);
        expect(read(NURSE_NORTH, records(person)), 200);
    }

    @Test
    void emergencyAccessReachesAHiddenRecordForItsTimeAlertsThePrivacyOfficerAndThenLapses() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        expect(send(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("REFUSED")), 200);
        expect(read(HOSPITAL_RX9, records(person)), 404);

        expect(send(HOSPITAL_RX9, records(person) + "/emergency-access", Bodies.map("minutes", 60)), 422);
        MvcResult granted = expect(send(HOSPITAL_RX9, records(person) + "/emergency-access", Bodies.emergencyAccess(60)), 201);
        assertThat(body(granted).get("expiresAt").asText()).isEqualTo(clock.instant().plus(Duration.ofMinutes(60)).toString());
        assertThat(jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                String.class, person.toString())).contains("org.jointcare.carerecord.access.EmergencyAccessGranted");

        expect(read(HOSPITAL_RX9, records(person)), 200);
        assertThat((String) lastLogRowAbout(HOSPITAL_RX9, person).get("BASIS")).startsWith("emergency access");
        JsonNode alerts = body(expect(read(PRIVACY_OFFICER, "/api/v1/emergency-access-alerts"), 200));
        assertThat(alerts.get("items").findValuesAsText("careRecordId")).contains(person.toString());
        assertThat(alerts.get("items").get(0).get("userId").asText()).isEqualTo(HOSPITAL_RX9);
        assertThat(alerts.get("items").get(0).get("correlationId").asText())
                .isEqualTo(granted.getResponse().getHeader("X-Correlation-Id"));

        clock.advance(Duration.ofMinutes(59));
        expect(read(HOSPITAL_RX9, records(person)), 200);
        clock.advance(Duration.ofMinutes(1));
        expect(read(HOSPITAL_RX9, records(person)), 404);
        expect(read(LINKWORKER_NORTH, records(person)), 404);
    }

    @Test
    void emergencyAccessToAnIdThatDoesNotExistIsNotFound() throws Exception {
        expect(send(HOSPITAL_RX9, records(UUID.randomUUID()) + "/emergency-access", Bodies.emergencyAccess(30)), 404);
    }

    @Test
    void thePrivacyOfficerSearchesTheLogWhichNoOneCanChange() throws Exception {
        expect(read(LINKWORKER_NORTH, records(southPerson)), 404);
        JsonNode log = body(expect(read(PRIVACY_OFFICER, "/api/v1/access-log?careRecordId=" + southPerson
                + "&userId=" + LINKWORKER_NORTH + "&outcome=REFUSED"), 200));
        assertThat(log.get("items")).hasSize(1);
        JsonNode row = log.get("items").get(0);
        assertThat(row.get("role").asText()).isEqualTo("LINKWORKER");
        assertThat(row.get("organisationCode").asText()).isEqualTo("SC-NORTH");
        assertThat(row.get("action").asText()).isEqualTo("READ_CARE_RECORD");
        assertThat(row.get("correlationId").asText()).isNotBlank();
        JsonNode all = body(expect(read(PRIVACY_OFFICER, "/api/v1/access-log?careRecordId=" + southPerson
                + "&from=" + START.minus(Duration.ofDays(1)) + "&to=" + clock.instant().plusSeconds(1)), 200));
        assertThat(all.get("items").size()).isGreaterThanOrEqualTo(6);

        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET outcome = 'ALLOWED'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log")).hasMessageContaining("append-only");
    }

    @Test
    void eachReadOrWriteOfAPersonWritesExactlyOneLogRowAllowedOrRefused() throws Exception {
        long before = logRows();
        expect(read(GP_SOUTHGATE, records(southPerson)), 200);
        assertThat(logRows()).isEqualTo(before + 1);
        expect(send(GP_SOUTHGATE, records(southPerson) + "/consent", Bodies.consent("AGREED")), 200);
        assertThat(logRows()).isEqualTo(before + 2);
        expect(read(GP_RIVERSIDE, records(southPerson)), 404);
        assertThat(logRows()).isEqualTo(before + 3);
        expect(send(GP_RIVERSIDE, records(southPerson) + "/consent", Bodies.consent("AGREED")), 404);
        assertThat(logRows()).isEqualTo(before + 4);
        expect(read(GP_RIVERSIDE, records(UUID.randomUUID())), 404);
        assertThat(logRows()).isEqualTo(before + 5);
    }

    private long logRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class);
    }

    @Test
    void theCorrelationIdSentIsEchoedAndLogged() throws Exception {
        MvcResult result = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(records(southPerson)).header("X-Correlation-Id", "trace-abc-123")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(GP_SOUTHGATE, PASSWORD)));
        assertThat(result.getResponse().getHeader("X-Correlation-Id")).isEqualTo("trace-abc-123");
        assertThat(lastLogRowAbout(GP_SOUTHGATE, southPerson)).containsEntry("CORRELATION_ID", "trace-abc-123");
    }

    private void assertSameProblem(MvcResult a, MvcResult b) throws Exception {
        JsonNode first = body(a);
        JsonNode second = body(b);
        for (String field : List.of("type", "title", "status", "detail", "code")) {
            assertThat(first.get(field)).as(field).isEqualTo(second.get(field));
        }
    }

    private MvcResult expect(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    private UUID id(MvcResult result) throws Exception {
        return UUID.fromString(body(result).get("id").asText());
    }

    private Map<String, Object> lastLogRow(String user) {
        return jdbc.queryForMap("SELECT * FROM access_log WHERE user_id = ? ORDER BY id DESC LIMIT 1", user);
    }

    private Map<String, Object> lastLogRowAbout(String user, UUID person) {
        return jdbc.queryForMap("SELECT * FROM access_log WHERE user_id = ? AND care_record_id = ? ORDER BY id DESC LIMIT 1",
                user, person.toString());
    }
}
