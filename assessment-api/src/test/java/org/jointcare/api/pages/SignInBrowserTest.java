package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointcare.api.web.ApiTest;
import org.junit.jupiter.api.Test;

/** Signing in and out in a real browser, with axe on each page; a wrong password in the error pattern. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsShownInTheErrorSummaryLinkedToTheField() {
        signIn(ApiTest.LINKWORKER_SOUTH, "not the password");
        assertThat(browser.getCurrentUrl()).contains("/sign-in?error");
        assertThat(browser.getCurrentUrl()).as(browser.getPageSource()).contains("/sign-in?error");
        assertThat(find(".govuk-error-summary a").getAttribute("href")).endsWith("#userId");
        assertThat(find("#userId-error").getText()).contains("Enter a user id and password that match");
    }

    @Test
    void eachRoleSignsInToItsOwnHomeAndSignsOut() throws Exception {
        for (String user : java.util.List.of(ApiTest.NURSE_NORTH, ApiTest.GP_RIVERSIDE, ApiTest.HOSPITAL_RD1,
                ApiTest.COMMISSIONER, ApiTest.PRIVACY_OFFICER)) {
            signIn(user, PASSWORD);
            assertThat(find("#signed-in-as").getText()).as(user).startsWith("Signed in as");
            screenshot("home-" + user);
            open("/linkworker");
            assertThat(heading()).as(user + " on a linkworker's page").isEqualTo("Page not found");
            signOut();
        }
    }
}
