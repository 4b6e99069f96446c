package org.jointcare.views;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * What a fold or a wording does with each kind of care record event, one entry per event
 * class: a rule that handles it, or a stated reason to ignore it. An event of a class the table
 * does not name is refused loudly instead of falling through to a default, and a test that
 * finds every event class by scanning the core checks each table names them all, so a new
 * event cannot be forgotten by a view without a test failing.
 *
 * <p>Looked up by the event's own class: events are records, so no subclass can slip past.
 *
 * @param <C> what a rule reads or changes besides the event (the record state, the record as it
 *            stood before); {@link Void} when nothing
 * @param <R> what a rule answers; what an ignored event answers is given when the table is built
 */
public final class EventTable<C, R> {

    /** Handles one kind of event. */
    @FunctionalInterface
    public interface Rule<E, C, R> {
        R apply(E event, C context);
    }

    private final String name;
    private final Map<Class<?>, Rule<CareRecordEvent, C, R>> rules;
    private final Map<Class<?>, String> ignored;
    private final R whenIgnored;

    private EventTable(Builder<C, R> builder) {
        this.name = builder.name;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(builder.rules));
        this.ignored = Collections.unmodifiableMap(new LinkedHashMap<>(builder.ignored));
        this.whenIgnored = builder.whenIgnored;
    }

    /**
     * A table named for its messages (what it is, e.g. "the record history's wording"), whose
     * ignored events answer {@code whenIgnored}.
     */
    public static <C, R> Builder<C, R> named(String name, R whenIgnored) {
        return new Builder<>(name, whenIgnored);
    }

    public String name() {
        return name;
    }

    /** The event handled by its rule, or {@code whenIgnored}; an event the table does not name is refused. */
    public R apply(CareRecordEvent event, C context) {
        Rule<CareRecordEvent, C, R> rule = rules.get(event.getClass());
        if (rule != null) {
            return rule.apply(event, context);
        }
        if (ignored.containsKey(event.getClass())) {
            return whenIgnored;
        }
        throw new IllegalStateException(name + " neither handles nor ignores " + event.getClass().getName());
    }

    /** For tables whose rules read nothing besides the event. */
    public R apply(CareRecordEvent event) {
        return apply(event, null);
    }

    public Set<Class<?>> handled() {
        return rules.keySet();
    }

    public Set<Class<?>> ignored() {
        return ignored.keySet();
    }

    /** The names of the given event classes this table neither handles nor ignores, sorted. */
    public Set<String> missing(Collection<? extends Class<?>> eventClasses) {
        Set<String> missing = new TreeSet<>();
        for (Class<?> eventClass : eventClasses) {
            if (!rules.containsKey(eventClass) && !ignored.containsKey(eventClass)) {
                missing.add(eventClass.getName());
            }
        }
        return missing;
    }

    @Override
    public String toString() {
        return name;
    }

    public static final class Builder<C, R> {
        private final String name;
        private final R whenIgnored;
        private final Map<Class<?>, Rule<CareRecordEvent, C, R>> rules = new LinkedHashMap<>();
        private final Map<Class<?>, String> ignored = new LinkedHashMap<>();

        private Builder(String name, R whenIgnored) {
            this.name = name;
            this.whenIgnored = whenIgnored;
        }

        /** Handles events of exactly {@code type} by {@code rule}. */
        @SuppressWarnings("unchecked")
        public <E extends CareRecordEvent> Builder<C, R> on(Class<E> type, Rule<? super E, C, ? extends R> rule) {
            claim(type);
            rules.put(type, (event, context) -> ((Rule<E, C, R>) rule).apply(type.cast(event), context));
            return this;
        }

        /** Handles events of exactly {@code type} by changing the context; answers what an ignored event answers. */
        public <E extends CareRecordEvent> Builder<C, R> changes(Class<E> type, BiConsumer<? super E, C> change) {
            return on(type, (event, context) -> {
                change.accept(event, context);
                return whenIgnored;
            });
        }

        /** Leaves events of exactly {@code type} alone, for the reason given (read by people, not code). */
        public Builder<C, R> ignore(Class<? extends CareRecordEvent> type, String because) {
            if (because == null || because.isBlank()) {
                throw new IllegalArgumentException(name + " must say why it ignores " + type.getSimpleName());
            }
            claim(type);
            ignored.put(type, because);
            return this;
        }

        public EventTable<C, R> build() {
            return new EventTable<>(this);
        }

        private void claim(Class<?> type) {
            if (type.isInterface()) {
                throw new IllegalArgumentException(name + " names the interface " + type.getSimpleName()
                        + ": name each event class, so a new one is not taken in unseen");
            }
            if (rules.containsKey(type) || ignored.containsKey(type)) {
                throw new IllegalArgumentException(name + " names " + type.getSimpleName() + " twice");
            }
        }
    }
}
