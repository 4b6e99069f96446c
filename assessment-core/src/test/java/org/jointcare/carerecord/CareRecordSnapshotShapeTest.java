package org.jointcare.carerecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * A snapshot stores the care record's fields as they were when it was taken. Axon reads back
 * only snapshots of the aggregate's current {@link Revision}, so every change to those fields
 * must come with a new revision; otherwise a snapshot taken before the change would be read with
 * the new fields empty and the record would decide commands on missing facts.
 *
 * <p>The test pins a fingerprint of the state (every field of the record and of the domain types
 * it holds, by name and type) to each revision. When it fails, raise
 * {@link CareRecord#SNAPSHOT_REVISION} and pin the new fingerprint here.
 */
class CareRecordSnapshotShapeTest {

    private static final Map<String, String> SHAPE_OF_REVISION = Map.of(
            "2", "b8a18128d66487dd",
            "3", "ea385821a123a504",
            "4", "2cbb5b74019812aa",
            // erasure: when the record closed (retention runs from it) and whether it was erased
            "7", "7784aee2e922c3ba",
            // death and entries in error: the date of death, who acknowledged its notice, the markable
            // entries by sequence number, the admission that suspended a package
            "9", "73e0df2d532de6cd",
            // carers' assessments, and the types of service a package holds (a carer may be supported by
            // one); revision 8 was never released
            "10", "a4d8b43a687528a0",
            // the person's characteristics (gender, ethnicity, primary support reason, accommodation, employment)
            "11", "0e7a53c1f188c813");

    @Test
    void theRecordsStateHasTheShapePinnedToItsSnapshotRevision() {
        String revision = CareRecord.class.getAnnotation(Revision.class).value();

        assertThat(revision).isEqualTo(CareRecord.SNAPSHOT_REVISION);
        assertThat(fingerprint(CareRecord.class))
                .as("CareRecord's state changed: raise CareRecord.SNAPSHOT_REVISION and pin the new shape:%n%s",
                        String.join("\n", shape(CareRecord.class)))
                .isEqualTo(SHAPE_OF_REVISION.get(revision));
    }

    @Test
    void aChangedFieldChangesTheFingerprint() {
        assertThat(fingerprint(Before.class)).isNotEqualTo(fingerprint(After.class));
    }

    private static String fingerprint(Class<?> root) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", shape(root)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every stored field reachable from the root through the domain's own types, as "Owner.field: Type". */
    private static Set<String> shape(Class<?> root) {
        Set<String> lines = new TreeSet<>();
        addFields(root, lines, new TreeSet<>());
        return lines;
    }

    private static void addFields(Class<?> type, Set<String> lines, Set<String> visited) {
        if (!type.getName().startsWith("org.jointcare.") || type.isEnum() || !visited.add(type.getName())) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                lines.add(c.getName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
                addTypes(field.getGenericType(), lines, visited);
            }
        }
    }

    private static void addTypes(Type type, Set<String> lines, Set<String> visited) {
        if (type instanceof Class<?> c) {
            addFields(c.isArray() ? c.getComponentType() : c, lines, visited);
        } else if (type instanceof ParameterizedType p) {
            addTypes(p.getRawType(), lines, visited);
            for (Type argument : p.getActualTypeArguments()) {
                addTypes(argument, lines, visited);
            }
        }
    }

    @SuppressWarnings("unused")
    static class Before {
        private String practice;
    }

    @SuppressWarnings("unused")
    static class After {
        private String practice;
        private java.time.LocalDate diedOn;
    }
}
