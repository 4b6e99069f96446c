package org.jointcare.api.access;

import java.util.Optional;
import java.util.UUID;

/** Where the sharing facts of one person come from; they must reflect every event already stored. */
public interface SharingFactsSource {

    Optional<PersonSharingFacts> factsFor(UUID careRecordId);
}
