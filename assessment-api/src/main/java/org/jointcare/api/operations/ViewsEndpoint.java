package org.jointcare.api.operations;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.DeadLetterEntry;
import org.jointcare.views.operations.DeadLetterPage;
import org.jointcare.views.operations.RebuildReport;
import org.jointcare.views.operations.RetryReport;
import org.jointcare.views.operations.ViewDeadLetters;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.views.operations.ViewStatus;
import org.jointcare.views.operations.ViewStatuses;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The operator's view of the views in a running application, on the management server only
 * (loopback, {@code management.server.port}; see docs/operations.md):
 * <ul>
 *   <li>{@code GET /actuator/views} — every view: mode, running, caught up, position, head, dead letters, error;</li>
 *   <li>{@code GET /actuator/views/{group}?page=&size=} — one view's status and a page of its dead
 *   letters (the care record id, event type, sequence, global index, cause, when parked, retries;
 *   never the event's content);</li>
 *   <li>{@code POST /actuator/views/{group}/retry-dead-letters} — hand the parked events to the view again;</li>
 *   <li>{@code POST /actuator/views/{group}/rebuild} — rebuild a STREAMING view from the event store
 *   (returns when it has caught up). A SUBSCRIBING view is refused: its replay would race the
 *   commands that write the same tables, so it is rebuilt on a stopped application
 *   ({@code --jointcare.rebuild=<group>}).</li>
 * </ul>
 */
@Component
@Endpoint(id = "views")
public class ViewsEndpoint {

    static final String RETRY_DEAD_LETTERS = "retry-dead-letters";
    static final String REBUILD = "rebuild";
    private static final int DEFAULT_PAGE_SIZE = 50;

    private final ViewStatuses statuses;
    private final ViewRebuilds rebuilds;
    private final ViewDeadLetters deadLetters;

    public ViewsEndpoint(ViewStatuses statuses, ViewRebuilds rebuilds, ViewDeadLetters deadLetters) {
        this.statuses = statuses;
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
    }

    /** Every view with where it stands. */
    public record Views(List<ViewStatus> views) {
    }

    /** One view: where it stands and a page of its parked events. */
    public record View(ViewStatus status, DeadLetters deadLetters) {
    }

    public record DeadLetters(int page, int size, long total, List<ParkedEvent> items) {
    }

    /**
     * One parked event, as an operator needs it to find the fault: whose record, which event and
     * where it stands, why it failed. Not the event's content.
     */
    public record ParkedEvent(String careRecordId, long indexInQueue, String eventType, Long sequenceNumber,
                              Long globalIndex, String causeType, String causeMessage, Instant enqueuedAt,
                              Instant lastTouched, int retries) {

        static ParkedEvent of(DeadLetterEntry letter) {
            return new ParkedEvent(letter.sequenceIdentifier(), letter.indexInSequence(), letter.eventType(),
                    letter.sequenceNumber(), letter.globalIndex(), letter.causeType(), letter.causeMessage(),
                    letter.enqueuedAt(), letter.lastTouched(), letter.retries());
        }
    }

    public record Retried(String processingGroup, int sequencesRetried, long stillDead) {
    }

    public record Rebuilt(String processingGroup, long headPosition, String took, ViewStatus status) {
    }

    /** Why an operation was not done, in words that say what to do instead. */
    public record Refusal(String processingGroup, String message) {
    }

    @ReadOperation
    public Views views() {
        return new Views(statuses.views());
    }

    @ReadOperation
    public WebEndpointResponse<Object> view(@Selector String group, @Nullable Integer page, @Nullable Integer size) {
        try {
            int pageNumber = page == null ? 0 : page;
            int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
            ViewStatus status = statuses.status(group);
            DeadLetterPage letters = deadLetters.deadLetters(group, pageNumber, pageSize);
            return ok(new View(status, new DeadLetters(letters.page(), letters.size(), letters.total(),
                    letters.deadLetters().stream().map(ParkedEvent::of).toList())));
        } catch (NoSuchElementException unknown) {
            return refused(group, WebEndpointResponse.STATUS_NOT_FOUND, unknown.getMessage());
        } catch (IllegalArgumentException badPage) {
            return refused(group, WebEndpointResponse.STATUS_BAD_REQUEST, badPage.getMessage());
        }
    }

    /** {@code retry-dead-letters} or {@code rebuild} of one view. */
    @WriteOperation
    public WebEndpointResponse<Object> act(@Selector String group, @Selector String action) {
        try {
            return switch (action) {
                case RETRY_DEAD_LETTERS -> retry(group);
                case REBUILD -> rebuild(group);
                default -> refused(group, WebEndpointResponse.STATUS_NOT_FOUND,
                        "No operation '" + action + "': use " + RETRY_DEAD_LETTERS + " or " + REBUILD);
            };
        } catch (NoSuchElementException unknown) {
            return refused(group, WebEndpointResponse.STATUS_NOT_FOUND, unknown.getMessage());
        }
    }

    private WebEndpointResponse<Object> retry(String group) {
        RetryReport report = deadLetters.retryDeadLetters(group);
        return ok(new Retried(report.processingGroup(), report.sequencesRetried(), report.stillDead()));
    }

    private WebEndpointResponse<Object> rebuild(String group) {
        ViewDefinition view = statuses.definition(group);
        if (view.mode() != ViewDefinition.Mode.STREAMING) {
            return refused(group, 409, "View '" + group + "' is " + view.mode() + ": it is updated inside each command's"
                    + " transaction, so a rebuild while commands arrive would mix replayed and new rows. Stop the"
                    + " application and run it with --jointcare.rebuild=" + group
                    + " --spring.main.web-application-type=none (see docs/operations.md).");
        }
        try {
            RebuildReport report = rebuilds.rebuild(group);
            return ok(new Rebuilt(group, report.headPosition(), report.took().toString(), statuses.status(group)));
        } catch (IllegalStateException notDone) {
            return refused(group, WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE, notDone.getMessage());
        }
    }

    private static WebEndpointResponse<Object> ok(Object body) {
        return new WebEndpointResponse<>(body, WebEndpointResponse.STATUS_OK);
    }

    private static WebEndpointResponse<Object> refused(String group, int status, String message) {
        return new WebEndpointResponse<>(new Refusal(group, message), status);
    }
}
