package org.jointcare.api.delivery;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The operator's view of notice delivery, on the management server only (loopback, see
 * docs/operations.md):
 * <ul>
 *   <li>{@code GET /actuator/deliveries?status=GIVEN_UP&page=&size=} — counts by status and a page of
 *   deliveries (all statuses without {@code status}): which notice, to which practice, attempts, last
 *   error, when next tried. Never the notice's content;</li>
 *   <li>{@code POST /actuator/deliveries/{messageId}/retry} — send a parked (or retrying) notice at
 *   the next look at the outbox; a parked one gets its attempts and its time to give up afresh;</li>
 *   <li>{@code POST /actuator/deliveries/{practiceCode}/endpoint} with {@code {"url": "https://…"}} — set the
 *   practice's delivery endpoint in the directory ({@code {"url": null}} removes it). Notices raised from
 *   then on are delivered there; those already queued are sent to whatever is set at each attempt.</li>
 * </ul>
 */
@Component
@Endpoint(id = "deliveries")
public class DeliveriesEndpoint {

    static final String RETRY = "retry";
    static final String ENDPOINT = "endpoint";
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int LARGEST_PAGE = 500;

    private final DeliveryOutbox outbox;
    private final PracticeDeliveryEndpoints endpoints;
    private final Clock clock;

    public DeliveriesEndpoint(DeliveryOutbox outbox, PracticeDeliveryEndpoints endpoints, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    public record Counts(long pending, long retrying, long sent, long givenUp, long withdrawn) {
    }

    public record Deliveries(Counts counts, DeliveryStatus status, int page, int size, List<DeliveryReport> items) {
    }

    public record Retried(UUID messageId, DeliveryReport delivery) {
    }

    public record EndpointSet(String practiceCode, String url) {
    }

    /** Why an operation was not done. */
    public record Refusal(String target, String message) {
    }

    @ReadOperation
    public WebEndpointResponse<Object> deliveries(@Nullable String status, @Nullable Integer page, @Nullable Integer size) {
        DeliveryStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : DeliveryStatus.valueOf(status.trim());
        } catch (IllegalArgumentException unknown) {
            return refused(null, WebEndpointResponse.STATUS_BAD_REQUEST, "status is one of " + List.of(DeliveryStatus.values()));
        }
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        if (pageNumber < 0 || pageSize < 1 || pageSize > LARGEST_PAGE) {
            return refused(null, WebEndpointResponse.STATUS_BAD_REQUEST, "page from 0, size from 1 to " + LARGEST_PAGE);
        }
        Counts counts = new Counts(outbox.count(DeliveryStatus.PENDING), outbox.count(DeliveryStatus.RETRYING),
                outbox.count(DeliveryStatus.SENT), outbox.count(DeliveryStatus.GIVEN_UP),
                outbox.count(DeliveryStatus.WITHDRAWN));
        List<DeliveryReport> items = outbox.inStatus(wanted, pageNumber, pageSize).stream().map(DeliveryReport::of).toList();
        return new WebEndpointResponse<>(new Deliveries(counts, wanted, pageNumber, pageSize, items), WebEndpointResponse.STATUS_OK);
    }

    /** {@code {messageId}/retry} or {@code {practiceCode}/endpoint}. */
    @WriteOperation
    public WebEndpointResponse<Object> act(@Selector String target, @Selector String action, @Nullable String url) {
        return switch (action) {
            case RETRY -> retry(target);
            case ENDPOINT -> setEndpoint(target, url);
            default -> refused(target, WebEndpointResponse.STATUS_NOT_FOUND,
                    "No operation '" + action + "': use " + RETRY + " or " + ENDPOINT);
        };
    }

    private WebEndpointResponse<Object> setEndpoint(String practiceCode, String url) {
        try {
            endpoints.set(practiceCode, url == null || url.isBlank() ? null : URI.create(url.strip()));
        } catch (IllegalArgumentException refused) {
            return refused(practiceCode, WebEndpointResponse.STATUS_BAD_REQUEST, refused.getMessage());
        }
        return new WebEndpointResponse<>(new EndpointSet(practiceCode, endpoints.of(practiceCode).map(URI::toString).orElse(null)),
                WebEndpointResponse.STATUS_OK);
    }

    private WebEndpointResponse<Object> retry(String messageId) {
        UUID id;
        try {
            id = UUID.fromString(messageId);
        } catch (IllegalArgumentException notAnId) {
            return refused(messageId, WebEndpointResponse.STATUS_NOT_FOUND, "No delivery with message id " + messageId);
        }
        if (outbox.find(id).isEmpty()) {
            return refused(messageId, WebEndpointResponse.STATUS_NOT_FOUND, "No delivery with message id " + messageId);
        }
        if (!outbox.retry(id, clock.instant())) {
            return refused(messageId, 409, "Only a notice given up or waiting to be retried can be retried; this one is "
                    + outbox.find(id).map(NoticeDelivery::status).orElse(null) + " (or being sent at this moment)");
        }
        return new WebEndpointResponse<>(new Retried(id, outbox.find(id).map(DeliveryReport::of).orElse(null)),
                WebEndpointResponse.STATUS_OK);
    }

    private static WebEndpointResponse<Object> refused(String messageId, int status, String message) {
        return new WebEndpointResponse<>(new Refusal(messageId, message), status);
    }
}
