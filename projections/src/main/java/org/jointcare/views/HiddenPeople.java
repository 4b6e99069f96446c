package org.jointcare.views;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The people a list must leave out for the one who reads it (those whose refused consent hides them
 * from that professional), decided by the sharing rules outside the view. A list leaves them out of
 * its page and of its total alike, so a count never disagrees with the list it summarises.
 */
public final class HiddenPeople {

    private HiddenPeople() {
    }

    /** {@code " AND column NOT IN (:hidden)"}, or nothing when no one is hidden. */
    public static String excluded(String column, Set<UUID> hidden, MapSqlParameterSource params) {
        if (hidden == null || hidden.isEmpty()) {
            return "";
        }
        params.addValue("hidden", hidden);
        return " AND " + column + " NOT IN (:hidden)";
    }

    /** {@code " AND column IN (:hidden)"}: the rows a kept total still counts but the list leaves out. */
    public static String only(String column, Set<UUID> hidden, MapSqlParameterSource params) {
        params.addValue("hidden", hidden);
        return " AND " + column + " IN (:hidden)";
    }

    public static Set<UUID> copy(Set<UUID> hidden) {
        return hidden == null ? Set.of() : Set.copyOf(hidden);
    }
}
