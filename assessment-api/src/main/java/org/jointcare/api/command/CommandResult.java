package org.jointcare.api.command;

import java.util.UUID;

/** What a write answers: the record, the thing created or changed, and the record's new version. */
public record CommandResult(UUID careRecordId, String resource, UUID id, long version) {
}
