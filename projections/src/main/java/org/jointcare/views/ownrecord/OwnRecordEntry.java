package org.jointcare.views.ownrecord;

import java.time.LocalDate;
import org.jointcare.views.WordedLine;

/** One thing that happened, told to the person; {@code clinical} when it tells clinical content (their medicines). */
public record OwnRecordEntry(LocalDate date, String heading, String text, boolean clinical) implements WordedLine {
}
