package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests the servlet container or Spring Security's firewall refuse before any controller is
 * reached, sent byte for byte over a real socket: each answer is still a problem (RFC 9457) with a
 * stable type and a correlation id, never the container's HTML page, its name or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jointcare.demo-data.enabled=true")
class ContainerErrorsAreProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Authorization: Basic " + java.util.Base64.getEncoder()
            .encodeToString("nobody:secret".getBytes(StandardCharsets.UTF_8)) + "\r\n";

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyRefusalBeforeTheApplicationIsAProblem() {
        String id = UUID.randomUUID().toString();
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("a header larger than the container takes",
                "GET /api/v1/care-records/" + id + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000) + "\r\n\r\n");
        requests.put("many headers adding up to too much", "GET /api/v1/care-records/" + id + " HTTP/1.1\r\nHost: localhost\r\n"
                + ("X-Padding: " + "y".repeat(1_000) + "\r\n").repeat(40) + "\r\n");
        requests.put("an id with an encoded ../", "GET /api/v1/care-records/..%2F..%2F" + id + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n");
        requests.put("an id with encoded dots and slash", "GET /api/v1/care-records/%2e%2e%2f" + id + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n");
        requests.put("an id with an encoded NUL", "GET /api/v1/care-records/" + id + "%00 HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n");
        requests.put("an id with an encoded backslash", "GET /api/v1/care-records/%5c" + id + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n");
        requests.put("a path with a semicolon", "GET /api/v1/care-records;jsessionid=1/" + id + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n");
        requests.put("a path with a double slash", "GET /api/v1//care-records/" + id + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n");
        requests.put("a path with an encoded percent", "GET /api/v1/care-records/%25" + id + " HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "\r\n");
        requests.put("a header value with a control character",
                "GET /api/v1/care-records/" + id + " HTTP/1.1\r\nHost: localhost\r\nX-Odd: a\u0001b\r\n\r\n");
        requests.put("a request line the container cannot parse", "GET /api/v1/care records HTTP/1.1\r\nHost: localhost\r\n\r\n");
        return requests.entrySet().stream().map(request -> DynamicTest.dynamicTest(request.getKey(), () -> {
            Answer answer = send(request.getValue());
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("<html", "Tomcat", "Exception", "\tat ");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("type").asText()).startsWith(ApiProblem.BASE);
            assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
            assertThat(problem.get("code").asText()).isNotBlank();
            assertThat(problem.get("correlationId").asText()).isNotBlank().isNotEqualTo("none");
        }));
    }

    /**
     * A NUL in a query parameter would reach a search's SQL, where PostgreSQL refuses it: the
     * firewall refuses the request first, as a problem, for a signed-in professional too.
     */
    @TestFactory
    Stream<DynamicTest> aControlCharacterInAQueryParameterIsRefusedBeforeAnySearch() {
        String gp = "Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString("dr.priya.shah:jointcare-demo".getBytes(StandardCharsets.UTF_8)) + "\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("a family name with an encoded NUL", "/api/v1/care-records?familyName=Sm%00ith");
        requests.put("a family name with a control character", "/api/v1/care-records?familyName=Sm%01ith");
        requests.put("a practice code with a NUL", "/api/v1/practices/J82034/people?size=5%00");
        return requests.entrySet().stream().map(request -> DynamicTest.dynamicTest(request.getKey(), () -> {
            Answer answer = send("GET " + request.getValue() + " HTTP/1.1\r\nHost: localhost\r\n" + gp + "\r\n");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception", "\tat ");
        }));
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] body;
            if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size; (size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) > 0; readLine(in)) {
                    chunks.write(in.readNBytes(size));
                }
                body = chunks.toByteArray();
            } else {
                body = in.readAllBytes();
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        for (String line; !(line = readLine(in)).isEmpty(); ) {
            head.append(line).append("\r\n");
        }
        return head.toString();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
