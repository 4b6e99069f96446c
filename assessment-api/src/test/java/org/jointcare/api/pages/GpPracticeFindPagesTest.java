package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A GP practice finds a patient registered with it (NHS number, or name and date of birth) and refers
 * them from the result: the API's search, so nobody outside the practice's relationships is shown and
 * every person read is in the access log as the API logs it.
 */
class GpPracticeFindPagesTest extends PageTest {

    @Test
    void aPatientOfThePracticeIsFoundByNhsNumberAndReferredFromTheResult() throws Exception {
        String nhs = nhsNumber();
        UUID patient = register(MARKET_STREET, "Findablewell", nhs);

        MvcResult blank = page(GP_MARKET_STREET, "/gp-practice/people");
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(blank)).contains("<h1 class=\"govuk-heading-l\">Find a patient</h1>", "for=\"nhsNumber\"",
                "for=\"familyName\"", "dateOfBirth-day").doesNotContain("id=\"results\"");

        MvcResult found = page(GP_MARKET_STREET, "/gp-practice/people?search=1&nhsNumber=" + nhs);
        assertThat(html(found)).contains("1 patient found", "Edith Findablewell", "12 April 1936",
                "href=\"/gp-practice/people/" + patient + "/referral\"", "Make a referral");
        assertThat(accessLogFor(patient)).filteredOn(row -> GP_MARKET_STREET.equals(row.get("USER_ID")))
                .anySatisfy(row -> assertThat(row).containsEntry("ACTION", "FIND_CARE_RECORDS").containsEntry("OUTCOME", "ALLOWED"));

        MvcResult form = page(GP_MARKET_STREET, "/gp-practice/people/" + patient + "/referral");
        MvcResult made = submit(GP_MARKET_STREET, "/gp-practice/people/" + patient + "/referral", Map.of("reason", "Falls at home",
                "urgency", "ROUTINE", "requesterName", "Dr Reid", "version", GpPracticePagesTest.hidden(html(form), "version"),
                "idempotencyKey", GpPracticePagesTest.hidden(html(form), "idempotencyKey")));
        assertThat(made.getResponse().getStatus()).isEqualTo(303);
        assertThat(made.getResponse().getRedirectedUrl()).endsWith("/gp-practice/referrals?made=1");
    }

    @Test
    void byNameAndDateOfBirthOnlyThePracticesOwnPatientsAreShown() throws Exception {
        String family = "Samename" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "x");
        UUID ours = register(MARKET_STREET, family, null);
        UUID theirs = register(SOUTHGATE, family, null);

        MvcResult found = page(GP_MARKET_STREET, "/gp-practice/people?search=1&familyName=" + family
                + "&dateOfBirth-day=12&dateOfBirth-month=4&dateOfBirth-year=1936");
        assertThat(html(found)).contains("1 patient found", "/gp-practice/people/" + ours + "/referral")
                .doesNotContain(theirs.toString());
        assertThat(accessLogFor(theirs)).as("a person outside the practice is never read")
                .noneMatch(row -> GP_MARKET_STREET.equals(row.get("USER_ID")));
    }

    @Test
    void anotherPracticesPatientByNhsNumberIsNotFoundAndTheFormSaysWhatIsWrong() throws Exception {
        String nhs = nhsNumber();
        UUID theirs = register(SOUTHGATE, "Otherwell", nhs);
        MvcResult none = page(GP_MARKET_STREET, "/gp-practice/people?search=1&nhsNumber=" + nhs);
        assertThat(html(none)).contains("0 patients found", "Nobody registered with your practice matches")
                .doesNotContain("Otherwell", theirs.toString());

        MvcResult empty = page(GP_MARKET_STREET, "/gp-practice/people?search=1");
        assertThat(html(empty)).contains("govuk-error-summary", "href=\"#nhsNumber\"", "id=\"nhsNumber-error\"",
                "Enter an NHS number, or a family name and date of birth", "<title>Error: Find a patient - JointCare</title>");
        MvcResult invalid = page(GP_MARKET_STREET, "/gp-practice/people?search=1&nhsNumber=1234567890");
        assertThat(html(invalid)).contains("Enter a valid NHS number", "value=\"1234567890\"");
        assertThat(page(LINKWORKER_NORTH, "/gp-practice/people").getResponse().getStatus()).isEqualTo(404);
    }

    private UUID register(String practice, String family, String nhs) throws Exception {
        Map<String, Object> registration = new HashMap<>(registration(practice, family));
        if (nhs != null) {
            registration.put("nhsNumber", nhs);
        }
        String gp = practice.equals(MARKET_STREET) ? GP_MARKET_STREET : GP_SOUTHGATE;
        MvcResult result = send(gp, "/api/v1/care-records", registration);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(body(result).get("careRecordId").asText());
    }
}
