package org.jointcare.carerecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * Whether a date a professional enters fits the person's record: something that happened (an
 * admission, a discharge, a review conducted) cannot be in the future; nothing can come before
 * what it follows on the record (registration, the assessment a package comes from, the
 * admission a discharge ends, the start of the package a change or review is about); and a
 * planned date (a package's start, an amendment's effective date, an expected discharge) is at
 * most {@link #PLANNING_HORIZON} ahead. A review's due date is bounded by the twelve-month review
 * interval instead ({@code CareRule.REVIEW_INTERVAL_TOO_LONG}), which runs from the record's own dates.
 *
 * <p>Why one year: reviews are at most twelve months apart ({@code ReviewSchedule}), so nothing
 * in joint care is planned further ahead than the next annual review; a later date is almost
 * always a mistyped year (9999, 20266). Each refusal names the field at fault, in the request's
 * own words.
 */
public final class RecordTimeline {

    /** How far ahead a planned date may be. */
    public static final Period PLANNING_HORIZON = Period.ofYears(1);
    /** No one living is older than this: an earlier date of birth is a mistyped year. */
    public static final Period LONGEST_LIFE = Period.ofYears(125);

    private RecordTimeline() {
    }

    /** A date of birth: not in the future, and within a human lifetime. */
    public static void requireBornOn(String field, LocalDate dateOfBirth, Instant now) {
        requireHappened(field, dateOfBirth, now);
        LocalDate earliest = today(now).minus(LONGEST_LIFE);
        CareRule.DATE_BEFORE_TIMELINE.require(!dateOfBirth.isBefore(earliest), field,
                field + " " + dateOfBirth + " is more than 125 years ago: check the year.");
    }

    /** Something that has happened, at a moment. */
    public static void requireHappened(String field, Instant when, Instant now) {
        CareRule.DATE_IN_FUTURE.require(!when.isAfter(now), field,
                field + " " + when + " is in the future: record it once it has happened.");
    }

    /** Something that has happened, on a day. */
    public static void requireHappened(String field, LocalDate when, Instant now) {
        CareRule.DATE_IN_FUTURE.require(!when.isAfter(today(now)), field,
                field + " " + when + " is in the future: record it once it has happened.");
    }

    /** A day that cannot come before another day of the record, named in {@code what}. */
    public static void requireNotBefore(String field, LocalDate date, LocalDate earliest, String what) {
        CareRule.DATE_BEFORE_TIMELINE.require(earliest == null || !date.isBefore(earliest), field,
                field + " " + date + " is before " + what + " (" + earliest + ").");
    }

    /** A moment that cannot come before another moment of the record, named in {@code what}. */
    public static void requireNotBefore(String field, Instant when, Instant earliest, String what) {
        CareRule.DATE_BEFORE_TIMELINE.require(earliest == null || !when.isBefore(earliest), field,
                field + " " + when + " is before " + what + " (" + earliest + ").");
    }

    /** A moment that cannot come before the day of another fact of the record, named in {@code what}. */
    public static void requireNotBeforeDay(String field, Instant when, LocalDate earliest, String what) {
        CareRule.DATE_BEFORE_TIMELINE.require(earliest == null
                        || !when.isBefore(earliest.atStartOfDay(CareCalendar.ZONE).toInstant()), field,
                field + " " + when + " is before " + what + " (" + earliest + ").");
    }

    /** A planned day: at most {@link #PLANNING_HORIZON} after the day it is entered. */
    public static void requirePlannable(String field, LocalDate date, Instant now) {
        LocalDate latest = today(now).plus(PLANNING_HORIZON);
        CareRule.DATE_BEYOND_PLANNING_HORIZON.require(!date.isAfter(latest), field,
                field + " " + date + " is more than a year ahead (at the latest " + latest + "): check the year.");
    }

    private static LocalDate today(Instant now) {
        return CareCalendar.dateOf(now);
    }
}
