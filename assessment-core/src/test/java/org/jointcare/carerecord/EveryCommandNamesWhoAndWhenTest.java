package org.jointcare.carerecord;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jointcare.carerecord.RuleViolated.violates;

/** Every command names who (user, role, organisation) and when; a command that does not is refused. */
class EveryCommandNamesWhoAndWhenTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    static Stream<CareRecordCommand> everyCommandOnAnExistingRecord() {
        return new CareJourney().oneOfEveryCommand().stream().filter(command -> !(command instanceof RegisterPerson));
    }

    /** The same command with its who and when replaced: the records' canonical constructors keep every other detail. */
    static CareRecordCommand sentBy(CareRecordCommand command, Actor by, Instant at) throws ReflectiveOperationException {
        RecordComponent[] components = command.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = switch (components[i].getName()) {
                case "by" -> by;
                case "at" -> at;
                default -> components[i].getAccessor().invoke(command);
            };
        }
        Constructor<?> canonical = command.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return (CareRecordCommand) canonical.newInstance(values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandOnAnExistingRecord")
    void a_command_that_does_not_say_who_sent_it_is_refused(CareRecordCommand command) throws ReflectiveOperationException {
        care.given(margaret.inHospital())
                .when(sentBy(command, null, command.at()))
                .expectException(violates(CareRule.ACTOR_REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandOnAnExistingRecord")
    void a_command_that_does_not_say_when_is_refused(CareRecordCommand command) throws ReflectiveOperationException {
        care.given(margaret.inHospital())
                .when(sentBy(command, command.by(), null))
                .expectException(violates(CareRule.ACTOR_REQUIRED));
    }

    @ParameterizedTest(name = "user \"{0}\", role {1}, organisation \"{2}\"")
    @CsvSource({"' ', LINKWORKER, SC-NORTH", ", LINKWORKER, SC-NORTH", "amy.shah, , SC-NORTH", "amy.shah, LINKWORKER, ''", "amy.shah, LINKWORKER, "})
    void an_actor_without_a_user_role_and_organisation_cannot_even_be_named(String userId, Role role, String organisationCode) {
        assertThatThrownBy(() -> new Actor(userId, role, organisationCode))
                .isInstanceOfSatisfying(CareRuleViolation.class, refusal -> assertThat(refusal.rule()).isEqualTo(CareRule.ACTOR_REQUIRED));
    }
}
