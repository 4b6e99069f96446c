package org.jointcare.api.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcare.views.sharing.SharingScope;

/**
 * Where the sharing facts of people come from; they must reflect every event already stored
 * (the sharing view is written in the command's own transaction).
 */
public interface SharingFactsSource {

    Optional<PersonSharingFacts> factsFor(UUID careRecordId);

    /** As {@link #factsFor(UUID)} but without looking up the version (-1), for deciding about list items. */
    default Optional<PersonSharingFacts> factsForDecision(UUID careRecordId) {
        return factsFor(careRecordId);
    }

    List<PersonSharingFacts> findByNhsNumber(String nhsNumber);

    /** People with this family name (and date of birth, if given) among those the scope reaches, paged in the database. */
    List<PersonSharingFacts> search(SharingScope scope, String familyName, LocalDate dateOfBirth, int page, int size);

    List<PersonSharingFacts> registeredAt(Set<String> practiceCodes, int page, int size);

    /** The people with an open admission at the hospital trust, a page at a time, by name. */
    List<PersonSharingFacts> admittedTo(String hospitalCode, int page, int size);

    /** The people in the scope whose consent to share was refused, as recorded by an organisation other than this one. */
    List<PersonSharingFacts> consentRefusedOutside(SharingScope scope, String organisationCode);
}
