package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jointcare.api.pages.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The commissioner's page offers the Client Level Data return: the form on the dashboard, the file
 * from it, the list of what to correct when the return breaks the rules; nobody else reaches either.
 */
class ClientLevelDataPagesTest extends PageTest {

    private static final String DOWNLOAD = "/commissioning/client-level-data.csv?localAuthority=E06000054&locality=&quarter=";

    @Test
    void theDashboardOffersTheReturnAndItDownloadsAsTheFile() throws Exception {
        String dashboard = html(page(COMMISSIONER, "/commissioning"));
        assertThat(dashboard).contains("Client Level Data return", "id=\"download-cld\"", "name=\"localAuthority\"", "name=\"quarter\"");

        MvcResult file = page(COMMISSIONER, DOWNLOAD + "2030-Q4");

        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        assertThat(file.getResponse().getHeader("Content-Disposition")).contains("client-level-data-E06000054-2030-Q4.csv");
        assertThat(file.getResponse().getContentAsString()).startsWith("LA_Code,Reporting_Period_End_Date,");
    }

    @Test
    void aReturnThatBreaksTheRulesListsWhatToCorrect() throws Exception {
        UUID person = UUID.randomUUID();
        String reference = "ASM-" + UUID.randomUUID();
        jdbc.update("INSERT INTO cld_row (event_reference, care_record_id, locality, event_type, start_date, end_date, row_values)"
                        + " VALUES (?, ?, 'North', 'Assessment', DATE '2032-04-05', DATE '2032-04-06', ?)", reference, person.toString(),
                "{\"LA_PERSON_UNIQUE_IDENTIFIER\":\"" + person + "\",\"GP_PRACTICE_CODE\":\"J82034\",\"GENDER\":\"Unknown\","
                        + "\"ETHNICITY\":\"No data: Undeclared or not known\",\"DATE_OF_BIRTH\":\"1936-04-12\","
                        + "\"CLIENT_TYPE\":\"Service user\",\"EVENT_TYPE\":\"Assessment\",\"EVENT_REFERENCE\":\"" + reference + "\","
                        + "\"EVENT_START_DATE\":\"2032-04-05\",\"EVENT_END_DATE\":\"2032-04-06\","
                        + "\"EVENT_OUTCOME\":\"Progress to support planning or services\",\"ASSESSMENT_TYPE\":\"Long term assessment\"}");
        try {
            MvcResult result = page(COMMISSIONER, DOWNLOAD + "2032-Q2");

            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(html(result)).contains("Correct these records before the return", person.toString(), reference,
                    "Eligible_Needs_Identified");
            assertThat(accessLogFor(person)).extracting(entry -> entry.get("ACTION")).containsExactly("PRODUCE_CLIENT_LEVEL_DATA_RETURN");
        } finally {
            jdbc.update("DELETE FROM cld_row WHERE event_reference = ?", reference);
        }
    }

    @Test
    void noOtherRoleReachesTheDownloadAndAQuarterWrittenWrongIsNotFound() throws Exception {
        for (String user : List.of(LINKWORKER_NORTH, NURSE_NORTH, GP_RIVERSIDE, HOSPITAL_RD1, PRIVACY_OFFICER)) {
            MvcResult refused = page(user, DOWNLOAD + "2030-Q4");
            assertThat(refused.getResponse().getStatus()).as(user).isEqualTo(404);
            assertThat(html(refused)).doesNotContain("LA_Code");
        }
        assertThat(page(COMMISSIONER, DOWNLOAD + "2030-13").getResponse().getStatus()).isEqualTo(404);
    }
}
