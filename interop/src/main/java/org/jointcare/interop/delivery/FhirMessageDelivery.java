package org.jointcare.interop.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Posts a FHIR message to a practice's endpoint over HTTP, with the JDK's client. One attempt per
 * call: retrying, and remembering that a notice was sent, is the caller's (the outbox's) work.
 * <p>
 * The message id travels twice, so the receiver can deduplicate however it reads the request: as
 * the {@code MessageHeader}'s id in the body and as the {@value #MESSAGE_ID_HEADER} header. A
 * retry after a lost answer sends the same id; the receiver is to answer 2xx for a message it
 * already holds.
 */
public final class FhirMessageDelivery {

    /** The HTTP header that carries the message id (the IETF idempotency-key draft's name). */
    public static final String MESSAGE_ID_HEADER = "Idempotency-Key";
    public static final String FHIR_JSON = "application/fhir+json";

    /** What one attempt came to: delivered on a 2xx answer; else the status (0: no answer) and why. */
    public record Outcome(boolean delivered, int status, String detail) {
    }

    private final HttpClient client;

    public FhirMessageDelivery(Duration connectTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                // a redirect could take health data somewhere the directory never named
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Outcome send(URI endpoint, UUID messageId, String messageJson, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", FHIR_JSON + "; charset=utf-8")
                .header("Accept", FHIR_JSON)
                .header(MESSAGE_ID_HEADER, messageId.toString())
                .POST(HttpRequest.BodyPublishers.ofString(messageJson, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, status, "HTTP " + status);
            }
            // the answer's body is not kept: it is the receiver's words and may name the person
            return new Outcome(false, status, "HTTP " + status);
        } catch (IOException failed) {
            return new Outcome(false, 0, failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : ": " + failed.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(false, 0, "interrupted while sending");
        }
    }
}
