package org.jointcare.carerecord;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import org.axonframework.serialization.Revision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.carerecord.TheDomainCoreStandsAloneTest.CORE;

/**
 * Events are stored for ever and commands cross the wire: each event carries a revision from
 * day one, and every event and command survives a trip through JSON unchanged. The classes are
 * found by scanning, so a new event or command without a revision or a sample fails here.
 */
class MessagesAreVersionedAndSerializableTest {

    private static final CareJourney MARGARET = new CareJourney();

    /** Pinned as the application pins its event mapper: ISO-8601 dates, not numbers. */
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static Set<Class<?>> implementationsOf(Class<?> message) {
        return CORE.stream()
                .filter(javaClass -> javaClass.isAssignableTo(message) && !javaClass.isInterface())
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
    }

    static Stream<CareRecordEvent> sampleEvents() {
        return MARGARET.oneOfEveryEvent().stream();
    }

    static Stream<CareRecordCommand> sampleCommands() {
        return MARGARET.oneOfEveryCommand().stream();
    }

    @Test
    void every_event_has_a_revision() {
        classes().that().implement(CareRecordEvent.class)
                .should().beAnnotatedWith(Revision.class)
                .andShould().beRecords()
                .check(CORE);
    }

    @Test
    void every_command_names_the_care_record_it_is_for() {
        fields().that().areDeclaredInClassesThat().implement(CareRecordCommand.class).and().haveName("careRecordId")
                .should().beAnnotatedWith(TargetAggregateIdentifier.class)
                .check(CORE);
    }

    @Test
    void every_event_kind_has_a_sample_to_round_trip() {
        Set<Class<?>> events = implementationsOf(CareRecordEvent.class);
        assertThat(events).hasSizeGreaterThanOrEqualTo(25);
        assertThat(sampleEvents().map(Object::getClass).collect(Collectors.toSet())).containsAll(events);
    }

    @Test
    void every_command_kind_has_a_sample_to_round_trip() {
        Set<Class<?>> commands = implementationsOf(CareRecordCommand.class);
        assertThat(commands).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sampleCommands().map(Object::getClass).collect(Collectors.toSet())).containsAll(commands);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleEvents")
    void an_event_comes_back_from_json_unchanged(CareRecordEvent event) throws Exception {
        assertThat(json.readValue(json.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleCommands")
    void a_command_comes_back_from_json_unchanged(CareRecordCommand command) throws Exception {
        assertThat(json.readValue(json.writeValueAsString(command), command.getClass())).isEqualTo(command);
    }

    @Test
    void dates_and_times_are_written_as_iso_8601() throws Exception {
        String written = json.writeValueAsString(MARGARET.firstReviewScheduled());
        assertThat(written).contains("\"dueBy\":\"2026-05-11\"").contains("\"at\":\"2026-03-10T10:00:00Z\"");
    }
}
