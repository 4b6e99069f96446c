package org.jointcare.carerecord;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Every string a command carries, at any depth, must be text every view can store on every
 * supported database: no NUL (PostgreSQL refuses it in a text column, so an event carrying one
 * would be stored yet stop each view at it), no other control character and no half of a
 * surrogate pair. Line breaks and tabs are text. Checked once for every command, before any rule
 * of the record, so no event can ever carry such a string.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Refuses the command, naming the field (e.g. {@code person.givenName}), if any of its strings is not storable. */
    public static void require(CareRecordCommand command) {
        check(command, "");
    }

    /** The index of the first character no view could store, or -1 when the whole text is storable. */
    public static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static void check(Object value, String path) {
        if (value instanceof String text) {
            int at = firstUnstorable(text);
            if (at >= 0) {
                throw new CareRuleViolation(CareRule.TEXT_NOT_STORABLE, "'" + path + "' contains a control character ("
                        + String.format("U+%04X", (int) text.charAt(at)) + ") at position " + (at + 1)
                        + ". " + CareRule.TEXT_NOT_STORABLE.description());
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                check(read(component, record), path.isEmpty() ? component.getName() : path + "." + component.getName());
            }
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                check(item, path + "[" + i++ + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(entry.getKey(), path + "[key]");
                check(entry.getValue(), path + "[" + entry.getKey() + "]");
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
