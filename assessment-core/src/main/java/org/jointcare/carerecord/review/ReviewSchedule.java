package org.jointcare.carerecord.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * When reviews fall due: six to eight weeks after a package starts or changes, then at most
 * twelve months apart.
 */
public final class ReviewSchedule {

    public static final Period FIRST_REVIEW_EARLIEST = Period.ofWeeks(6);
    public static final Period FIRST_REVIEW_LATEST = Period.ofWeeks(8);
    public static final Period LONGEST_INTERVAL = Period.ofMonths(12);
    /** An annual review opens four weeks before it is due. */
    public static final Period ANNUAL_REVIEW_WINDOW = Period.ofWeeks(4);

    private ReviewSchedule() {
    }

    /** The first review after a package starts or changes on the given date. */
    public static DueWindow afterStartOrChange(LocalDate startedOrChangedOn) {
        return new DueWindow(startedOrChangedOn.plus(FIRST_REVIEW_EARLIEST), startedOrChangedOn.plus(FIRST_REVIEW_LATEST));
    }

    /** The next review after one conducted on the given date: at most twelve months later. */
    public static DueWindow annualAfter(LocalDate conductedOn) {
        LocalDate dueBy = conductedOn.plus(LONGEST_INTERVAL);
        return new DueWindow(dueBy.minus(ANNUAL_REVIEW_WINDOW), dueBy);
    }

    /** Whether a review due by {@code dueBy} keeps within twelve months of the last one (or of the package's start or change). */
    public static boolean withinLongestInterval(LocalDate since, LocalDate dueBy) {
        return !dueBy.isAfter(since.plus(LONGEST_INTERVAL));
    }

    /** Reviews the schedule raises by itself get an id derived from the package and due date, so replays and tests agree. */
    public static UUID scheduledReviewId(UUID packageId, LocalDate dueBy) {
        return UUID.nameUUIDFromBytes(("review:" + packageId + ":" + dueBy).getBytes(StandardCharsets.UTF_8));
    }

    public record DueWindow(LocalDate dueFrom, LocalDate dueBy) {
    }
}
