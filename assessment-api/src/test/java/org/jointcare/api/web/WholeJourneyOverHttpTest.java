package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A person's journey sent through every command endpoint by the professionals who would send
 * each step, proving each request maps onto its command and each answer carries the new version.
 */
class WholeJourneyOverHttpTest extends ApiTest {

    @Test
    void everyCommandEndpointTakesItsStepOfTheJourney() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        String record = records(id);

        ok(send(GP_RIVERSIDE, record + "/consent", Bodies.consent("AGREED")), 200);
        ok(send(NURSE_NORTH, record + "/nursing-team", Bodies.nursingTeam("DN-NORTH")), 200);
        MvcResult referral = ok(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()), 201);
        UUID referralId = UUID.fromString(body(referral).get("id").asText());
        assertThat(referral.getResponse().getHeader("Location")).isEqualTo(record + "/referrals/" + referralId);

        ok(send(LINKWORKER_NORTH, record + "/referrals/" + referralId + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH)), 200);
        MvcResult assessment = ok(send(LINKWORKER_NORTH, record + "/assessments", Bodies.assessmentStart(referralId, LINKWORKER_NORTH)), 201);
        UUID assessmentId = UUID.fromString(body(assessment).get("id").asText());
        String assessmentPath = record + "/assessments/" + assessmentId;
        ok(send(GP_RIVERSIDE, assessmentPath + "/contributions", Bodies.contribution("GP")), 200);
        ok(send(NURSE_NORTH, assessmentPath + "/contributions", Bodies.contribution("DISTRICT_NURSING")), 200);
        ok(send(LINKWORKER_NORTH, assessmentPath + "/contributions", Bodies.contribution("SOCIAL_CARE")), 200);
        ok(send(LINKWORKER_NORTH, assessmentPath + "/completion", Bodies.completion()), 200);

        LocalDate today = CareCalendar.dateOf(clock.instant());
        MvcResult arranged = ok(send(LINKWORKER_NORTH, record + "/packages", Bodies.packageArrangement(assessmentId, today)), 201);
        String packagePath = record + "/packages/" + body(arranged).get("id").asText();
        ok(send(LINKWORKER_NORTH, packagePath + "/amendments", Bodies.packageAmendment(today.plusDays(7))), 200);
        ok(send(LINKWORKER_NORTH, packagePath + "/suspension", Bodies.reason("Away with family")), 200);
        ok(perform(postJson(LINKWORKER_NORTH, packagePath + "/resumption", "")), 200);

        MvcResult admitted = ok(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        String admissionPath = record + "/admissions/" + body(admitted).get("id").asText();
        ok(send(GP_RIVERSIDE, admissionPath + "/admission-notice/acknowledgement", "{}"), 200);
        ok(send(HOSPITAL_RD1, admissionPath + "/discharge-plan", Bodies.dischargePlan(today.plusDays(3))), 200);
        clock.advance(Duration.ofDays(2));
        ok(send(HOSPITAL_RD1, admissionPath + "/discharge", Bodies.discharge(clock.instant())), 200);
        ok(send(GP_RIVERSIDE, admissionPath + "/discharge-notice/acknowledgement", ""), 200);

        MvcResult review = ok(send(LINKWORKER_NORTH, record + "/reviews", Bodies.reviewSchedule(today.plusWeeks(4))), 201);
        ok(send(LINKWORKER_NORTH, record + "/reviews/" + body(review).get("id").asText() + "/completion",
                Bodies.reviewCompletion(CareCalendar.dateOf(clock.instant()))), 200);
        ok(send(LINKWORKER_NORTH, packagePath + "/ending", Bodies.reason("Moving away")), 200);
        ok(send(GP_RIVERSIDE, record + "/closure", Bodies.closure()), 200);

        MvcResult reopened = ok(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()), 201);
        ok(send(LINKWORKER_NORTH, record + "/referrals/" + body(reopened).get("id").asText() + "/closure",
                Bodies.referralClosure()), 200);

        MvcResult summary = read(GP_RIVERSIDE, record);
        assertThat(summary.getResponse().getStatus()).isEqualTo(200);
        assertThat(summary.getResponse().getHeader("ETag")).isEqualTo(RecordVersions.etag(eventsOn(id) - 1));
        assertThat(body(summary).get("closed").asBoolean()).isFalse();
    }

    private MvcResult ok(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI() + " answered " + result.getResponse().getContentAsString())
                .isEqualTo(status);
        assertThat(result.getResponse().getHeader("ETag")).matches("\"\\d+\"");
        return result;
    }
}
