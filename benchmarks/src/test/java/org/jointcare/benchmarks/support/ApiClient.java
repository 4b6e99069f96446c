package org.jointcare.benchmarks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A loopback HTTP client for the JointCare API, logging in as a demo professional with HTTP Basic. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "jointcare-demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, body, headers and how long it took. */
    public record Answer(int status, String body, HttpResponse<String> response, long nanos) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient http;
    private final java.util.List<URI> bases;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

    public ApiClient(URI base) {
        this(java.util.List.of(base));
    }

    /** A client of several nodes: each request goes to the next of them in turn. */
    public ApiClient(java.util.List<URI> bases) {
        this.bases = java.util.List.copyOf(bases);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI base() {
        return bases.get(0);
    }

    private URI nextBase() {
        return bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
    }

    public static String basic(String userId) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public Answer post(String userId, String path, String json) throws IOException, InterruptedException {
        return post(userId, path, json, Map.of());
    }

    public Answer post(String userId, String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(nextBase().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (userId != null) {
            request.header("Authorization", basic(userId));
        }
        headers.forEach(request::setHeader);
        return send(request.build());
    }

    public Answer get(String userId, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(nextBase().resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (userId != null) {
            request.header("Authorization", basic(userId));
        }
        return send(request.build());
    }

    public Answer send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response, System.nanoTime() - start);
    }
}
