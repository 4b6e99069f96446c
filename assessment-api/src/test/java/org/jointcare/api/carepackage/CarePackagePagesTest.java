package org.jointcare.api.carepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.PageTest;
import org.jointcare.api.web.Bodies;
import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Agreeing, suspending, resuming and ending a care package, and recording a review, on the linkworker's pages. */
class CarePackagePagesTest extends PageTest {

    private Map<String, String> form(UUID person, Map<String, String> answers) {
        Map<String, String> form = new HashMap<>(answers);
        form.put("version", String.valueOf(eventsOn(person) - 1));
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return form;
    }

    @Test
    void aPackageAgreedOnThePageShowsItsWeeklyCostAndSplitInPoundsThenChangesAndAReviewIsRecorded() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        String referralId = body(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral())).get("id").asText();
        send(LINKWORKER_NORTH, record + "/referrals/" + referralId + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH));
        String assessmentId = body(send(LINKWORKER_NORTH, record + "/assessments",
                Bodies.assessmentStart(UUID.fromString(referralId), LINKWORKER_NORTH))).get("id").asText();
        String assessmentPath = record + "/assessments/" + assessmentId;
        send(NURSE_NORTH, assessmentPath + "/contributions", Bodies.contribution("DISTRICT_NURSING"));
        send(LINKWORKER_NORTH, assessmentPath + "/contributions", Bodies.contribution("SOCIAL_CARE"));
        assertThat(send(LINKWORKER_NORTH, assessmentPath + "/completion", Bodies.completion()).getResponse().getStatus())
                .isEqualTo(200);

        String page = "/linkworker/people/" + person;
        assertThat(html(page(LINKWORKER_NORTH, page + "/packages/new?assessment=" + assessmentId))).contains("Agree a care package");
        LocalDate today = CareCalendar.dateOf(clock.instant());
        Map<String, String> terms = new HashMap<>(Map.of("assessmentId", assessmentId,
                "startDate-day", String.valueOf(today.getDayOfMonth()), "startDate-month", String.valueOf(today.getMonthValue()),
                "startDate-year", String.valueOf(today.getYear()), "service0-type", "HOME_CARE",
                "service0-providerType", "PRIVATE_AGENCY", "service0-providerName", "Helping Hands",
                "service0-unitsPerWeek", "7", "service0-unitCost", "21.50", "service0-healthPercent", "40"));
        terms.put("personContribution", "15.00");
        MvcResult agreed = submit(LINKWORKER_NORTH, page + "/packages/new", form(person, terms));
        assertThat(agreed.getResponse().getRedirectedUrl()).contains("?done=package-agreed");
        String shown = html(page(LINKWORKER_NORTH, page + "?done=package-agreed"));
        // 7 units at £21.50 is £150.50 a week: 40% health (£60.20), 60% social care (£90.30)
        assertThat(shown).contains("Care package agreed", "Helping Hands", "£150.50", "£60.20", "£90.30", "£15.00");
        String packageId = body(read(LINKWORKER_NORTH, record + "/current")).get("packageInForce").get("packageId").asText();

        // a unit cost that is not money comes back beside its field, the answers kept
        Map<String, String> wrong = new HashMap<>(terms);
        wrong.put("service0-unitCost", "lots");
        wrong.put("reason", "More visits");
        MvcResult refused = submit(LINKWORKER_NORTH, page + "/packages/" + packageId + "/amendment", form(person, wrong));
        assertThat(html(refused)).contains("href=\"#service0-unitCost\"", "value=\"lots\"");

        assertThat(submit(LINKWORKER_NORTH, page + "/packages/" + packageId + "/suspension",
                form(person, Map.of("reason", "Away with family"))).getResponse().getRedirectedUrl()).contains("package-suspended");
        assertThat(html(page(LINKWORKER_NORTH, page))).contains("Suspended");
        assertThat(submit(LINKWORKER_NORTH, page + "/packages/" + packageId + "/resumption", form(person, Map.of()))
                .getResponse().getRedirectedUrl()).contains("package-resumed");

        String reviewId = body(send(LINKWORKER_NORTH, record + "/reviews", Bodies.reviewSchedule(today.plusWeeks(4))))
                .get("id").asText();
        assertThat(html(page(LINKWORKER_NORTH, page))).contains("Next review due");
        MvcResult reviewed = submit(LINKWORKER_NORTH, page + "/reviews/" + reviewId + "/completion", form(person, Map.of(
                "conductedOn-day", String.valueOf(today.getDayOfMonth()), "conductedOn-month", String.valueOf(today.getMonthValue()),
                "conductedOn-year", String.valueOf(today.getYear()), "needsMet", "yes", "outcome", "CONTINUE",
                "personViews", "Happy with the carers")));
        assertThat(reviewed.getResponse().getRedirectedUrl()).contains("review-recorded");
        assertThat(html(page(LINKWORKER_NORTH, page + "?done=review-recorded"))).contains("Review recorded", "Reviewed on");

        assertThat(submit(LINKWORKER_NORTH, page + "/packages/" + packageId + "/ending",
                form(person, Map.of("reason", "Moving away"))).getResponse().getRedirectedUrl()).contains("package-ended");
        assertThat(html(page(LINKWORKER_NORTH, page))).contains("No care package in force");
    }

    @Test
    void amendingAPackageOfFourServicesOnThePageKeepsAllFour() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        String referralId = body(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral())).get("id").asText();
        send(LINKWORKER_NORTH, record + "/referrals/" + referralId + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH));
        String assessmentId = body(send(LINKWORKER_NORTH, record + "/assessments",
                Bodies.assessmentStart(UUID.fromString(referralId), LINKWORKER_NORTH))).get("id").asText();
        String assessmentPath = record + "/assessments/" + assessmentId;
        send(NURSE_NORTH, assessmentPath + "/contributions", Bodies.contribution("DISTRICT_NURSING"));
        send(LINKWORKER_NORTH, assessmentPath + "/contributions", Bodies.contribution("SOCIAL_CARE"));
        send(LINKWORKER_NORTH, assessmentPath + "/completion", Bodies.completion());

        String page = "/linkworker/people/" + person;
        LocalDate today = CareCalendar.dateOf(clock.instant());
        Map<String, String> terms = new HashMap<>(Map.of("assessmentId", assessmentId,
                "startDate-day", String.valueOf(today.getDayOfMonth()), "startDate-month", String.valueOf(today.getMonthValue()),
                "startDate-year", String.valueOf(today.getYear()), "personContribution", "0.00"));
        for (int row = 0; row < 4; row++) {
            String p = "service" + row + "-";
            terms.put(p + "type", "HOME_CARE");
            terms.put(p + "providerType", "PRIVATE_AGENCY");
            terms.put(p + "providerName", "Provider " + row);
            terms.put(p + "unitsPerWeek", String.valueOf(row + 1));
            terms.put(p + "unitCost", "20.00");
            terms.put(p + "healthPercent", "0");
        }
        assertThat(submit(LINKWORKER_NORTH, page + "/packages/new", form(person, terms)).getResponse().getRedirectedUrl())
                .contains("?done=package-agreed");
        String packageId = body(read(LINKWORKER_NORTH, record + "/current")).get("packageInForce").get("packageId").asText();

        // the amendment form shows the four services and one empty row for a fifth
        String amendForm = html(page(LINKWORKER_NORTH, page + "/packages/" + packageId + "/amendment"));
        assertThat(amendForm).contains("value=\"Provider 3\"", "name=\"service4-providerName\"")
                .doesNotContain("name=\"service5-providerName\"");

        // sent as shown, with the fifth row left empty and one service changed: all four are kept
        Map<String, String> amended = new HashMap<>(terms);
        amended.remove("assessmentId");
        amended.put("service1-unitsPerWeek", "9");
        for (String field : new String[] {"type", "providerType", "providerName", "unitsPerWeek", "unitCost", "healthPercent"}) {
            amended.put("service4-" + field, "");
        }
        amended.put("reason", "More visits on Tuesdays");
        assertThat(submit(LINKWORKER_NORTH, page + "/packages/" + packageId + "/amendment", form(person, amended))
                .getResponse().getRedirectedUrl()).contains("?done=package-amended");
        var services = body(read(LINKWORKER_NORTH, record + "/current")).get("packageInForce").get("terms").get("services");
        assertThat(services).hasSize(4);
        assertThat(services.get(3).get("providerName").asText()).isEqualTo("Provider 3");
        assertThat(services.get(1).get("unitsPerWeek").asInt()).isEqualTo(9);
    }
}
