package org.jointcare.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.junit.jupiter.api.Test;

/**
 * A registration stored before the person's characteristics were asked (revision 1 without them) reads
 * back as it did, with none recorded: adding an optional part to the details needs no new revision and
 * no upcaster.
 */
class EventsStoredBeforeCharacteristicsTest {

    private static final String STORED = """
            {"at":"2026-03-02T09:00:00Z","by":{"organisationCode":"J82034","role":"GP_PRACTICE","userId":"dr.okafor"},
             "careRecordId":"6f1c3a52-1d8e-4f57-9a43-3c1f8b2e7d10","nhsNumber":null,
             "person":{"carers":[],"communicationNeeds":null,"dateOfBirth":"1938-02-11","familyName":"Hill",
                       "givenName":"Margaret","interpreterNeeded":false,"livingSituation":"LIVES_ALONE","locality":"North",
                       "preferredLanguage":"English","registeredPracticeCode":"J82034"}}
            """;

    @Test
    void aRegistrationWithoutCharacteristicsReadsAsNoneRecorded() throws Exception {
        PersonRegistered registered = StoredJson.events().readValue(STORED, PersonRegistered.class);

        assertThat(registered.person().givenName()).isEqualTo("Margaret");
        assertThat(registered.person().characteristics()).isEqualTo(Characteristics.NOT_RECORDED);
    }
}
