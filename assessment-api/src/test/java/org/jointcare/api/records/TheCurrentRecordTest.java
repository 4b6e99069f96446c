package org.jointcare.api.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.jointcare.api.web.ApiTest;
import org.jointcare.api.web.Bodies;
import org.jointcare.carerecord.CareCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each professional reads the whole record as it stands, with the ids every later command needs,
 * and it holds their own last write the moment that write is answered: no waiting for a view.
 */
class TheCurrentRecordTest extends ApiTest {

    @Test
    void eachWriteIsInTheCurrentRecordReadStraightAfterIt() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);

        MvcResult referred = status(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()), 201);
        UUID referral = id(referred);
        JsonNode now = current(GP_RIVERSIDE, person, referred);
        assertThat(now.get("view").asText()).isEqualTo("Current care record");
        assertThat(now.at("/referrals/0/referralId").asText()).isEqualTo(referral.toString());
        assertThat(now.at("/referrals/0/state").asText()).isEqualTo("RECEIVED");

        MvcResult accepted = status(send(LINKWORKER_NORTH, record + "/referrals/" + referral + "/acceptance",
                Bodies.acceptance(LINKWORKER_NORTH)), 200);
        now = current(LINKWORKER_NORTH, person, accepted);
        assertThat(now.at("/referrals/0/state").asText()).isEqualTo("ACCEPTED");
        assertThat(now.at("/referrals/0/linkworkerUserId").asText()).isEqualTo(LINKWORKER_NORTH);

        MvcResult started = status(send(LINKWORKER_NORTH, record + "/assessments", Bodies.assessmentStart(referral, LINKWORKER_NORTH)), 201);
        UUID assessment = id(started);
        assertThat(current(LINKWORKER_NORTH, person, started).at("/assessments/0/assessmentId").asText()).isEqualTo(assessment.toString());

        String contributions = record + "/assessments/" + assessment + "/contributions";
        MvcResult contributed = status(send(NURSE_NORTH, contributions, Bodies.contribution("DISTRICT_NURSING")), 200);
        now = current(NURSE_NORTH, person, contributed);
        assertThat(now.at("/assessments/0/contributions/0/contribution/discipline").asText()).isEqualTo("DISTRICT_NURSING");
        assertThat(now.at("/assessments/0/contributions/0/addedBy/userId").asText()).isEqualTo(NURSE_NORTH);
        status(send(LINKWORKER_NORTH, contributions, Bodies.contribution("SOCIAL_CARE")), 200);
        MvcResult completed = status(send(LINKWORKER_NORTH, record + "/assessments/" + assessment + "/completion",
                Bodies.completion()), 200);
        assertThat(current(LINKWORKER_NORTH, person, completed).at("/assessments/0/completedAt").isNull()).isFalse();

        MvcResult arranged = status(send(LINKWORKER_NORTH, record + "/packages",
                Bodies.packageArrangement(assessment, CareCalendar.dateOf(clock.instant()))), 201);
        now = current(LINKWORKER_NORTH, person, arranged);
        assertThat(now.at("/packageInForce/packageId").asText()).isEqualTo(id(arranged).toString());
        assertThat(now.at("/packageInForce/state").asText()).isEqualTo("ACTIVE");
        assertThat(now.at("/packageInForce/terms/services/0/type").asText()).isEqualTo("HOME_CARE");
        assertThat(now.at("/reviewDue/reviewId").asText()).isNotBlank();

        MvcResult admitted = status(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())), 201);
        now = current(HOSPITAL_RD1, person, admitted);
        assertThat(now.at("/hospitalStays/0/admissionId").asText()).isEqualTo(id(admitted).toString());
        assertThat(now.at("/packageInForce/state").asText()).isEqualTo("SUSPENDED");

        MvcResult consent = status(send(GP_RIVERSIDE, record + "/consent", Bodies.consent("AGREED")), 200);
        assertThat(current(GP_RIVERSIDE, person, consent).at("/consent/decision").asText()).isEqualTo("AGREED");
        MvcResult closed = status(send(LINKWORKER_NORTH, record + "/closure", Bodies.closure()), 200);
        now = current(LINKWORKER_NORTH, person, closed);
        assertThat(now.get("closed").asBoolean()).isTrue();
        assertThat(now.get("closureReason").asText()).isEqualTo("MOVED_AWAY");
    }

    @Test
    void aLinkworkersCurrentRecordHasNoClinicalDetailWhileTheGpsHasIt() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        String record = records(person);
        UUID referral = id(status(send(GP_RIVERSIDE, record + "/referrals", Bodies.referral()), 201));
        status(send(LINKWORKER_NORTH, record + "/referrals/" + referral + "/acceptance", Bodies.acceptance(LINKWORKER_NORTH)), 200);
        UUID assessment = id(status(send(LINKWORKER_NORTH, record + "/assessments", Bodies.assessmentStart(referral, LINKWORKER_NORTH)), 201));
        status(send(GP_RIVERSIDE, record + "/assessments/" + assessment + "/contributions", Bodies.contribution("GP")), 200);
        UUID admission = id(status(send(HOSPITAL_RD1, record + "/admissions", Bodies.admission("RD1", clock.instant())), 201));
        clock.advance(Duration.ofHours(6));
        status(send(HOSPITAL_RD1, record + "/admissions/" + admission + "/discharge", Bodies.discharge(clock.instant())), 200);

        String gp = body(status(read(GP_RIVERSIDE, record + "/current"), 200)).toString();
        assertThat(gp).contains("Osteoarthritis", "Stable with support", "Fractured wrist", "Codeine");
        JsonNode linkworker = body(status(read(LINKWORKER_NORTH, record + "/current"), 200));
        assertThat(linkworker.toString()).doesNotContain("Osteoarthritis", "Stable with support", "Fractured wrist", "Codeine");
        // the rest of the same contribution and discharge is there
        assertThat(linkworker.at("/assessments/0/contributions/0/contribution/discipline").asText()).isEqualTo("GP");
        assertThat(linkworker.at("/hospitalStays/0/discharge/followUpActions/0/action").asText()).isEqualTo("Review pain relief in a week");
    }

    @Test
    void anotherPracticesPersonIsNotFoundAndTheAttemptIsLogged() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        MvcResult refused = status(read(GP_SOUTHGATE, records(person) + "/current"), 404);
        MvcResult unknown = status(read(GP_SOUTHGATE, records(UUID.randomUUID()) + "/current"), 404);
        assertThat(body(refused).get("detail")).isEqualTo(body(unknown).get("detail"));
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("Edith", "Smith");
        assertThat(accessLogFor(person)).last().satisfies(row -> assertThat(row)
                .containsEntry("USER_ID", GP_SOUTHGATE).containsEntry("ACTION", "READ_CURRENT_RECORD").containsEntry("OUTCOME", "REFUSED"));
        status(read(GP_RIVERSIDE, records(person) + "/current"), 200);
        assertThat(accessLogFor(person)).last().satisfies(row -> assertThat(row)
                .containsEntry("USER_ID", GP_RIVERSIDE).containsEntry("OUTCOME", "ALLOWED"));
    }

    /** The current record read straight after a write: it holds that write, at the version the write answered. */
    private JsonNode current(String user, UUID person, MvcResult write) throws Exception {
        MvcResult read = status(read(user, records(person) + "/current"), 200);
        assertThat(read.getResponse().getHeader("ETag")).isEqualTo(write.getResponse().getHeader("ETag")).isNotNull();
        return body(read);
    }

    private MvcResult status(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI() + " answered "
                + result.getResponse().getContentAsString()).isEqualTo(status);
        return result;
    }

    private UUID id(MvcResult result) throws Exception {
        JsonNode body = body(result);
        return UUID.fromString((body.has("id") ? body.get("id") : body.get("careRecordId")).asText());
    }

}
