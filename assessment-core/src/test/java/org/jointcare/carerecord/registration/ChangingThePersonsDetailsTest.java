package org.jointcare.carerecord.registration;

import java.util.List;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;

import static org.jointcare.carerecord.CareDetails.margaret;
import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

/** The person's details are corrected or updated, saying who changed what and why. */
class ChangingThePersonsDetailsTest {

    private final CareJourney margaretsJourney = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void a_change_names_the_details_it_changed() {
        care.given(margaretsJourney.packageInPlace())
                .when(margaretsJourney.changePersonDetails())
                .expectEvents(margaretsJourney.personDetailsChanged());
    }

    @Test
    void a_correction_of_the_name_and_date_of_birth_is_told_as_such() {
        PersonDetails before = margaret();
        PersonDetails corrected = new PersonDetails("Margery", before.familyName(), before.dateOfBirth().minusDays(1),
                before.registeredPracticeCode(), before.locality(), before.preferredLanguage(), true,
                before.communicationNeeds(), before.livingSituation(), before.carers(), before.characteristics());
        care.given(margaretsJourney.registered())
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, corrected, "Spelt wrongly at registration",
                        PRACTICE_RECEPTION, LATER))
                .expectEvents(new PersonDetailsChanged(margaretsJourney.careRecordId, corrected,
                        List.of("givenName", "dateOfBirth", "interpreterNeeded"), "Spelt wrongly at registration",
                        PRACTICE_RECEPTION, LATER));
    }

    @Test
    void a_later_change_is_measured_against_the_details_as_changed() {
        care.given(then(margaretsJourney.registered(), margaretsJourney.personDetailsChanged()))
                .when(margaretsJourney.changePersonDetails())
                .expectException(violates(CareRule.PERSON_DETAILS_UNCHANGED));
    }

    @Test
    void the_same_details_again_change_nothing() {
        care.given(margaretsJourney.registered())
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, margaret(), "Checked with her", LINKWORKER, LATER))
                .expectException(violates(CareRule.PERSON_DETAILS_UNCHANGED));
    }

    @Test
    void the_practice_is_changed_by_a_move_not_by_an_edit() {
        PersonDetails before = margaret();
        PersonDetails elsewhere = new PersonDetails(before.givenName(), before.familyName(), before.dateOfBirth(),
                "Y99999", before.locality(), before.preferredLanguage(), before.interpreterNeeded(),
                before.communicationNeeds(), before.livingSituation(), before.carers(), before.characteristics());
        care.given(margaretsJourney.registered())
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, elsewhere, "New GP", LINKWORKER, LATER))
                .expectException(violates(CareRule.PRACTICE_CHANGED_BY_MOVE_ONLY));
    }

    @Test
    void a_change_says_why() {
        care.given(margaretsJourney.registered())
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, margaretLivingAlone(), " ", LINKWORKER, LATER))
                .expectException(violates(CareRule.CHANGE_REASON_REQUIRED));
    }

    @Test
    void the_details_stay_complete() {
        PersonDetails before = margaret();
        PersonDetails nameless = new PersonDetails(" ", before.familyName(), before.dateOfBirth(),
                before.registeredPracticeCode(), before.locality(), null, false, null, null, null, null);
        care.given(margaretsJourney.registered())
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, nameless, "Tidying", LINKWORKER, LATER))
                .expectException(violates(CareRule.PERSON_DETAILS_INCOMPLETE));
    }

    @Test
    void recording_her_characteristics_names_each_one_recorded() {
        PersonDetails recorded = margaret().with(new Characteristics(Gender.FEMALE, Ethnicity.WHITE_IRISH,
                PrimarySupportReason.MEMORY_AND_COGNITION, null, EmploymentStatus.NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED));
        care.given(margaretsJourney.registered())
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, recorded, "Asked at the assessment visit",
                        LINKWORKER, LATER))
                .expectEvents(new PersonDetailsChanged(margaretsJourney.careRecordId, recorded,
                        List.of("gender", "ethnicity", "primarySupportReason", "employmentStatus"),
                        "Asked at the assessment visit", LINKWORKER, LATER));
    }

    @Test
    void a_characteristic_no_longer_known_is_a_change_too() {
        PersonDetails recorded = margaret().with(new Characteristics(Gender.FEMALE, null, null,
                AccommodationStatus.OWNER_OCCUPIER, null));
        PersonDetails withdrawn = margaret().with(new Characteristics(Gender.FEMALE, null, null, null, null));
        care.given(then(margaretsJourney.registered(), new PersonDetailsChanged(margaretsJourney.careRecordId, recorded,
                        List.of("gender", "accommodationStatus"), "Asked", LINKWORKER, LATER)))
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, withdrawn, "Recorded for the wrong person",
                        LINKWORKER, LATER))
                .expectEvents(new PersonDetailsChanged(margaretsJourney.careRecordId, withdrawn,
                        List.of("accommodationStatus"), "Recorded for the wrong person", LINKWORKER, LATER));
    }

    /** As in every event stored before characteristics were asked: absent reads as none recorded. */
    @Test
    void characteristics_left_out_are_the_same_as_none_recorded() {
        PersonDetails before = margaret();
        PersonDetails without = new PersonDetails(before.givenName(), before.familyName(), before.dateOfBirth(),
                before.registeredPracticeCode(), before.locality(), before.preferredLanguage(), before.interpreterNeeded(),
                before.communicationNeeds(), before.livingSituation(), before.carers(), null);
        care.given(margaretsJourney.registered())
                .when(new ChangePersonDetails(margaretsJourney.careRecordId, without, "Checked with her", LINKWORKER, LATER))
                .expectException(violates(CareRule.PERSON_DETAILS_UNCHANGED));
    }
}
