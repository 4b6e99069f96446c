package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointcare.api.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
        press("#save");
        assertThat(find("#done").getText()).isEqualTo("Person registered");
        assertThat(heading()).contains("Winifred Ashdown");
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

        // another practice's person: the same not-found page as nobody
        open("/linkworker/people/00000000-0000-0000-0000-000000000000");
        assertThat(heading()).isEqualTo("Page not found");

        open("/linkworker");
        signOut();
        open("/linkworker");
        assertThat(heading()).isEqualTo("Sign in");
    }
}
