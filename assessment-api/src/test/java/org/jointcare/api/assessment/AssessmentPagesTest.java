package org.jointcare.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jointcare.api.pages.PageTest;
import org.jointcare.api.web.Bodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The joint assessment on the linkworker's pages: start, social care contribution with Care Act
 * outcomes, completion refused until health has contributed (as the API refuses it), then the
 * eligibility decision with its explanation.
 */
class AssessmentPagesTest extends PageTest {

    private String version(UUID person) {
        return String.valueOf(eventsOn(person) - 1);
    }

    private Map<String, String> form(UUID person, Map<String, String> answers) {
        Map<String, String> form = new HashMap<>(answers);
        form.put("version", version(person));
        form.put("idempotencyKey", UUID.randomUUID().toString());
        return form;
    }

    @Test
    void startContributeCompleteAndSeeTheEligibilityDecision() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        MvcResult referral = send(GP_RIVERSIDE, record + "/referrals", Bodies.referral());
        String referralId = body(referral).get("id").asText();
        assertThat(send(LINKWORKER_NORTH, record + "/referrals/" + referralId + "/acceptance",
                Bodies.acceptance(LINKWORKER_NORTH)).getResponse().getStatus()).isEqualTo(200);
        String page = "/linkworker/people/" + person;
        assertThat(html(page(LINKWORKER_NORTH, page))).contains("Start the joint assessment");

        assertThat(html(page(LINKWORKER_NORTH, page + "/assessments/new?referral=" + referralId))).contains("Start the assessment");
        MvcResult started = submit(LINKWORKER_NORTH, page + "/assessments/new", form(person, Map.of("referralId", referralId)));
        assertThat(started.getResponse().getRedirectedUrl()).endsWith("?done=assessment-started");
        String assessmentId = body(read(LINKWORKER_NORTH, record + "/current")).get("assessments").get(0).get("assessmentId").asText();
        String assessment = page + "/assessments/" + assessmentId;

        assertThat(html(page(LINKWORKER_NORTH, assessment + "/contribution"))).contains("Care Act outcomes", "Maintaining personal hygiene");
        MvcResult contributed = submit(LINKWORKER_NORTH, assessment + "/contribution", form(person, Map.of(
                "contributorName", "Amara Okafor", "summary", "Needs help to wash and with meals",
                "need-PERSONAL_CARE", "SUBSTANTIAL",
                "outcome-MAINTAINING_PERSONAL_HYGIENE", "CANNOT_WITHOUT_HELP",
                "outcome-MANAGING_AND_MAINTAINING_NUTRITION", "TAKES_SIGNIFICANTLY_LONGER")));
        assertThat(contributed.getResponse().getRedirectedUrl()).contains("?done=contribution-added");

        Map<String, String> completion = Map.of("need-PERSONAL_CARE", "SUBSTANTIAL", "responsibility-PERSONAL_CARE", "SOCIAL_CARE",
                "needsArisingFromImpairmentOrIllness", "yes", "significantImpactOnWellbeing", "yes",
                "outcome-MAINTAINING_PERSONAL_HYGIENE", "CANNOT_WITHOUT_HELP",
                "outcome-MANAGING_AND_MAINTAINING_NUTRITION", "TAKES_SIGNIFICANTLY_LONGER",
                "personViewsAndWishes", "Wants to stay at home", "chcChecklist", "NEGATIVE");
        // without a health contribution the record refuses, as it refuses the API: the answers stay
        MvcResult refused = submit(LINKWORKER_NORTH, assessment + "/completion", form(person, completion));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("govuk-error-summary", "Wants to stay at home");

        assertThat(send(NURSE_NORTH, record + "/assessments/" + assessmentId + "/contributions",
                Bodies.contribution("DISTRICT_NURSING")).getResponse().getStatus()).isEqualTo(200);
        MvcResult completed = submit(LINKWORKER_NORTH, assessment + "/completion", form(person, completion));
        assertThat(completed.getResponse().getRedirectedUrl()).contains("?done=assessment-completed");
        String after = html(page(LINKWORKER_NORTH, page + "?done=assessment-completed"));
        assertThat(after).contains("Joint assessment completed", "Eligible for care and support", "Agree a care package");
    }
}
