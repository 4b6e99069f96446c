package org.jointcare.views.ownrecord;

import java.time.LocalDate;

/** One thing that happened, told to the person. */
public record OwnRecordEntry(LocalDate date, String heading, String text) {
}
