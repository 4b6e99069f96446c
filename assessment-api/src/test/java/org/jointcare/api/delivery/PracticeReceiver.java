package org.jointcare.api.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jointcare.interop.delivery.FhirMessageDelivery;

/**
 * A practice's clinical system as a real HTTP server on the loopback address (the JDK's
 * HttpServer): it keeps each message it accepts by its message id (a second copy of a message it
 * already holds is answered 200 and not kept again, as a receiver that deduplicates would), and
 * counts every request. How it answers the n-th request is the test's to say: a status, or a
 * delay before the answer. Its port is fixed when it is made, so it can be down (not started) and
 * come up later at the same endpoint.
 */
final class PracticeReceiver implements AutoCloseable {

    /** How to answer the n-th request (from 1): with this status, after this delay. */
    record Answer(int status, Duration delay) {
        static Answer ok() {
            return new Answer(200, Duration.ZERO);
        }

        static Answer status(int status) {
            return new Answer(status, Duration.ZERO);
        }

        static Answer after(Duration delay) {
            return new Answer(200, delay);
        }
    }

    /** One request as it arrived. */
    record Received(String messageIdHeader, String contentType, String body, int answeredWith) {
    }

    private final int port;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Received> received = new ArrayList<>();
    private final Map<String, String> accepted = new LinkedHashMap<>();
    private volatile IntFunction<Answer> answers;
    private HttpServer server;

    PracticeReceiver(IntFunction<Answer> answers) {
        this.port = freePort();
        this.answers = answers;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/fhir/R4/$process-message");
    }

    synchronized PracticeReceiver start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on port " + port, e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String messageId = exchange.getRequestHeaders().getFirst(FhirMessageDelivery.MESSAGE_ID_HEADER);
            Answer answer = answers.apply(requests.incrementAndGet());
            sleep(answer.delay());
            synchronized (this) {
                received.add(new Received(messageId, exchange.getRequestHeaders().getFirst("Content-Type"), body,
                        answer.status()));
                if (answer.status() / 100 == 2) {
                    accepted.putIfAbsent(messageId, body);
                }
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
        return this;
    }

    void answerWith(IntFunction<Answer> answers) {
        this.answers = answers;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The messages it holds, by message id, each once. */
    synchronized Map<String, String> accepted() {
        return Map.copyOf(accepted);
    }

    /** How many 2xx answers it gave for this message id (a receiver without deduplication would hold this many copies). */
    synchronized long timesAccepted(String messageId) {
        return received.stream().filter(r -> messageId.equals(r.messageIdHeader()) && r.answeredWith() / 100 == 2).count();
    }

    int requests() {
        return requests.get();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
