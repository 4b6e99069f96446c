package org.jointcare.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.MessageHeader;
import org.jointcare.api.JointCareApplication;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.HospitalTrust;
import org.jointcare.api.directory.Practice;
import org.jointcare.api.directory.Professional;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.enteredinerror.MarkEnteredInError;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.CorrectDischargeSummary;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.RecordDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.interop.delivery.FhirMessageDelivery;
import org.jointcare.interop.fhir.NoticeMessages;
import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.jointcare.views.operations.ViewRebuilds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Admission and discharge notices delivered to practices' systems, each a real HTTP server
 * started here ({@link PracticeReceiver}), through the whole application as it runs: down then
 * up, 500 then 200, too slow, always failing (parked, then retried by the operator), pending
 * across a restart, and a rebuild of every view afterwards; and several senders racing for one
 * notice, of which one claims it. Each notice reaches its practice
 * once: one message id, held once by a receiver that deduplicates, and (except where the first
 * answer was lost to a timeout) accepted once. {@link NoticeDeliveryOnPostgresTest} runs the same
 * on PostgreSQL.
 */
class NoticeDeliveryTest {

    static final String HOSPITAL = "RD1";
    static final Actor DISCHARGE_TEAM = new Actor("delivery.discharge", Role.HOSPITAL_DISCHARGE_TEAM, HOSPITAL);
    static final String PASSWORD = "delivery-test-password";
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 4;

    @TempDir
    Path dataDir;

    private final List<PracticeReceiver> receivers = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(PracticeReceiver::close);
    }

    /** How the application is started, both times: fast polling and short waits, so the test takes seconds. */
    protected String[] arguments() {
        return new String[] {
                "--jointcare.data-dir=" + dataDir.toAbsolutePath()};
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of(arguments()));
        args.addAll(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--jointcare.demo-data.enabled=false",
                "--jointcare.delivery.poll-interval=100ms",
                "--jointcare.delivery.timeout=1s",
                "--jointcare.delivery.first-retry-after=200ms",
                "--jointcare.delivery.longest-retry-after=400ms",
                "--jointcare.delivery.max-attempts=" + MAX_ATTEMPTS,
                "--jointcare.delivery.give-up-after=1h"));
        return new SpringApplicationBuilder(JointCareApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void each_notice_reaches_its_practice_once_whatever_the_receiver_and_the_application_go_through() throws Exception {
        PracticeReceiver downThenUp = receiver(n -> PracticeReceiver.Answer.ok());
        PracticeReceiver failingThenOk = receiver(n -> n <= 2 ? PracticeReceiver.Answer.status(500) : PracticeReceiver.Answer.ok());
        PracticeReceiver slowFirst = receiver(n -> n == 1 ? PracticeReceiver.Answer.after(Duration.ofMillis(2_500))
                : PracticeReceiver.Answer.ok());
        PracticeReceiver broken = receiver(n -> PracticeReceiver.Answer.status(503));
        PracticeReceiver steady = receiver(n -> PracticeReceiver.Answer.ok());
        PracticeReceiver upAfterRestart = receiver(n -> PracticeReceiver.Answer.ok());
        failingThenOk.start();
        slowFirst.start();
        broken.start();
        steady.start();

        UUID downThenUpPerson;
        UUID failingPerson;
        UUID slowPerson;
        UUID brokenPerson;
        UUID steadyPerson;
        UUID restartPerson;
        try (ConfigurableApplicationContext app = start()) {
            Directory directory = app.getBean(Directory.class);
            directory.addHospitalTrust(new HospitalTrust(HOSPITAL, "Royal United Hospital"));
            practice(app, "Y10001", downThenUp);
            practice(app, "Y10002", failingThenOk);
            practice(app, "Y10003", slowFirst);
            practice(app, "Y10004", broken);
            practice(app, "Y10005", steady);
            // the operator sets an endpoint on the management port; only http(s) is taken
            directory.addPractice(new Practice("Y10006", "Surgery Y10006", "North Wiltshire"));
            assertThat(managementPost(app, "/actuator/deliveries/Y10006/endpoint", "{\"url\": \"ftp://gp.example/in\"}")
                    .statusCode()).isEqualTo(400);
            HttpResponse<String> set = managementPost(app, "/actuator/deliveries/Y10006/endpoint",
                    "{\"url\": \"" + upAfterRestart.endpoint() + "\"}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            assertThat(app.getBean(PracticeDeliveryEndpoints.class).of("Y10006")).contains(upAfterRestart.endpoint());
            directory.addPractice(new Practice("Y10007", "No Endpoint Surgery", "North Wiltshire"));
            directory.addProfessional(new Professional("gp.steady", "Dr Steady", Role.GP_PRACTICE, "Y10005", Set.of(), null,
                    app.getBean(PasswordEncoder.class).encode(PASSWORD)));
            directory.addProfessional(new Professional("gp.other", "Dr Other", Role.GP_PRACTICE, "Y10002", Set.of(), null,
                    app.getBean(PasswordEncoder.class).encode(PASSWORD)));
            directory.addProfessional(new Professional(DISCHARGE_TEAM.userId(), "Discharge Coordinator",
                    Role.HOSPITAL_DISCHARGE_TEAM, HOSPITAL, Set.of(), null, app.getBean(PasswordEncoder.class).encode(PASSWORD)));
            DeliveryOutbox outbox = app.getBean(DeliveryOutbox.class);

            downThenUpPerson = admitAndDischarge(app, "Y10001");
            failingPerson = admitAndDischarge(app, "Y10002");
            slowPerson = admitAndDischarge(app, "Y10003");
            brokenPerson = admitAndDischarge(app, "Y10004");
            steadyPerson = admitAndDischarge(app, "Y10005");
            UUID notForDelivery = admitAndDischarge(app, "Y10007");

            // a practice without an endpoint is sent nothing; its notices are not queued
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM delivery_outbox WHERE care_record_id = ?", Integer.class, notForDelivery)).isZero();

            // 500 then 200, and a first answer lost to the timeout: both delivered by retrying
            awaitSent(outbox, failingThenOk, slowFirst, steady);
            // while a receiver is down its notices wait, retrying with the connection's failure recorded ...
            await("notices to the receiver that is down are retried", () -> notices(outbox, downThenUpPerson).stream()
                    .allMatch(d -> d.status() == DeliveryStatus.RETRYING && d.attempts() >= 1));
            assertThat(notices(outbox, downThenUpPerson)).allSatisfy(d -> assertThat(d.lastError()).contains("ConnectException"));
            // ... and are delivered once it comes up
            downThenUp.start();
            awaitSent(outbox, downThenUp);

            // a receiver that always fails: parked after the attempts allowed, seen by the operator, retried when fixed
            await("the broken receiver's notices are parked", () -> notices(outbox, brokenPerson).stream()
                    .allMatch(d -> d.status() == DeliveryStatus.GIVEN_UP));
            assertThat(broken.requests()).isEqualTo(2 * MAX_ATTEMPTS);
            JsonNode parked = managementGet(app, "/actuator/deliveries?status=GIVEN_UP");
            assertThat(parked.at("/counts/givenUp").asLong()).isEqualTo(2);
            assertThat(parked.get("items")).hasSize(2).allSatisfy(item -> {
                assertThat(item.get("practiceCode").asText()).isEqualTo("Y10004");
                assertThat(item.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
                assertThat(item.get("lastError").asText()).isEqualTo("HTTP 503");
            });
            broken.answerWith(n -> PracticeReceiver.Answer.ok());
            for (NoticeDelivery notice : notices(outbox, brokenPerson)) {
                assertThat(managementPost(app, "/actuator/deliveries/" + notice.messageId() + "/retry", "{}").statusCode())
                        .isEqualTo(200);
            }
            awaitSent(outbox, broken);

            // the practice's system acknowledges by message id: the same event as a person acknowledging in JointCare
            UUID discharge = NoticeMessages.messageId(Notice.DISCHARGE, onlyAdmission(outbox, steadyPerson));
            HttpResponse<String> acknowledged = apiPost(app, "/api/v1/gp-practice/deliveries/" + discharge + "/acknowledgement",
                    "gp.steady");
            assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
            assertThat(json.readTree(acknowledged.body()).get("kind").asText()).isEqualTo("DISCHARGE");
            HttpResponse<String> again = apiPost(app, "/api/v1/gp-practice/deliveries/" + discharge + "/acknowledgement",
                    "gp.steady");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("notice-already-acknowledged");
            assertThat(storedEvents(app, steadyPerson, "DischargeNoticeAcknowledged")).isEqualTo(1);
            // another practice cannot acknowledge it, nor learn that it exists
            HttpResponse<String> otherPractice = apiPost(app, "/api/v1/gp-practice/deliveries/" + discharge + "/acknowledgement",
                    "gp.other");
            assertThat(otherPractice.statusCode()).isEqualTo(404);
            assertThat(apiPost(app, "/api/v1/gp-practice/deliveries/" + UUID.randomUUID() + "/acknowledgement", "gp.other")
                    .statusCode()).isEqualTo(404);

            // the GP inbox shows each notice's delivery, with the time to acknowledgement
            await("the inbox shows the acknowledged discharge notice", () -> inboxItem(app, "DISCHARGE") != null
                    && inboxItem(app, "DISCHARGE").path("acknowledged").asBoolean());
            JsonNode delivered = inboxItem(app, "DISCHARGE").get("delivery");
            assertThat(delivered.get("status").asText()).isEqualTo("SENT");
            assertThat(delivered.get("messageId").asText()).isEqualTo(discharge.toString());
            assertThat(delivered.get("acknowledgedAt").isNull()).isFalse();
            assertThat(Duration.parse(delivered.get("timeToAcknowledgement").asText()).isNegative()).isFalse();
            assertThat(inboxItem(app, "ADMISSION").at("/delivery/status").asText()).isEqualTo("SENT");

            // the discharge team sees what happened to the notices of its admissions, the parked and retried ones included
            JsonNode team = json.readTree(apiGet(app, "/api/v1/hospital/notice-deliveries?size=100", DISCHARGE_TEAM.userId()).body());
            assertThat(team.get("total").asLong()).isEqualTo(10);
            assertThat(team.get("items")).allSatisfy(item -> assertThat(item.get("status").asText()).isEqualTo("SENT"));
            assertThat(team.findValuesAsText("kind")).contains("DISCHARGE", "ADMISSION");

            // notices raised just before a stop, while their receiver is down, are still pending at the restart
            restartPerson = admitAndDischarge(app, "Y10006");
            assertThat(notices(outbox, restartPerson)).hasSize(2)
                    .allSatisfy(d -> assertThat(d.status()).isIn(DeliveryStatus.PENDING, DeliveryStatus.RETRYING));
        }
        upAfterRestart.start();
        Map<PracticeReceiver, Integer> requestsBeforeRebuild;
        try (ConfigurableApplicationContext app = start()) {
            DeliveryOutbox outbox = app.getBean(DeliveryOutbox.class);
            awaitSent(outbox, upAfterRestart);
            assertThat(notices(outbox, restartPerson)).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));

            // rebuilding every view sends nothing again and queues nothing new
            int rows = app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM delivery_outbox", Integer.class);
            requestsBeforeRebuild = new java.util.HashMap<>();
            receivers.forEach(r -> requestsBeforeRebuild.put(r, r.requests()));
            app.getBean(ViewRebuilds.class).rebuildAll();
            Thread.sleep(1_500); // fifteen looks at the outbox
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM delivery_outbox", Integer.class))
                    .isEqualTo(rows);
            receivers.forEach(r -> assertThat(r.requests()).isEqualTo(requestsBeforeRebuild.get(r)));

            onlyOneOfSeveralSendersClaimsANotice(outbox);
        }

        // once from every receiver's point of view: two notices (admission, discharge) each, held once
        for (PracticeReceiver receiver : receivers) {
            assertThat(receiver.accepted()).hasSize(2);
            for (Map.Entry<String, String> message : receiver.accepted().entrySet()) {
                assertIsTheNotice(message.getKey(), message.getValue());
                if (receiver != slowFirst) {
                    assertThat(receiver.timesAccepted(message.getKey())).as("accepted once: " + message.getKey()).isEqualTo(1);
                }
            }
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.contentType()).startsWith(FhirMessageDelivery.FHIR_JSON));
        }
        // the slow receiver had a message twice (its first answer came after our timeout), with the same id and body
        Map<String, List<PracticeReceiver.Received>> bySlowId = slowFirst.received().stream()
                .collect(java.util.stream.Collectors.groupingBy(PracticeReceiver.Received::messageIdHeader));
        assertThat(bySlowId.values()).anySatisfy(copies -> assertThat(copies).hasSizeGreaterThanOrEqualTo(2));
        assertThat(bySlowId.values()).allSatisfy(copies -> assertThat(copies)
                .allSatisfy(copy -> assertThat(copy.body()).isEqualTo(copies.get(0).body())));
    }

    @Test
    void a_corrected_summary_reaches_the_practice_as_an_amended_notice_and_an_admission_entered_in_error_is_never_sent()
            throws Exception {
        PracticeReceiver receiving = receiver(n -> PracticeReceiver.Answer.ok()).start();
        PracticeReceiver down = receiver(n -> PracticeReceiver.Answer.ok()); // not started: its notices wait
        try (ConfigurableApplicationContext app = start()) {
            Directory directory = app.getBean(Directory.class);
            directory.addHospitalTrust(new HospitalTrust(HOSPITAL, "Royal United Hospital"));
            practice(app, "Y30001", receiving);
            practice(app, "Y30002", down);
            directory.addProfessional(new Professional("gp.amended", "Dr Amended", Role.GP_PRACTICE, "Y30001", Set.of(), null,
                    app.getBean(PasswordEncoder.class).encode(PASSWORD)));
            DeliveryOutbox outbox = app.getBean(DeliveryOutbox.class);
            CommandGateway commands = app.getBean(CommandGateway.class);

            UUID person = admitAndDischarge(app, "Y30001");
            awaitSent(outbox, receiving);
            UUID admission = onlyAdmission(outbox, person);
            UUID first = NoticeMessages.messageId(Notice.DISCHARGE, admission);
            String firstBody = receiving.accepted().get(first.toString());
            // the discharge was recorded an hour after the person left (admitAndDischarge); a correction keeps that moment
            Instant dischargedAt = outbox.latest(Notice.DISCHARGE, admission).orElseThrow().raisedAt().minus(1, ChronoUnit.HOURS);

            // the discharge team corrects the summary twice: each correction is a message of its own, the first stays as sent
            Instant corrected = Instant.now();
            commands.sendAndWait(new CorrectDischargeSummary(person, admission, summary(dischargedAt, "Fall with a hairline fracture of the wrist"),
                    "Fracture seen on the X-ray report after discharge", DISCHARGE_TEAM, corrected));
            Instant correctedAgain = corrected.plusSeconds(1);
            commands.sendAndWait(new CorrectDischargeSummary(person, admission, summary(dischargedAt, "Fall with a fracture of the left wrist"),
                    "Which wrist", DISCHARGE_TEAM, correctedAgain));
            await("both amended notices accepted", () -> receiving.accepted().size() == 4);
            UUID amended = NoticeMessages.amendedMessageId(admission, corrected);
            UUID amendedAgain = NoticeMessages.amendedMessageId(admission, correctedAgain);
            assertThat(receiving.accepted()).containsKeys(amended.toString(), amendedAgain.toString());
            assertThat(receiving.accepted().get(first.toString())).isEqualTo(firstBody);
            assertIsTheAmendedNotice(receiving.accepted().get(amended.toString()), "hairline fracture of the wrist");
            assertIsTheAmendedNotice(receiving.accepted().get(amendedAgain.toString()), "fracture of the left wrist");
            assertThat(receiving.accepted().values()).allSatisfy(body -> assertIsTheNotice(
                    header(body).getIdElement().getIdPart(), body));

            // only the latest version can be acknowledged, and that acknowledges the notice once
            HttpResponse<String> old = apiPost(app, "/api/v1/gp-practice/deliveries/" + amended + "/acknowledgement", "gp.amended");
            assertThat(old.statusCode()).as(old.body()).isEqualTo(409);
            assertThat(old.body()).contains("notice-superseded");
            HttpResponse<String> latest = apiPost(app, "/api/v1/gp-practice/deliveries/" + amendedAgain + "/acknowledgement",
                    "gp.amended");
            assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
            assertThat(json.readTree(latest.body()).get("kind").asText()).isEqualTo("DISCHARGE_AMENDED");
            assertThat(storedEvents(app, person, "DischargeNoticeAcknowledged")).isEqualTo(1);
            assertThat(outbox.latest(Notice.DISCHARGE, admission)).get()
                    .satisfies(d -> assertThat(d.messageId()).isEqualTo(amendedAgain))
                    .satisfies(d -> assertThat(d.acknowledgedAt()).isNotNull());

            // an admission marked entered in error before its notice went is never sent, even once the practice is up
            UUID wrongPerson = admit(app, "Y30002", UUID.randomUUID());
            UUID wrongAdmission = onlyAdmission(outbox, wrongPerson);
            await("the notice to the practice that is down waits", () -> notices(outbox, wrongPerson).get(0).attempts() >= 1);
            commands.sendAndWait(new MarkEnteredInError(wrongPerson, sequenceOf(app, wrongPerson, "PersonAdmittedToHospital"),
                    "Admitted on the wrong person's record", DISCHARGE_TEAM, Instant.now()));
            await("the notice is withdrawn", () -> notices(outbox, wrongPerson).get(0).status() == DeliveryStatus.WITHDRAWN);
            down.start();
            Thread.sleep(1_500); // fifteen looks at the outbox
            assertThat(down.requests()).isZero();
            assertThat(notices(outbox, wrongPerson)).singleElement()
                    .satisfies(d -> assertThat(d.admissionId()).isEqualTo(wrongAdmission))
                    .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
            JsonNode withdrawn = managementGet(app, "/actuator/deliveries?status=WITHDRAWN");
            assertThat(withdrawn.at("/counts/withdrawn").asLong()).isEqualTo(1);
        }
    }

    private static void assertIsTheAmendedNotice(String body, String summaryText) {
        Bundle message = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
        assertThat(header(body).getEventCoding().getCode()).isEqualTo("discharge-notice-amended");
        Composition composition = (Composition) ((Bundle) message.getEntry().get(1).getResource()).getEntryFirstRep().getResource();
        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.AMENDED);
        assertThat(body).contains(summaryText);
    }

    private static MessageHeader header(String body) {
        Bundle message = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
        MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
        header.setId(header.getIdElement().getValue().replace("urn:uuid:", ""));
        return header;
    }

    private long sequenceOf(ConfigurableApplicationContext app, UUID person, String type) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                Long.class, person.toString(), "%." + type);
    }

    /** Two nodes that see the same due notice at the same moment: one claims it, the others get nothing. */
    private static void onlyOneOfSeveralSendersClaimsANotice(DeliveryOutbox outbox) throws Exception {
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS); // not yet due for this node's own sender
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                UUID admission = UUID.randomUUID();
                outbox.queue(Notice.DISCHARGE, admission, UUID.randomUUID(), "Y20001", HOSPITAL, Instant.now(), later);
                UUID messageId = NoticeMessages.messageId(Notice.DISCHARGE, admission);
                List<Callable<Boolean>> claims = new ArrayList<>();
                for (int node = 0; node < 4; node++) {
                    String owner = "node-" + node;
                    claims.add(() -> outbox.claim(messageId, owner, later.plusSeconds(1), later.plusSeconds(60)).isPresent());
                }
                long won = 0;
                for (Future<Boolean> claim : nodes.invokeAll(claims)) {
                    won += claim.get() ? 1 : 0;
                }
                assertThat(won).as("claims won in round " + round).isEqualTo(1);
                // and a node that holds no claim cannot write over the one that does
                assertThat(outbox.sent(messageId, "no-such-node", 1, later)).isFalse();
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ helpers

    private PracticeReceiver receiver(java.util.function.IntFunction<PracticeReceiver.Answer> answers) {
        PracticeReceiver receiver = new PracticeReceiver(answers);
        receivers.add(receiver);
        return receiver;
    }

    private static void practice(ConfigurableApplicationContext app, String code, PracticeReceiver receiver) {
        app.getBean(Directory.class).addPractice(new Practice(code, "Surgery " + code, "North Wiltshire"));
        app.getBean(PracticeDeliveryEndpoints.class).set(code, receiver.endpoint());
    }

    /** Registers a person at the practice, admits and discharges them: an admission notice and a discharge notice. */
    private static UUID admitAndDischarge(ConfigurableApplicationContext app, String practiceCode) {
        UUID admission = UUID.randomUUID();
        UUID person = admit(app, practiceCode, admission);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        app.getBean(CommandGateway.class).sendAndWait(new RecordDischarge(person, admission,
                summary(now.minus(1, ChronoUnit.HOURS), "Fall without fracture; mobilising with a frame"), DISCHARGE_TEAM, now));
        return person;
    }

    /** Registers a person at the practice and admits them: an admission notice. */
    private static UUID admit(ConfigurableApplicationContext app, String practiceCode, UUID admission) {
        CommandGateway commands = app.getBean(CommandGateway.class);
        UUID person = UUID.randomUUID();
        Actor gp = new Actor("gp." + practiceCode, Role.GP_PRACTICE, practiceCode);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        commands.sendAndWait(new RegisterPerson(person, TestNhsNumbers.next(), new PersonDetails("Edna", "Price",
                LocalDate.of(1936, 4, 2), practiceCode, "North Wiltshire", "English", false, null,
                LivingSituation.LIVES_ALONE, List.of(), null), gp, now.minus(3, ChronoUnit.DAYS)));
        commands.sendAndWait(new RecordHospitalAdmission(person, admission, new Admission("Royal United Hospital", HOSPITAL,
                "Pickwick Ward", now.minus(2, ChronoUnit.DAYS), AdmissionType.EMERGENCY, false), DISCHARGE_TEAM,
                now.minus(2, ChronoUnit.DAYS)));
        return person;
    }

    /** The discharge summary the tests record; {@code diagnosis} is its story. */
    private static DischargeSummary summary(Instant dischargedAt, String diagnosis) {
        return new DischargeSummary(dischargedAt, DischargeDestination.USUAL_RESIDENCE, diagnosis,
                List.of(), List.of(), "Falls leaflet given", null);
    }

    private static List<NoticeDelivery> notices(DeliveryOutbox outbox, UUID person) {
        return outbox.inStatus(null, 0, 500).stream().filter(d -> d.careRecordId().equals(person)).toList();
    }

    private static UUID onlyAdmission(DeliveryOutbox outbox, UUID person) {
        return notices(outbox, person).get(0).admissionId();
    }

    private static void awaitSent(DeliveryOutbox outbox, PracticeReceiver... receivers) {
        for (PracticeReceiver receiver : receivers) {
            await("two notices sent to " + receiver.endpoint(), () -> receiver.accepted().size() == 2
                    && receiver.accepted().keySet().stream().allMatch(id -> outbox.find(UUID.fromString(id))
                    .filter(d -> d.status() == DeliveryStatus.SENT).isPresent()));
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE + " for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for: " + what);
            }
        }
    }

    /** A FHIR message whose header's id is the one the receiver deduplicated on, carrying the notice's document. */
    private static void assertIsTheNotice(String messageIdHeader, String body) {
        Bundle message = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
        assertThat(message.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
        // the parser names a bundle's resource by its entry's full URL, urn:uuid:<the header's id>
        assertThat(header.getIdElement().getValue()).isEqualTo("urn:uuid:" + messageIdHeader);
        Bundle document = (Bundle) message.getEntry().get(1).getResource();
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(document.getEntryFirstRep().getResource()).isInstanceOf(Composition.class);
        assertThat(header.getFocusFirstRep().getReference()).isEqualTo(message.getEntry().get(1).getFullUrl());
    }

    private long storedEvents(ConfigurableApplicationContext app, UUID person, String type) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                Long.class, person.toString(), "%." + type);
    }

    private JsonNode inboxItem(ConfigurableApplicationContext app, String kind) {
        try {
            JsonNode inbox = json.readTree(apiGet(app, "/api/v1/gp-practice/inbox?size=100", "gp.steady").body());
            for (JsonNode item : inbox.path("items")) {
                if (kind.equals(item.path("kind").asText())) {
                    return item;
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> apiGet(ConfigurableApplicationContext app, String path, String user) throws Exception {
        return http.send(signedIn(api(app, path), user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> apiPost(ConfigurableApplicationContext app, String path, String user) throws Exception {
        return http.send(signedIn(api(app, path), user).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode managementGet(ConfigurableApplicationContext app, String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(management(app, path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<String> managementPost(ConfigurableApplicationContext app, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(management(app, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder signedIn(URI uri, String user) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static URI api(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    private static URI management(ConfigurableApplicationContext app, String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port") + path);
    }
}
