package org.jointcare.carerecord.registration;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * Corrects or updates who the person is and how to work with them (name, date of birth, locality,
 * language and interpreter, communication, living situation, carers and their contacts, and the
 * characteristics the national returns count, each optional): the details as they now stand, with why.
 * The registered practice is not changed here: a move to another practice changes who may see
 * the record and is a command of its own.
 */
public record ChangePersonDetails(
        @TargetAggregateIdentifier UUID careRecordId,
        PersonDetails person,
        String reason,
        Actor by,
        Instant at) implements CareRecordCommand {
}
