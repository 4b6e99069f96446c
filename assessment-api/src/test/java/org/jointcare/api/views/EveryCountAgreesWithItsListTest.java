package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewStatuses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * No count may disagree with the list it summarises, for anyone: every list that carries a total
 * (the linkworker's caseload lists and its summary, the nursing team's worklists, the GP practice's
 * inbox, referrals and patients with packages) is read to its end, page by page, as each professional
 * who has it, and its total compared with the number of items it really holds. The world includes
 * people who refused consent (recorded by the practice, by social care and by the nursing team, each
 * hidden from the others) and one who refused and then agreed again.
 */
class EveryCountAgreesWithItsListTest extends ApiTest {

    @Autowired
    ViewStatuses views;

    @Test
    void everyTotalIsTheLengthOfItsListForEveryRoleWhateverConsentSays() throws Exception {
        UUID refusedAtThePractice = referred(RIVERSIDE, GP_RIVERSIDE);
        done(send(GP_RIVERSIDE, records(refusedAtThePractice) + "/consent", Bodies.consent("REFUSED")));

        UUID refusedToSocialCare = withAPackage(MARKET_STREET, GP_MARKET_STREET);
        done(send(LINKWORKER_NORTH, records(refusedToSocialCare) + "/consent", Bodies.consent("REFUSED")));

        UUID refusedToNursing = withAPackage(RIVERSIDE, GP_RIVERSIDE);
        admittedAndDischarged(refusedToNursing);
        done(send(NURSE_NORTH, records(refusedToNursing) + "/consent", Bodies.consent("REFUSED")));

        UUID changedTheirMind = withAPackage(RIVERSIDE, GP_RIVERSIDE);
        admittedAndDischarged(changedTheirMind);
        done(send(GP_RIVERSIDE, records(changedTheirMind) + "/consent", Bodies.consent("REFUSED")));
        done(send(GP_RIVERSIDE, records(changedTheirMind) + "/consent", Bodies.consent("AGREED")));

        UUID agreed = referred(MARKET_STREET, GP_MARKET_STREET);
        admittedAndDischarged(agreed);
        for (ViewDefinition view : views.definitions()) {
            views.awaitCaughtUp(view.processingGroup(), Duration.ofSeconds(60));
        }

        Map<String, List<String>> listsByUser = new LinkedHashMap<>();
        List<String> caseload = new ArrayList<>();
        for (String list : List.of("OPEN_REFERRALS", "ASSESSMENTS", "PACKAGES", "REVIEWS_DUE", "RECENT_DISCHARGES")) {
            caseload.add("/api/v1/caseload/" + list);
            caseload.add("/api/v1/caseload/" + list + "?practice=" + RIVERSIDE + "&");
        }
        listsByUser.put(LINKWORKER_NORTH, caseload);
        listsByUser.put(NURSE_NORTH, List.of("/api/v1/district-nursing/worklist/ASSESSMENTS_AWAITING_NURSING",
                "/api/v1/district-nursing/worklist/NURSING_PACKAGES", "/api/v1/district-nursing/worklist/DISCHARGES_NEEDING_VISIT"));
        List<String> practice = List.of("/api/v1/gp-practice/inbox", "/api/v1/gp-practice/referrals",
                "/api/v1/gp-practice/patients-with-packages");
        listsByUser.put(GP_RIVERSIDE, practice);
        listsByUser.put(GP_MARKET_STREET, practice);

        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, List<String>> user : listsByUser.entrySet()) {
            for (String list : user.getValue()) {
                long[] lengthAndTotal = readToTheEnd(user.getKey(), list);
                if (lengthAndTotal[0] != lengthAndTotal[1]) {
                    disagreements.add(user.getKey() + " " + list + ": total " + lengthAndTotal[1] + ", list " + lengthAndTotal[0]);
                }
            }
        }
        for (String practiceParameter : List.of("", "?practice=" + RIVERSIDE, "?practice=" + MARKET_STREET)) {
            String ofPractice = practiceParameter.isEmpty() ? "" : practiceParameter.substring(1) + "&";
            JsonNode summary = body(expect(read(LINKWORKER_NORTH, "/api/v1/caseload" + practiceParameter), 200));
            Map<String, Long> counted = Map.of(
                    "OPEN_REFERRALS", summary.get("openReferrals").asLong(),
                    "ASSESSMENTS", summary.get("assessmentsInProgress").asLong(),
                    "PACKAGES", summary.get("activePackages").asLong() + summary.get("suspendedPackages").asLong(),
                    "REVIEWS_DUE", summary.get("reviewsDue").asLong() + summary.get("reviewsOverdue").asLong(),
                    "RECENT_DISCHARGES", summary.get("dischargesNeedingFollowUp").asLong());
            for (Map.Entry<String, Long> count : counted.entrySet()) {
                long length = readToTheEnd(LINKWORKER_NORTH, "/api/v1/caseload/" + count.getKey() + "?" + ofPractice)[0];
                if (length != count.getValue()) {
                    disagreements.add(LINKWORKER_NORTH + " summary" + practiceParameter + " " + count.getKey() + ": counted "
                            + count.getValue() + ", list " + length);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** The number of items the list really holds, read page by page to the end, and the total its pages claim. */
    private long[] readToTheEnd(String user, String list) throws Exception {
        String separator = list.endsWith("&") ? "" : list.contains("?") ? "&" : "?";
        long items = 0;
        long total = -1;
        for (int page = 0; page < 500; page++) {
            JsonNode body = body(expect(read(user, list + separator + "page=" + page + "&size=3"), 200));
            long claimed = body.get("totalItems").asLong();
            assertThat(total == -1 || total == claimed).as(user + " " + list + ": every page claims the same total").isTrue();
            total = claimed;
            if (body.get("items").isEmpty()) {
                return new long[] {items, total};
            }
            items += body.get("items").size();
        }
        throw new AssertionError(list + " did not end");
    }

    private UUID referred(String practiceCode, String gp) throws Exception {
        UUID person = registerAt(practiceCode, "Counted");
        done(send(gp, records(person) + "/referrals", Bodies.referral(practiceCode)));
        return person;
    }

    private UUID withAPackage(String practiceCode, String gp) throws Exception {
        UUID person = registerAt(practiceCode, "Counted");
        UUID referral = id(done(send(gp, records(person) + "/referrals", Bodies.referral(practiceCode))));
        done(send(LINKWORKER_NORTH, records(person) + "/referrals/" + referral + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH)));
        UUID assessment = id(done(send(LINKWORKER_NORTH, records(person) + "/assessments",
                Bodies.assessmentStart(referral, LINKWORKER_NORTH))));
        done(send(LINKWORKER_NORTH, records(person) + "/assessments/" + assessment + "/contributions",
                Bodies.contribution("SOCIAL_CARE")));
        done(send(NURSE_NORTH, records(person) + "/assessments/" + assessment + "/contributions",
                Bodies.contribution("DISTRICT_NURSING")));
        done(send(LINKWORKER_NORTH, records(person) + "/assessments/" + assessment + "/completion", Bodies.completion()));
        expect(send(LINKWORKER_NORTH, records(person) + "/packages",
                Bodies.packageArrangement(assessment, LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))), 201);
        done(send(NURSE_NORTH, records(person) + "/nursing-team", Bodies.nursingTeam("DN-NORTH")));
        return person;
    }

    private void admittedAndDischarged(UUID person) throws Exception {
        UUID admission = id(done(send(HOSPITAL_RD1, records(person) + "/admissions", Bodies.admission("RD1", clock.instant()))));
        clock.advance(Duration.ofHours(1));
        done(send(HOSPITAL_RD1, records(person) + "/admissions/" + admission + "/discharge", Bodies.discharge(clock.instant())));
    }

    private UUID id(MvcResult result) throws Exception {
        return UUID.fromString(body(result).get("id").asText());
    }

    /** A change the test's world is built with: it must have been accepted. */
    private MvcResult done(MvcResult result) throws Exception {
        return answered(result, 200, 201);
    }

    private MvcResult expect(MvcResult result, int status) throws Exception {
        return answered(result, status, status);
    }

    private MvcResult answered(MvcResult result, int lowest, int highest) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                        + result.getResponse().getContentAsString())
                .isBetween(lowest, highest);
        return result;
    }
}
