package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointcare.api.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A linkworker's day in the browser: sign in to the caseload, register a person, find them again,
 * record a referral, screen and accept it, see it on the record, sign out. axe-core checks every
 * page on the way; the home page is kept as a screenshot.
 */
class LinkworkerDayBrowserTest extends BrowserTest {

    @Test
    void aLinkworkersDay() throws Exception {
        signIn(ApiTest.LINKWORKER_NORTH, PASSWORD);
        assertThat(heading()).isEqualTo("Your caseload");
        assertThat(find("#signed-in-as").getText()).contains("Amara Okafor");
        screenshot("home-linkworker");

        // register a person
        press("a[href='/linkworker/people/new']");
        assertThat(heading()).isEqualTo("Register a person");
        press("#save");
        assertThat(find(".govuk-error-summary").getText()).contains("There is a problem");
        type("givenName", "Winifred");
        type("familyName", "Ashdown");
        type("dateOfBirth", "3");
        type("dateOfBirth-month", "11");
        type("dateOfBirth-year", "1938");
        find("#registeredPracticeCode").click();
        type("locality", "North");
        find("#livingSituation").click();
        new Select(find("#ethnicity")).selectByValue("WHITE_IRISH");
        press("#save");
        assertThat(find("#done").getText()).isEqualTo("Person registered");
        assertThat(heading()).contains("Winifred Ashdown");
        assertThat(find("#ethnicity").getText()).isEqualTo("White: Irish");
        assertThat(find("#gender").getText()).isEqualTo("Not known");
        String record = browser.getCurrentUrl().replaceAll("\\?.*", "");

        // find them again by name and date of birth
        open("/linkworker/people");
        type("familyName", "Ashdown");
        type("dateOfBirth", "3");
        type("dateOfBirth-month", "11");
        type("dateOfBirth-year", "1938");
        press("#find");
        assertThat(find("#results").getText()).isEqualTo("1 person found");
        press("table a.govuk-link");
        assertThat(browser.getCurrentUrl()).isEqualTo(record);

        // record a referral, then screen and accept it
        press("#record-referral");
        find("#source").click();
        type("requesterName", "Dr Priya Shah");
        type("requesterOrganisationCode", ApiTest.RIVERSIDE);
        type("reason", "Falls at home, struggling with stairs");
        find("#urgency").click();
        press("#save");
        assertThat(find("#done").getText()).isEqualTo("Referral recorded");
        assertThat(pageText()).contains("Falls at home, struggling with stairs");

        press("a[id^='screen-']");
        assertThat(heading()).contains("Screen the referral");
        find("#decision").click();
        press("#save");
        assertThat(find("#done").getText()).isEqualTo("Referral accepted and allocated");
        assertThat(browser.findElement(By.cssSelector("td[id$='-state']")).getText())
                .isEqualTo("Accepted (allocated to " + ApiTest.LINKWORKER_NORTH + ")");

        // the person's carer: ask for the carer's assessment, carry it out, arrange the carer's support
        java.time.LocalDate today = org.jointcare.carerecord.CareCalendar.dateOf(clock.instant());
        press("#ask-carers-assessment");
        press("#ask");
        assertThat(pageText()).contains("There is a problem", "Enter the carer's name");
        type("carerName", "Tom Ashdown");
        type("carerRelationship", "husband");
        press("#ask");
        assertThat(find("#done").getText()).isEqualTo("Carer’s assessment asked for");
        press("a[id^='carry-out-']");
        typeDate("carriedOutOn", today);
        find("label[for='needsArisingFromProvidingNecessaryCare']").click();
        find("label[for='healthAtRiskOfDeteriorating']").click();
        new org.openqa.selenium.support.ui.Select(find("#outcome-RECREATIONAL_ACTIVITIES")).selectByValue("CANNOT_WITHOUT_ASSISTANCE");
        find("label[for='significantImpactOnWellbeing']").click();
        find("label[for='ableAndWillingToContinueCaring']").click();
        type("carerViews", "I need a night's sleep");
        press("#save");
        assertThat(find("#done").getText()).isEqualTo("Carer’s assessment recorded");
        press("a[id^='support-']");
        find("label[for='kind-1']").click();
        press("#save");
        assertThat(pageText()).contains("There is a problem", "Enter the carer's support plan");
        type("plan", "A carers' centre break each week");
        typeDate("startDate", today);
        press("#save");
        assertThat(find("#done").getText()).isEqualTo("Support for the carer arranged");

        // the person dies: a date in the future is refused beside the field, then the death is recorded and acknowledged
        String careRecordId = record.substring(record.lastIndexOf('/') + 1);
        press("#record-death");
        typeDate("dateOfDeath", today.plusDays(2));
        press("#record-death");
        assertThat(pageText()).contains("There is a problem");
        assertThat(find("#dateOfDeath-error").getText()).isNotBlank();
        typeDate("dateOfDeath", today.minusDays(1));
        press("#record-death");
        assertThat(find("#done").getText()).startsWith("Death recorded");
        open("/linkworker");
        open("/linkworker/deaths");
        press("#acknowledge-" + careRecordId);
        assertThat(find("#done").getText()).isEqualTo("Death notice acknowledged for your organisation.");

        // another practice's person: the same not-found page as nobody
        open("/linkworker/people/00000000-0000-0000-0000-000000000000");
        assertThat(heading()).isEqualTo("Page not found");

        open("/linkworker");
        signOut();
        open("/linkworker");
        assertThat(heading()).isEqualTo("Sign in");
    }

    private void typeDate(String field, java.time.LocalDate date) {
        type(field, String.valueOf(date.getDayOfMonth()));
        type(field + "-month", String.valueOf(date.getMonthValue()));
        type(field + "-year", String.valueOf(date.getYear()));
    }
}
