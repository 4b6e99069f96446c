package org.jointcare.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.testsupport.CareJourney;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.api.views.ProbeViews;
import org.jointcare.views.operations.ViewStatuses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A running application, both servers up: the operator reaches the views endpoint on the
 * loopback management port without signing in, sees a person's parked events (and nothing of
 * their content), retries them, and rebuilds a streaming view; the API's own port never serves
 * the operator's endpoint.
 */
@Import(ProbeViews.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewsEndpointOnTheManagementPortTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    @LocalServerPort
    int apiPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    CommandGateway commands;

    @Autowired
    ViewStatuses operations;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void noFault() {
        ProbeViews.failFor = null;
    }

    @Test
    void the_management_port_is_a_different_one_and_listens_on_the_loopback_address_only() throws Exception {
        assertThat(managementPort).isPositive().isNotEqualTo(apiPort);
        List<InetAddress> elsewhere = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> address instanceof Inet4Address).forEach(elsewhere::add);
            }
        }
        Assumptions.assumeFalse(elsewhere.isEmpty(), "this machine has no address but loopback");
        for (InetAddress address : elsewhere) {
            // the API's port answers on this address, the management port does not
            try (Socket api = new Socket()) {
                api.connect(new InetSocketAddress(address, apiPort), 2000);
            }
            assertThatThrownBy(() -> {
                try (Socket management = new Socket()) {
                    management.connect(new InetSocketAddress(address, managementPort), 2000);
                }
            }).as("management port on " + address).isInstanceOf(IOException.class);
        }
    }

    @Test
    void the_api_port_never_serves_the_views_endpoint_but_answers_liveness_and_readiness() throws Exception {
        assertThat(get(apiPort, "/actuator/views").statusCode()).isIn(401, 404);
        assertThat(post(apiPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE + "/retry-dead-letters").statusCode())
                .isIn(401, 403, 404);
        assertThat(get(apiPort, "/livez").statusCode()).isEqualTo(200);
        assertThat(get(apiPort, "/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void the_management_port_exposes_health_info_and_views_only() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(get(managementPort, "/actuator/info").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get(managementPort, "/actuator/beans").statusCode()).isEqualTo(404);
        assertThat(get(managementPort, "/api/v1/people").statusCode()).isEqualTo(404);
    }

    @Test
    void an_operator_sees_every_view_and_an_unknown_one_is_not_found() throws Exception {
        HttpResponse<String> response = get(managementPort, "/actuator/views");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> groups = new ArrayList<>();
        json.readTree(response.body()).path("views").forEach(view -> {
            groups.add(view.path("processingGroup").asText());
            assertThat(view.has("running")).isTrue();
            assertThat(view.has("position")).isTrue();
            assertThat(view.has("deadLetters")).isTrue();
        });
        assertThat(groups).contains("own-record", "record-history", "commissioning", "sharing",
                ProbeViews.DEAD_LETTER_PROBE, ProbeViews.REPLAY_PROBE);

        HttpResponse<String> unknown = get(managementPort, "/actuator/views/no-such-view");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no-such-view");
    }

    @Test
    void an_operator_lists_a_persons_parked_events_retries_them_and_they_are_handled_once_the_fault_is_gone()
            throws Exception {
        CareJourney poisoned = CareJourney.startingAt(Instant.parse("2026-02-02T09:30:00Z"), TestNhsNumbers.next());
        ProbeViews.failFor = poisoned.careRecordId();
        poisoned.commands().forEach(commands::sendAndWait);
        operations.awaitCaughtUp(ProbeViews.DEAD_LETTER_PROBE, CATCH_UP);
        int accepted = CareJourney.EVENTS.indexOf("ReferralAccepted");
        int parked = CareJourney.EVENTS.size() - accepted;

        JsonNode listed = ok(get(managementPort, "/actuator/views"));
        assertThat(find(listed.path("views"), ProbeViews.DEAD_LETTER_PROBE).path("deadLetters").asLong()).isEqualTo(parked);

        JsonNode view = ok(get(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE));
        assertThat(view.path("status").path("deadLetters").asLong()).isEqualTo(parked);
        JsonNode letters = view.path("deadLetters");
        assertThat(letters.path("total").asLong()).isEqualTo(parked);
        JsonNode first = letters.path("items").get(0);
        assertThat(first.path("careRecordId").asText()).isEqualTo(poisoned.careRecordId().toString());
        assertThat(first.path("eventType").asText()).endsWith("ReferralAccepted");
        assertThat(first.path("sequenceNumber").asLong()).isEqualTo(accepted);
        assertThat(first.path("globalIndex").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
                Long.class, poisoned.careRecordId().toString(), accepted));
        assertThat(first.path("causeMessage").asText()).contains("probe fault");
        assertThat(first.path("enqueuedAt").asText()).isNotBlank();
        assertThat(first.path("retries").asInt()).isZero();
        // the event's content (names, clinical detail) never leaves the database this way
        assertThat(first.has("payload")).isFalse();
        assertThat(view.toString()).doesNotContain(poisoned.nhsNumber());
        JsonNode secondPage = ok(get(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE + "?page=1&size=2"));
        assertThat(secondPage.path("deadLetters").path("items")).hasSize(2);
        assertThat(secondPage.path("deadLetters").path("items").get(0).path("indexInQueue").asLong())
                .isGreaterThan(first.path("indexInQueue").asLong());

        // the fault is still there: the retry changes nothing but the count of failed retries
        JsonNode stillFailing = ok(post(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE + "/retry-dead-letters"));
        assertThat(stillFailing.path("sequencesRetried").asInt()).isZero();
        assertThat(stillFailing.path("stillDead").asLong()).isEqualTo(parked);
        JsonNode afterFailedRetry = ok(get(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE));
        assertThat(afterFailedRetry.path("deadLetters").path("items").get(0).path("retries").asInt()).isEqualTo(1);

        ProbeViews.failFor = null;
        JsonNode retried = ok(post(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE + "/retry-dead-letters"));
        assertThat(retried.path("sequencesRetried").asInt()).isEqualTo(1);
        assertThat(retried.path("stillDead").asLong()).isZero();
        assertThat(ProbeViews.probeRows(jdbc, poisoned.careRecordId())).containsExactlyElementsOf(CareJourney.EVENTS);
        assertThat(ok(get(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE))
                .path("deadLetters").path("items")).isEmpty();
    }

    @Test
    void an_operator_rebuilds_a_streaming_view_while_running_but_is_sent_to_the_command_line_for_a_subscribing_one()
            throws Exception {
        CareJourney journey = CareJourney.startingAt(Instant.parse("2026-03-02T09:30:00Z"), TestNhsNumbers.next());
        journey.commands().forEach(commands::sendAndWait);
        operations.awaitCaughtUp(ProbeViews.DEAD_LETTER_PROBE, CATCH_UP);
        List<String> before = ProbeViews.probeRows(jdbc, journey.careRecordId());

        JsonNode rebuilt = ok(post(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE + "/rebuild"));
        assertThat(rebuilt.path("status").path("running").asBoolean()).isTrue();
        assertThat(rebuilt.path("status").path("caughtUp").asBoolean()).isTrue();
        assertThat(ProbeViews.probeRows(jdbc, journey.careRecordId())).isEqualTo(before).isNotEmpty();

        HttpResponse<String> refused = post(managementPort, "/actuator/views/" + ProbeViews.REPLAY_PROBE + "/rebuild");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("--jointcare.rebuild=" + ProbeViews.REPLAY_PROBE);

        assertThat(post(managementPort, "/actuator/views/" + ProbeViews.DEAD_LETTER_PROBE + "/shred").statusCode()).isEqualTo(404);
    }

    private static JsonNode find(JsonNode views, String group) {
        for (JsonNode view : views) {
            if (view.path("processingGroup").asText().equals(group)) {
                return view;
            }
        }
        throw new AssertionError("No view " + group + " in " + views);
    }

    private JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
