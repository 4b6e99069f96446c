package org.jointcare.carerecord.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the person is and how to work with them. The registered practice (ODS code such as
 * J82034) decides which GP practice sees the person.
 */
public record PersonDetails(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String registeredPracticeCode,
        String locality,
        String preferredLanguage,
        boolean interpreterNeeded,
        String communicationNeeds,
        LivingSituation livingSituation,
        List<Carer> carers) {

    public PersonDetails {
        carers = carers == null ? List.of() : List.copyOf(carers);
    }

    /** The same person registered with another practice. */
    public PersonDetails atPractice(String practiceCode) {
        return new PersonDetails(givenName, familyName, dateOfBirth, practiceCode, locality, preferredLanguage,
                interpreterNeeded, communicationNeeds, livingSituation, carers);
    }
}
