package org.jointcare.carerecord;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks personal data in an event: a record component whose value says who the person is (name,
 * date of birth, NHS number, carers, communication needs) or what professionals wrote about them
 * (free text: reasons, notes, summaries, findings). The event store keeps the value of every
 * marked component encrypted under a key of the person's record, so that erasing the record (or
 * shredding one entry recorded in error) makes it unreadable in the store itself, while the rest of
 * the event (ids, codes, dates of what happened, who recorded it) stays readable for audit and
 * for the anonymous commissioning figures.
 *
 * <p>Once the key is destroyed the component reads back as a placeholder chosen by its type: text
 * as {@link #ERASED}, a list as empty, anything else as null, unless {@link #erasedAs()} names a value. Mark the leaves of a nested record
 * (its own components) rather than the component holding it, so that the holder still reads as an
 * object whose parts are erased; mark a component holding a record only where null is acceptable
 * to every reader (an optional NHS number, a list of carers).
 *
 * <p>Codes that place the person in an area (practice, locality) are not marked: commissioning
 * counts by them, and alone they identify no one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Personal {

    /**
     * What the component reads as once its key is destroyed, as JSON text of a string (for a value
     * the views cannot do without, such as a date of birth); empty for the placeholder of its type.
     */
    String erasedAs() default "";

    /** What a marked text reads as once its key is destroyed. */
    String ERASED = "[erased]";
}
