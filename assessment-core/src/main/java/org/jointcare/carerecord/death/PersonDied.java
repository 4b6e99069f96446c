package org.jointcare.carerecord.death;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * The person died on {@code dateOfDeath}, as {@code by} recorded at {@code at}. It is also the death
 * notice: the registered practice ({@code practiceCode}), the nursing team ({@code nursingTeamCode},
 * null when none is assigned) and the linkworkers of the person are told through their own lists,
 * and each organisation acknowledges it ({@code DeathNoticeAcknowledged}). The record's open
 * referrals and package were ended just before, with the date of death in their reason; the record
 * is closed from here on.
 */
@Revision("1")
public record PersonDied(
        UUID careRecordId,
        LocalDate dateOfDeath,
        String practiceCode,
        String nursingTeamCode,
        Actor by,
        Instant at) implements CareRecordEvent {
}
