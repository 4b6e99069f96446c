package org.jointcare.carerecord.registration;

import org.jointcare.carerecord.Personal;
import java.time.LocalDate;
import java.util.List;

/**
 * Who the person is and how to work with them. The registered practice (ODS code such as
 * J82034) decides which GP practice sees the person.
 */
public record PersonDetails(
        @Personal String givenName,
        @Personal String familyName,
        @Personal(erasedAs = "1900-01-01") LocalDate dateOfBirth,
        String registeredPracticeCode,
        String locality,
        String preferredLanguage,
        boolean interpreterNeeded,
        @Personal String communicationNeeds,
        LivingSituation livingSituation,
        @Personal List<Carer> carers,
        Characteristics characteristics) {

    /** Absent carers are none; absent characteristics (as in events stored before they were asked) are not recorded. */
    public PersonDetails {
        carers = carers == null ? List.of() : List.copyOf(carers);
        characteristics = characteristics == null ? Characteristics.NOT_RECORDED : characteristics;
    }

    /** The same person registered with another practice. */
    public PersonDetails atPractice(String practiceCode) {
        return new PersonDetails(givenName, familyName, dateOfBirth, practiceCode, locality, preferredLanguage,
                interpreterNeeded, communicationNeeds, livingSituation, carers, characteristics);
    }

    /** The same person with these characteristics recorded. */
    public PersonDetails with(Characteristics recorded) {
        return new PersonDetails(givenName, familyName, dateOfBirth, registeredPracticeCode, locality, preferredLanguage,
                interpreterNeeded, communicationNeeds, livingSituation, carers, recorded);
    }
}
