package org.jointcare.api.pages;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpSession;

/**
 * Read your own writes on pages. Views are built from the events after the command has committed,
 * so the page a form redirects to could show the list as it was before. The session remembers the
 * care record version each command produced ({@link CommandForms} calls {@link #remember} for every
 * form); a page that reads a view calls {@link #awaitRecord} (a page about one person) or
 * {@link #awaitAll} (a list) first, which waits, for {@code jointcare.pages.read-your-writes.longest-wait}
 * (2 seconds) at the most, until each named view has applied the event of that version. If one has
 * not, the page is shown anyway with the model's {@value #STILL_UPDATING} set, and the
 * {@code read-your-writes :: banner} fragment tells the professional it may not show the change yet,
 * instead of silently showing what was there before. Pages that read the record from the event store
 * ({@code CurrentRecords}) already hold every write and need neither.
 */
@Component
public class ReadYourWrites {

    /** The model attribute the banner reads: true when a view had not caught up with the session's writes. */
    public static final String STILL_UPDATING = "stillUpdating";

    static final String SESSION_ATTRIBUTE = ReadYourWrites.class.getName() + ".writes";
    /** Enough for a morning's forms; older writes are long in every view. */
    static final int MOST_REMEMBERED = 20;
    private static final long POLL_MILLIS = 25;

    /** Where the views stand against the event store ({@link StoredViewPositions}). */
    public interface ViewPositions {

        /** The event store's position (global index) of the record's event at {@code version}; empty until it is stored. */
        OptionalLong positionOf(UUID careRecordId, long version);

        /** Whether {@code view} (a processing group) has applied, and committed, the events at every one of {@code positions}. */
        boolean holdsAll(String view, Collection<Long> positions);
    }

    /** One write of this session: the record, the version its command produced, and that event's position once known. */
    record Write(UUID careRecordId, long version, Long position) implements Serializable {
    }

    private final ViewPositions views;
    private final Duration longestWait;

    public ReadYourWrites(ViewPositions views,
                          @Value("${jointcare.pages.read-your-writes.longest-wait:2s}") Duration longestWait) {
        this.views = views;
        this.longestWait = longestWait;
    }

    /** Remembers, in the signed-in session of the current request, the version a command produced. */
    public void remember(UUID careRecordId, long version) {
        HttpSession session = session(true);
        if (session != null) {
            remember(session, careRecordId, version);
        }
    }

    void remember(HttpSession session, UUID careRecordId, long version) {
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<UUID, Write> writes = new LinkedHashMap<>(writes(session));
            writes.remove(careRecordId);
            writes.put(careRecordId, new Write(careRecordId, version, null));
            while (writes.size() > MOST_REMEMBERED) {
                writes.remove(writes.keySet().iterator().next());
            }
            session.setAttribute(SESSION_ATTRIBUTE, writes);
        }
    }

    /** Before a page about one person reads {@code views}: waits for this session's last write to the person. */
    public boolean awaitRecord(UUID careRecordId, Model model, String... views) {
        return await(model, session -> {
            Write write = writes(session).get(careRecordId);
            return write == null ? List.of() : List.of(write);
        }, views);
    }

    /** Before a list reads {@code views}: waits for every write this session remembers. */
    public boolean awaitAll(Model model, String... views) {
        return await(model, session -> List.copyOf(writes(session).values()), views);
    }

    private boolean await(Model model, java.util.function.Function<HttpSession, List<Write>> which, String... viewNames) {
        HttpSession session = session(false);
        List<Write> writes = session == null ? List.of() : which.apply(session);
        if (writes.isEmpty()) {
            return true;
        }
        List<Write> found = new ArrayList<>();
        boolean caughtUp = await(writes, List.of(viewNames), found);
        synchronized (WebUtils.getSessionMutex(session)) {
            // the positions found are kept, so the next page asks the event store no more
            LinkedHashMap<UUID, Write> kept = new LinkedHashMap<>(writes(session));
            found.forEach(write -> kept.replace(write.careRecordId(), new Write(write.careRecordId(), write.version(), null), write));
            session.setAttribute(SESSION_ATTRIBUTE, kept);
        }
        if (!caughtUp) {
            model.addAttribute(STILL_UPDATING, true);
        }
        return caughtUp;
    }

    /**
     * True once every view holds every write; false when the longest wait has passed first.
     * {@code found} receives the writes whose position was looked up.
     */
    boolean await(List<Write> writes, List<String> viewNames, List<Write> found) {
        long deadline = System.nanoTime() + longestWait.toNanos();
        List<Long> positions = new ArrayList<>();
        List<Write> unknown = new ArrayList<>();
        for (Write write : writes) {
            if (write.position() != null) {
                positions.add(write.position());
            } else {
                unknown.add(write);
            }
        }
        while (true) {
            unknown.removeIf(write -> {
                OptionalLong position = views.positionOf(write.careRecordId(), write.version());
                position.ifPresent(at -> {
                    positions.add(at);
                    found.add(new Write(write.careRecordId(), write.version(), at));
                });
                return position.isPresent();
            });
            if (unknown.isEmpty() && viewNames.stream().allMatch(view -> views.holdsAll(view, positions))) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Write> writes(HttpSession session) {
        Object stored = session.getAttribute(SESSION_ATTRIBUTE);
        return stored instanceof Map<?, ?> map ? (Map<UUID, Write>) map : Map.of();
    }

    private static HttpSession session(boolean create) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getSession(create) : null;
    }
}
