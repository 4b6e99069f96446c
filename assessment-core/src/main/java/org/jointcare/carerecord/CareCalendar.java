package org.jointcare.carerecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Care is delivered in England: calendar dates (planned discharge, review due) are UK dates. */
public final class CareCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CareCalendar() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
