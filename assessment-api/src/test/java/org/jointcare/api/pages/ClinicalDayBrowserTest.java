package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A short day in the browser for the GP practice, the hospital discharge team and the district
 * nurse: sign in (home page checked with axe and photographed), one piece of work, its result, sign out.
 */
class ClinicalDayBrowserTest extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGpPracticeReadsADischargeSummaryAndAcknowledgesIt() throws Exception {
        UUID person = register(ApiTest.MARKET_STREET, ApiTest.GP_MARKET_STREET, "Browsergp", null);
        JsonNode admission = api(ApiTest.HOSPITAL_RD1, "/api/v1/care-records/" + person + "/admissions",
                Bodies.admission("RD1", clock.instant()));
        String admissionId = admission.get("id").asText();
        api(ApiTest.HOSPITAL_RD1, "/api/v1/care-records/" + person + "/admissions/" + admissionId + "/discharge",
                Bodies.discharge(clock.instant()));

        signIn(ApiTest.GP_MARKET_STREET, PASSWORD);
        assertThat(heading()).isEqualTo("Your practice");
        screenshot("home-gp-practice");
        open("/gp-practice/notices/" + person + "/" + admissionId + "/discharge");
        assertThat(pageText()).contains("Clinical summary", "Fractured wrist", "Plan and requested actions");
        press("#acknowledge");
        assertThat(pageText()).contains("Notice acknowledged");
        assertThat(browser.findElements(org.openqa.selenium.By.id("acknowledge"))).isEmpty();

        // find the patient, refer them from the result; the referrals list (a view) shows it at once
        open("/gp-practice");
        press("#find-patient");
        press("#find");
        assertThat(pageText()).contains("There is a problem", "Enter an NHS number, or a family name and date of birth");
        type("familyName", "Browsergp");
        press("#find");
        assertThat(pageText()).contains("1 patient found", "Edith Browsergp");
        press("a[href='/gp-practice/people/" + person + "/referral']");
        type("reason", "Not coping at home since discharge");
        find("label[for='urgency-1']").click();
        press("#send-referral");
        assertThat(pageText()).contains("Your referral was sent", "Edith Browsergp", "Not coping at home since discharge")
                .doesNotContain("Still updating");
        open("/gp-practice/deaths");
        assertThat(heading()).isEqualTo("Deaths of registered patients");
        open("/gp-practice/people/" + person);
        // the practice's own referral, in the patient's history, may be marked entered in error: the form describes it
        press("a[id^='mark-in-error-']");
        assertThat(heading()).contains("Mark as entered in error");
        assertThat(find("#entry").getText()).isNotBlank();
        press(".govuk-back-link");
        press("#record-death");
        press("#record-death");
        assertThat(find("#dateOfDeath-error").getText()).contains("Enter the date of death");
        signOut();
    }

    @Test
    void aDischargeTeamFindsAPersonByNhsNumberAndRecordsTheAdmission() throws Exception {
        String nhs = nhsNumber();
        register(ApiTest.MARKET_STREET, ApiTest.GP_MARKET_STREET, "Browserhosp", nhs);
        clock.advance(java.time.Duration.ofMinutes(10));
        ZonedDateTime admitted = clock.instant().atZone(PageFormats.UK).minusMinutes(5);

        signIn(ApiTest.HOSPITAL_RD1, PASSWORD);
        assertThat(heading()).isEqualTo("People in hospital at your trust");
        screenshot("home-hospital-discharge-team");
        press("#record-admission");
        type("nhsNumber", nhs);
        press("#find");
        type("hospitalName", "Great Western Hospital");
        type("ward", "Ward 9");
        setValue("admittedDate", admitted.toLocalDate().toString());
        setValue("admittedTime", admitted.toLocalTime().withSecond(0).withNano(0).toString());
        find("label[for='type-EMERGENCY']").click();
        press("#admit");
        assertThat(pageText()).contains("Admission recorded", "Ward 9", "Record the discharge");
        open("/hospital");
        assertThat(pageText()).contains("Edith Browserhosp");
        press("#notice-deliveries");
        assertThat(heading()).isEqualTo("Notices sent to GP practices");
        signOut();
    }

    @Test
    void aDistrictNurseAddsTheNursingContribution() throws Exception {
        UUID person = register(ApiTest.MARKET_STREET, ApiTest.GP_MARKET_STREET, "Browsernurse", null);
        String records = "/api/v1/care-records/" + person;
        api(ApiTest.NURSE_NORTH, records + "/nursing-team", Bodies.nursingTeam("DN-NORTH"));
        String referral = api(ApiTest.GP_MARKET_STREET, records + "/referrals", Bodies.referral(ApiTest.MARKET_STREET)).get("id").asText();
        api(ApiTest.LINKWORKER_NORTH, records + "/referrals/" + referral + "/acceptance", Bodies.acceptance(ApiTest.LINKWORKER_NORTH));
        String assessment = api(ApiTest.LINKWORKER_NORTH, records + "/assessments",
                Bodies.assessmentStart(UUID.fromString(referral), ApiTest.LINKWORKER_NORTH)).get("id").asText();

        signIn(ApiTest.NURSE_NORTH, PASSWORD);
        assertThat(heading()).isEqualTo("Your team's worklist");
        screenshot("home-district-nurse");
        open("/district-nursing/people/" + person + "/assessments/" + assessment + "/contribution");
        type("summary", "Pressure areas intact; leg ulcer dressed twice weekly.");
        press("#add-contribution");
        assertThat(pageText()).contains("District nursing contribution added", "shared case history");

        // the contribution was meant for someone else: marked entered in error, it leaves the history
        press("a[id^='mark-in-error-']");
        press("#mark");
        assertThat(pageText()).contains("There is a problem", "Enter why the entry was entered in error");
        type("reason", "Recorded on the wrong person");
        press("#mark");
        assertThat(pageText()).contains("Entry marked entered in error").doesNotContain("leg ulcer dressed twice weekly");
        press("#ask-carers-assessment");
        assertThat(heading()).contains("Ask for a carer’s assessment");
        open("/district-nursing/deaths");
        assertThat(heading()).isEqualTo("Deaths to acknowledge");
        signOut();
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private UUID register(String practice, String gp, String familyName, String nhs) throws Exception {
        Map<String, Object> registration = new HashMap<>(Map.of("person", Map.of("givenName", "Edith", "familyName", familyName,
                "dateOfBirth", "1936-04-12", "registeredPracticeCode", practice, "locality", "North",
                "livingSituation", "LIVES_ALONE")));
        if (nhs != null) {
            registration.put("nhsNumber", nhs);
        }
        return UUID.fromString(api(gp, "/api/v1/care-records", registration).get("careRecordId").asText());
    }

    /** A command through the API as the professional (HTTP Basic, as the API takes it). */
    private JsonNode api(String user, String path, Object body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private static String nhsNumber() {
        java.util.Random random = new java.util.Random();
        while (true) {
            String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }
}
