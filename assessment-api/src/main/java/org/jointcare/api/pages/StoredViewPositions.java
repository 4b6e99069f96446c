package org.jointcare.api.pages;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.jointcare.views.ViewDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the views stand, read from the database: the event's global index in the event store, and
 * each streaming view's stored tracking token. A view's rows and its token commit in one
 * transaction ({@code ViewProcessingConfiguration}), so a token that has passed an event means the
 * view's rows for it can be read, on whichever node processes the view. A view updated in the
 * command's own transaction (subscribing) always holds the write.
 */
@Component
class StoredViewPositions implements ReadYourWrites.ViewPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Set<String> subscribing;

    StoredViewPositions(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer, List<ViewDefinition> views) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.subscribing = views.stream().filter(view -> view.mode() == ViewDefinition.Mode.SUBSCRIBING)
                .map(ViewDefinition::processingGroup).collect(Collectors.toSet());
    }

    @Override
    public OptionalLong positionOf(UUID careRecordId, long version) {
        List<Long> found = jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?",
                Long.class, careRecordId.toString(), version);
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    @Override
    public boolean holdsAll(String view, Collection<Long> positions) {
        if (subscribing.contains(view)) {
            return true;
        }
        List<TrackingToken> tokens = jdbc.query("SELECT token, tokenType, timestamp, owner, processorName, segment FROM TokenEntry"
                        + " WHERE processorName = ?",
                (row, n) -> new GenericTokenEntry<>(row.getBytes("token"), row.getString("tokenType"), row.getString("timestamp"),
                        row.getString("owner"), row.getString("processorName"), row.getInt("segment"), byte[].class)
                        .getToken(serializer), view);
        // no token yet: the view has not started
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> positions.stream().allMatch(position -> applied(token, position)));
    }

    /** Whether a view at {@code token} has applied the event at {@code position}: passed it, and not waiting for it as a gap. */
    static boolean applied(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        Optional<GapAwareTrackingToken> gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class);
        if (gapAware.isPresent()) {
            return gapAware.get().getIndex() >= position && !gapAware.get().getGaps().contains(position);
        }
        return token.position().orElse(-1) >= position;
    }
}
