package org.jointcare.carerecord.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.CareJourney.REGISTERED_AT;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RegisteringAPersonTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void a_person_registered_by_her_practice_gets_a_care_record_holding_her_nhs_number() {
        care.givenNoRecord()
                .when(margaret.registerPerson())
                .expectSuccessfulHandlerExecution()
                .expectEvents(margaret.personRegistered());
    }

    @Test
    void a_person_without_an_nhs_number_can_still_be_registered() {
        care.givenNoRecord()
                .when(new RegisterPerson(margaret.careRecordId, null, margaret(), PRACTICE_RECEPTION, REGISTERED_AT))
                .expectEvents(new PersonRegistered(margaret.careRecordId, null, margaret(), PRACTICE_RECEPTION, REGISTERED_AT));
    }

    @Test
    void a_baby_born_today_can_be_registered() {
        PersonDetails newborn = person("Lily", "Ellis", LocalDate.of(2026, 3, 2), REGISTERED_PRACTICE, "North Wiltshire");
        care.givenNoRecord()
                .when(new RegisterPerson(margaret.careRecordId, null, newborn, PRACTICE_RECEPTION, REGISTERED_AT))
                .expectEvents(new PersonRegistered(margaret.careRecordId, null, newborn, PRACTICE_RECEPTION, REGISTERED_AT));
    }

    @Test
    void a_baby_born_just_after_midnight_in_summer_time_is_registered_on_the_uk_date() {
        Instant halfPastMidnightBst = Instant.parse("2026-06-30T23:30:00Z");
        PersonDetails newborn = person("Rose", "Ellis", LocalDate.of(2026, 7, 1), REGISTERED_PRACTICE, "North Wiltshire");
        care.givenNoRecord()
                .when(new RegisterPerson(margaret.careRecordId, null, newborn, PRACTICE_RECEPTION, halfPastMidnightBst))
                .expectEvents(new PersonRegistered(margaret.careRecordId, null, newborn, PRACTICE_RECEPTION, halfPastMidnightBst));
    }

    static Stream<Arguments> incompleteDetails() {
        return Stream.of(
                arguments("no details at all", null),
                arguments("no given name", person(" ", "Ellis", DATE_OF_BIRTH, REGISTERED_PRACTICE, "North Wiltshire")),
                arguments("no family name", person("Margaret", null, DATE_OF_BIRTH, REGISTERED_PRACTICE, "North Wiltshire")),
                arguments("no date of birth", person("Margaret", "Ellis", null, REGISTERED_PRACTICE, "North Wiltshire")),
                arguments("no registered practice", person("Margaret", "Ellis", DATE_OF_BIRTH, "", "North Wiltshire")),
                arguments("no locality", person("Margaret", "Ellis", DATE_OF_BIRTH, REGISTERED_PRACTICE, null)));
    }

    @ParameterizedTest(name = "a person with {0} is refused")
    @MethodSource("incompleteDetails")
    void a_person_with_incomplete_details_is_refused(String missing, PersonDetails details) {
        care.givenNoRecord()
                .when(new RegisterPerson(margaret.careRecordId, NHS_NUMBER, details, PRACTICE_RECEPTION, REGISTERED_AT))
                .expectException(violates(CareRule.PERSON_DETAILS_INCOMPLETE))
                .expectNoEvents();
    }

    @Test
    void a_second_record_claiming_the_same_nhs_number_is_refused() {
        NhsNumberRegistry sharedRegistry = new InMemoryNhsNumberRegistry();
        new CareRecordFixture(sharedRegistry).givenNoRecord()
                .when(margaret.registerPerson())
                .expectEvents(margaret.personRegistered());

        UUID duplicateRecord = UUID.randomUUID();
        new CareRecordFixture(sharedRegistry).givenNoRecord()
                .when(new RegisterPerson(duplicateRecord, new NhsNumber("9434765919"), margaret(), GP_ELSEWHERE, REGISTERED_AT))
                .expectException(violates(CareRule.NHS_NUMBER_ALREADY_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void a_registration_refused_for_incomplete_details_leaves_the_nhs_number_free() {
        NhsNumberRegistry sharedRegistry = new InMemoryNhsNumberRegistry();
        PersonDetails nameless = person("", "Ellis", DATE_OF_BIRTH, REGISTERED_PRACTICE, "North Wiltshire");
        new CareRecordFixture(sharedRegistry).givenNoRecord()
                .when(new RegisterPerson(UUID.randomUUID(), NHS_NUMBER, nameless, PRACTICE_RECEPTION, REGISTERED_AT))
                .expectException(violates(CareRule.PERSON_DETAILS_INCOMPLETE));

        new CareRecordFixture(sharedRegistry).givenNoRecord()
                .when(margaret.registerPerson())
                .expectEvents(margaret.personRegistered());
    }

    @Test
    void two_people_with_different_nhs_numbers_sharing_a_registry_are_both_registered() {
        NhsNumberRegistry sharedRegistry = new InMemoryNhsNumberRegistry();
        new CareRecordFixture(sharedRegistry).givenNoRecord()
                .when(margaret.registerPerson())
                .expectEvents(margaret.personRegistered());

        UUID tom = UUID.randomUUID();
        PersonDetails tomsDetails = person("Tom", "Ellis", LocalDate.of(1936, 11, 2), REGISTERED_PRACTICE, "North Wiltshire");
        new CareRecordFixture(sharedRegistry).givenNoRecord()
                .when(new RegisterPerson(tom, ANOTHER_NHS_NUMBER, tomsDetails, PRACTICE_RECEPTION, REGISTERED_AT))
                .expectEvents(new PersonRegistered(tom, ANOTHER_NHS_NUMBER, tomsDetails, PRACTICE_RECEPTION, REGISTERED_AT));
    }

    @Test
    void a_registration_that_does_not_say_who_made_it_is_refused() {
        care.givenNoRecord()
                .when(new RegisterPerson(margaret.careRecordId, NHS_NUMBER, margaret(), null, REGISTERED_AT))
                .expectException(violates(CareRule.ACTOR_REQUIRED));
    }

    @Test
    void a_registration_that_does_not_say_when_is_refused() {
        care.givenNoRecord()
                .when(new RegisterPerson(margaret.careRecordId, NHS_NUMBER, margaret(), PRACTICE_RECEPTION, null))
                .expectException(violates(CareRule.ACTOR_REQUIRED));
    }

    @Test
    void a_person_put_on_a_nursing_teams_caseload_is_assigned_to_that_team() {
        care.given(margaret.registered())
                .when(margaret.assignNursingTeam(NORTH_NURSING_TEAM))
                .expectEvents(margaret.nursingTeamAssigned(NORTH_NURSING_TEAM));
    }

    @Test
    void moving_to_another_nursing_team_replaces_the_earlier_team() {
        care.given(CareJourney.then(margaret.registered(), margaret.nursingTeamAssigned(NORTH_NURSING_TEAM)))
                .when(margaret.assignNursingTeam(SOUTH_NURSING_TEAM))
                .expectEvents(margaret.nursingTeamAssigned(SOUTH_NURSING_TEAM));
    }

    @Test
    void assigning_the_team_the_person_is_already_with_changes_nothing() {
        care.given(CareJourney.then(margaret.registered(), margaret.nursingTeamAssigned(NORTH_NURSING_TEAM)))
                .when(margaret.assignNursingTeam(NORTH_NURSING_TEAM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void assigning_no_nursing_team_is_refused() {
        care.given(margaret.registered())
                .when(margaret.assignNursingTeam(" "))
                .expectException(violates(CareRule.NURSING_TEAM_REQUIRED));
    }
}
