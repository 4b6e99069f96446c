package org.jointcare.api.web;

/**
 * The care record's aggregate version as an HTTP entity tag, and the If-Match a client sends back.
 * The tag is the version number in quotes (strong); {@code *} matches any version.
 */
public final class RecordVersions {

    private RecordVersions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version a write expects, or null when the client sent no If-Match (or {@code *}). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new ApiProblemException(ApiProblem.INVALID_IF_MATCH,
                    "If-Match must be one ETag from a response about this care record, such as \"3\".");
        }
    }

    /** Refuses straight away when the record is already past the version the client saw. */
    public static void requireCurrent(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new ApiProblemException(ApiProblem.STALE_VERSION.detail(
                    "You sent If-Match " + etag(expected) + " but the care record is now at " + etag(current)
                            + ". Read it again (GET) to see what changed, then decide whether to send your change again."));
        }
    }
}
