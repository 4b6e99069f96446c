package org.jointcare.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants are stored as {@code TIMESTAMP WITH TIME ZONE} in UTC. Both H2 and the PostgreSQL
 * driver bind and read {@link OffsetDateTime}, whereas neither handles {@link Instant} the same
 * way, so every view converts at the edge of the database.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
