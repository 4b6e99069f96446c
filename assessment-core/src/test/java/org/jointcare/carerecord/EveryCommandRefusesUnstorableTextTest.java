package org.jointcare.carerecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No text a command carries may hold a character a view cannot store (PostgreSQL refuses NUL in a
 * text column) or that is not text at all (other control characters, half a surrogate pair): every
 * string of every command, at any depth, is checked before anything is applied. Line breaks and
 * tabs are text and stay allowed.
 */
class EveryCommandRefusesUnstorableTextTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    static Stream<Arguments> everyStringOfEveryCommand() {
        List<Arguments> cases = new ArrayList<>();
        for (CareRecordCommand command : new CareJourney().oneOfEveryCommand()) {
            for (String path : stringPaths(command, "")) {
                cases.add(Arguments.of(command.getClass().getSimpleName() + " " + path, command, path));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStringOfEveryCommand")
    void a_nul_in_any_string_of_any_command_is_refused_and_names_the_field(String name, CareRecordCommand command, String path)
            throws ReflectiveOperationException {
        CareRecordCommand poisoned;
        try {
            poisoned = (CareRecordCommand) replace(command, "", path, text -> text + "\u0000");
        } catch (java.lang.reflect.InvocationTargetException refusedOnConstruction) {
            // a value that checks its own form (an NHS number) refuses it before a command can carry it
            assertThat(refusedOnConstruction.getCause()).isInstanceOf(CareRuleViolation.class);
            return;
        }
        (command instanceof RegisterPerson ? care.givenNoRecord() : care.given(margaret.inHospital()))
                .when(poisoned)
                .expectException(violates(CareRule.TEXT_NOT_STORABLE))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(path.substring(1)));
    }

    @Test
    void every_kind_of_control_character_and_a_lone_surrogate_are_refused_but_line_breaks_and_tabs_are_text() {
        for (char refused : new char[] {'\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udc00'}) {
            assertThat(StorableText.firstUnstorable("Edith" + refused + "Clarke")).as("U+%04X", (int) refused).isNotNegative();
        }
        assertThat(StorableText.firstUnstorable("Line one\nline two\r\n\tindented; emoji \ud83d\ude00 and Zoë")).isNegative();
    }

    // ---------------------------------------------------------------- walking the commands' records

    private static List<String> stringPaths(Object value, String path) {
        List<String> paths = new ArrayList<>();
        if (value instanceof String) {
            paths.add(path);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                paths.addAll(stringPaths(read(component, record), path + "." + component.getName()));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                paths.addAll(stringPaths(list.get(i), path + "[" + i + "]"));
            }
        } else if (value instanceof Collection<?> collection) {
            List<?> items = List.copyOf(collection);
            for (int i = 0; i < items.size(); i++) {
                paths.addAll(stringPaths(items.get(i), path + "[" + i + "]"));
            }
        }
        return paths;
    }

    private static Object replace(Object value, String here, String target, UnaryOperator<String> change)
            throws ReflectiveOperationException {
        if (here.equals(target)) {
            return change.apply((String) value);
        }
        if (!target.startsWith(here)) {
            return value;
        }
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = replace(read(components[i], record), here + "." + components[i].getName(), target, change);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> items = new ArrayList<>();
            int i = 0;
            for (Object item : collection) {
                items.add(replace(item, here + "[" + i++ + "]", target, change));
            }
            return value instanceof Set<?> ? new LinkedHashSet<>(items) : items;
        }
        return value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
