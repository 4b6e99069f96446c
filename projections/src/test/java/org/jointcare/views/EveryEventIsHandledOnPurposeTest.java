package org.jointcare.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.junit.jupiter.api.Test;

/**
 * Every fold or wording over the care record's events names each event class: it handles it or
 * says why it ignores it. The event classes are found by scanning the core, as the core's own
 * revision test does, and the tables by scanning the views, so a new event that a view forgets
 * fails here, not silently in production.
 */
class EveryEventIsHandledOnPurposeTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jointcare.carerecord");

    private static final JavaClasses VIEWS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jointcare.views");

    /** The folds and wordings over a record's events; a new one is found by the scan without being listed. */
    private static final Set<String> KNOWN_TABLES = Set.of(
            "org.jointcare.views.CareRecordState.FOLD",
            "org.jointcare.views.commissioning.CommissioningProjection.FLOWS",
            "org.jointcare.views.clientleveldata.ClientLevelDataProjection.CHANGES_THE_ROWS",
            "org.jointcare.views.recordhistory.RecordHistoryWording.WORDING",
            "org.jointcare.views.ownrecord.OwnRecordProjection.ENTRIES");

    static Set<Class<?>> eventClasses() {
        return CORE.stream()
                .filter(javaClass -> javaClass.isAssignableTo(CareRecordEvent.class) && !javaClass.isInterface())
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
    }

    /** Every static {@link EventTable} field of the views, by owner and field name. */
    static Map<String, EventTable<?, ?>> tablesOfTheViews() throws IllegalAccessException {
        Map<String, EventTable<?, ?>> tables = new TreeMap<>();
        for (JavaClass javaClass : VIEWS) {
            for (Field field : javaClass.reflect().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && EventTable.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    tables.put(javaClass.getName() + "." + field.getName(), (EventTable<?, ?>) field.get(null));
                }
            }
        }
        return tables;
    }

    /** Each table that leaves an event class unnamed, with those classes; empty when every table names every event. */
    static Map<String, Set<String>> unnamedEvents(Map<String, EventTable<?, ?>> tables, Set<Class<?>> events) {
        Map<String, Set<String>> unnamed = new TreeMap<>();
        tables.forEach((name, table) -> {
            Set<String> missing = table.missing(events);
            if (!missing.isEmpty()) {
                unnamed.put(name, missing);
            }
        });
        return unnamed;
    }

    @Test
    void theScanFindsEveryEventAndEveryTable() throws Exception {
        assertThat(eventClasses()).hasSizeGreaterThanOrEqualTo(26).contains(PersonRegistered.class, CareRecordReopened.class);
        assertThat(tablesOfTheViews()).containsKeys(KNOWN_TABLES.toArray(String[]::new));
    }

    @Test
    void everyFoldAndWordingHandlesOrIgnoresEveryEvent() throws Exception {
        assertThat(unnamedEvents(tablesOfTheViews(), eventClasses())).isEmpty();
    }

    @Test
    void theCheckFailsForATableThatForgetsAnEvent() {
        EventTable.Builder<Void, String> builder = EventTable.named("a wording that forgot one", "");
        List<Class<?>> named = new ArrayList<>(eventClasses());
        named.remove(NursingTeamAssigned.class);
        for (Class<?> event : named) {
            builder.on(event.asSubclass(CareRecordEvent.class), (e, nothing) -> e.getClass().getSimpleName());
        }
        Map<String, EventTable<?, ?>> tables = Map.of("Forgetful.WORDING", builder.build());

        assertThat(unnamedEvents(tables, eventClasses()))
                .containsExactly(Map.entry("Forgetful.WORDING", Set.of(NursingTeamAssigned.class.getName())));
    }

    @Test
    void anEventATableDoesNotNameIsRefusedNotPassedOver() {
        EventTable<Void, String> table = EventTable.<Void, String>named("a wording of registrations", "")
                .on(PersonRegistered.class, (e, nothing) -> "registered")
                .ignore(CareRecordReopened.class, "not worded here")
                .build();
        CareRecordEvent assigned = new NursingTeamAssigned(null, "DN-NORTH", null, null);

        assertThat(table.apply(new CareRecordReopened(null, null, null, null))).isEmpty();
        assertThatThrownBy(() -> table.apply(assigned))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a wording of registrations neither handles nor ignores")
                .hasMessageContaining("NursingTeamAssigned");
    }

    @Test
    void aTableNamesEachEventOnceAndWithAReason() {
        assertThatThrownBy(() -> EventTable.<Void, String>named("twice", "")
                .on(PersonRegistered.class, (e, nothing) -> "once")
                .ignore(PersonRegistered.class, "and again"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTable.<Void, String>named("no reason", "").ignore(PersonRegistered.class, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
