package org.jointcare.api.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ProblemResponses;
import org.jointcare.api.web.RequestBodyLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Idempotency-Key} on a write: the first request with a key runs and its answer is stored;
 * the same key with the same request (method, path, If-Match and body) gets that stored answer
 * again and changes nothing, even when the two arrive together; the same key with a different
 * request is refused with 422. Keys belong to the user who sent them. A request that failed on
 * our side (5xx) releases its key so it can be retried.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern SENSIBLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final String[] KEPT_HEADERS = {HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE};

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final IdempotentRequests requests;
    private final PersonAccess access;
    private final ProblemResponses problems;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration waitForOther;
    private final java.util.concurrent.atomic.AtomicReference<Instant> lastForgotten =
            new java.util.concurrent.atomic.AtomicReference<>(Instant.MIN);

    public IdempotencyKeys(IdempotentRequests requests, PersonAccess access, ProblemResponses problems, ObjectMapper json,
                           Clock clock, @Value("${jointcare.api.idempotency.wait:10s}") Duration waitForOther) {
        this.requests = requests;
        this.access = access;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
        this.waitForOther = waitForOther;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<String> user = userOf(SecurityContextHolder.getContext().getAuthentication());
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!SENSIBLE_KEY.matcher(key).matches()) {
            problems.write(request, response, ApiProblem.INVALID_IDEMPOTENCY_KEY.detail(
                    "Idempotency-Key must be 1 to 128 visible ASCII characters, such as a UUID."));
            return;
        }
        forgetOldKeysNowAndThen();
        String fingerprint = fingerprint(request);
        long deadline = System.nanoTime() + waitForOther.toNanos();
        while (true) {
            if (requests.claim(user.get(), key, fingerprint, clock.instant())) {
                runAndStore(request, response, chain, user.get(), key);
                return;
            }
            Optional<IdempotentRequests.Stored> stored = requests.find(user.get(), key);
            if (stored.isEmpty()) {
                // the request that held the key failed on our side and let go of it: try to run this one
                continue;
            }
            if (!stored.get().fingerprint().equals(fingerprint)) {
                problems.write(request, response, ApiProblem.IDEMPOTENCY_KEY_REUSED.detail(
                        "This Idempotency-Key was used for a different request. Use a new key for a new request."));
                return;
            }
            if (stored.get().state() == IdempotentRequests.State.COMPLETED) {
                logReplay(request, stored.get());
                write(response, stored.get());
                return;
            }
            if (System.nanoTime() > deadline) {
                problems.write(request, response, ApiProblem.IDEMPOTENT_REQUEST_IN_PROGRESS.detail(
                        "The first request with this Idempotency-Key is still running. Send it again in a moment."));
                return;
            }
            pause();
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for an idempotent request", e);
        }
    }

    private void runAndStore(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                             String user, String key) throws IOException, ServletException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, captured);
            int status = captured.getStatus();
            if (status < 500) {
                requests.complete(user, key, status, json.writeValueAsString(keptHeaders(captured)),
                        new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
                stored = true;
            }
        } finally {
            if (!stored) {
                requests.release(user, key);
            }
            captured.copyBodyToResponse();
        }
    }

    /**
     * A replay answers a person's record again without reaching the controller, so it writes its
     * own access-log row: who asked, for which record, that it was a replay and what it answered.
     */
    private void logReplay(HttpServletRequest request, IdempotentRequests.Stored stored) {
        if (!(SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof CareProfessional who)) {
            return;
        }
        String path = request.getRequestURI();
        Optional<ApiEndpoint> endpoint = Arrays.stream(ApiEndpoint.values())
                .filter(e -> e.method().matches(request.getMethod()) && PATHS.match(e.path(), path))
                .findFirst();
        if (endpoint.isEmpty()) {
            return;
        }
        UUID careRecordId = careRecordOf(PATHS.extractUriTemplateVariables(endpoint.get().path(), path).get("careRecordId"))
                .or(() -> careRecordInBody(stored.body()))
                .orElse(null);
        // 404 is how a refusal (or an unknown id) was answered; anything else got past the sharing rules
        boolean refused = stored.status() != null && stored.status() == 404;
        access.record(who, careRecordId, endpoint.get(),
                "replay of an earlier request with the same Idempotency-Key, answered again as stored (HTTP "
                        + stored.status() + "); nothing changed",
                refused ? AccessLog.Outcome.REFUSED : AccessLog.Outcome.ALLOWED);
    }

    private Optional<UUID> careRecordInBody(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return careRecordOf(json.readTree(body).path("careRecordId").asText(null));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> careRecordOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void write(HttpServletResponse response, IdempotentRequests.Stored stored) throws IOException {
        response.setStatus(stored.status());
        Map<String, String> headers = json.readValue(stored.headers(), new TypeReference<LinkedHashMap<String, String>>() {
        });
        headers.forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Map<String, String> keptHeaders(HttpServletResponse response) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    private static String fingerprint(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
            digest.update(("If-Match: " + (ifMatch == null ? "" : ifMatch) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(RequestBodyLimit.bodyOf(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Optional<String> userOf(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CareProfessional professional) {
            return Optional.of(professional.userId());
        }
        return Optional.empty();
    }

    /** Keys are kept for a day; at most once an hour, the request that notices forgets older ones. */
    private void forgetOldKeysNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastForgotten.get();
        if (last.plus(Duration.ofHours(1)).isBefore(now) && lastForgotten.compareAndSet(last, now)) {
            requests.forgetOlderThan(now.minus(Duration.ofDays(1)));
        }
    }
}
