package org.jointcare.carerecord.registration;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/** Puts the person on a district nursing team's caseload (team code), replacing any earlier team. */
public record AssignNursingTeam(
        @TargetAggregateIdentifier UUID careRecordId,
        String nursingTeamCode,
        Actor by,
        Instant at) implements CareRecordCommand {
}
