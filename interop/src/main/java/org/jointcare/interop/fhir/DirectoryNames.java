package org.jointcare.interop.fhir;

import java.util.Optional;

/**
 * The names behind the codes a care record holds: events carry ODS codes and user ids, a
 * document a practice reads should also say "Southgate Surgery" and "Sam Patel". Supplied by
 * whatever keeps the directory; a code without a name is still exported, just unnamed.
 */
public interface DirectoryNames {

    Optional<String> organisationName(String code);

    Optional<String> professionalName(String userId);

    /** No directory at hand: codes only. */
    DirectoryNames NONE = new DirectoryNames() {
        @Override
        public Optional<String> organisationName(String code) {
            return Optional.empty();
        }

        @Override
        public Optional<String> professionalName(String userId) {
            return Optional.empty();
        }
    };
}
