package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointcare.api.web.ApiTest;
import org.junit.jupiter.api.Test;

/** The commissioner's dashboard and the privacy officer's search in a real browser, axe on every page. */
class OversightBrowserTest extends BrowserTest {

    @Test
    void theCommissionerReadsTheDashboardAndNarrowsIt() throws Exception {
        signIn(ApiTest.COMMISSIONER, PASSWORD);
        assertThat(heading()).startsWith("Commissioning figures");
        screenshot("home-commissioner");
        type("month", "2026-03");
        press("#show");
        assertThat(heading()).contains("March 2026");
        assertThat(find("#csv-referrals-by-source").getAttribute("href")).contains("/commissioning/referrals-by-source.csv", "month=2026-03");
        signOut();
    }

    @Test
    void thePrivacyOfficerSearchesTheLogAndReadsTheAlerts() throws Exception {
        signIn(ApiTest.PRIVACY_OFFICER, PASSWORD);
        assertThat(heading()).isEqualTo("Search the access log");
        screenshot("home-privacy-officer");
        type("from", "not a date");
        press("#search");
        assertThat(find(".govuk-error-summary a").getAttribute("href")).endsWith("#from");
        type("from", "");
        type("user", ApiTest.PRIVACY_OFFICER);
        press("#search");
        assertThat(pageText()).contains("Entries");
        press("#alerts-link");
        assertThat(heading()).startsWith("Emergency access alerts");
        signOut();
    }
}
