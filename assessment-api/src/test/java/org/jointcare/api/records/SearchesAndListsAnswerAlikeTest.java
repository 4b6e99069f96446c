package org.jointcare.api.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A search answers a page, empty when nobody you may see matches, whatever it searched by (NHS
 * number or name), so a search never tells a person exists elsewhere; a single record by id keeps
 * answering 404. A list of a practice you do not serve is 404 in words about the list, the same for a
 * practice that exists and one that does not.
 */
class SearchesAndListsAnswerAlikeTest extends ApiTest {

    @Test
    void anNhsNumberSearchWithNoVisibleMatchIsAnEmptyPageLikeANameSearch() throws Exception {
        String nhs = nhsNumber();
        Map<String, Object> registration = new LinkedHashMap<>(registration(SOUTHGATE, "Adeyemi"));
        registration.put("nhsNumber", nhs);
        assertThat(send(GP_SOUTHGATE, "/api/v1/care-records", registration).getResponse().getStatus()).isEqualTo(201);

        for (String user : List.of(GP_RIVERSIDE, LINKWORKER_NORTH, NURSE_NORTH)) {
            JsonNode byNumber = emptyPage(read(user, "/api/v1/care-records?nhsNumber=" + nhs));
            JsonNode byUnknownNumber = emptyPage(read(user, "/api/v1/care-records?nhsNumber=" + nhsNumber()));
            JsonNode byName = emptyPage(read(user, "/api/v1/care-records?familyName=Adeyemi"));
            assertThat(byNumber.get("items")).isEqualTo(byUnknownNumber.get("items")).isEqualTo(byName.get("items"));
        }
        // a hospital team's identity lookup of a number nobody has is an empty page too
        emptyPage(read(HOSPITAL_RX9, "/api/v1/care-records?nhsNumber=" + nhsNumber()));
    }

    @Test
    void aSingleRecordByIdIsStillNotFound() throws Exception {
        MvcResult result = read(GP_RIVERSIDE, records(UUID.randomUUID()));
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(result).get("detail").asText()).contains("care record");
    }

    @Test
    void aListOfAPracticeYouDoNotServeIsNotFoundInWordsAboutTheList() throws Exception {
        Map<String, List<String>> lists = Map.of(
                LINKWORKER_NORTH, List.of("/api/v1/caseload?practice=", "/api/v1/caseload/OPEN_REFERRALS?practice=",
                        "/api/v1/practices/%s/people"),
                GP_RIVERSIDE, List.of("/api/v1/practices/%s/people"),
                NURSE_NORTH, List.of("/api/v1/practices/%s/people"));
        for (Map.Entry<String, List<String>> user : lists.entrySet()) {
            for (String list : user.getValue()) {
                MvcResult another = read(user.getKey(), address(list, SOUTHGATE));
                MvcResult none = read(user.getKey(), address(list, "Z99999"));
                for (MvcResult result : List.of(another, none)) {
                    assertThat(result.getResponse().getStatus()).as(user.getKey() + " " + list).isEqualTo(404);
                    String detail = body(result).get("detail").asText();
                    assertThat(detail).as(list).contains("list").doesNotContain("care record");
                    assertThat(body(result).get("type").asText()).isEqualTo(ApiProblem.BASE + "not-found");
                }
                assertThat(body(another).get("detail")).isEqualTo(body(none).get("detail"));
            }
        }
    }

    private static String address(String list, String practice) {
        return list.contains("%s") ? list.formatted(practice) : list + practice;
    }

    private JsonNode emptyPage(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode page = body(result);
        assertThat(page.get("items").isArray()).isTrue();
        assertThat(page.get("items")).isEmpty();
        return page;
    }
}
