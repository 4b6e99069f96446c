package org.jointcare.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

/**
 * A reader who knows a view's processing group finds everything about it in one place: package
 * {@code gppractice} for group {@code gp-practice}, holding {@code GpPracticeProjection} (writes),
 * {@code GpPracticeQueries} (answers) and {@code GpPracticeViewDefinition} (how it is processed).
 * Processing groups are never renamed (their tokens are stored), so the names follow them.
 */
class EveryViewPackageHasTheSameShapeTest {

    @Test
    void eachProcessingGroupNamesItsPackageAndItsClasses() {
        JavaClasses views = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jointcare.views");
        List<JavaClass> projections = views.stream()
                .filter(type -> type.isAnnotatedWith(ProcessingGroup.class))
                .toList();
        assertThat(projections).hasSizeGreaterThanOrEqualTo(7);
        for (JavaClass projection : projections) {
            String group = projection.getAnnotationOfType(ProcessingGroup.class).value();
            String prefix = Arrays.stream(group.split("-"))
                    .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                    .collect(Collectors.joining());
            String pkg = "org.jointcare.views." + group.replace("-", "");
            assertThat(projection.getPackageName()).as("package of group " + group).isEqualTo(pkg);
            assertThat(projection.getSimpleName()).as("projection of group " + group).isEqualTo(prefix + "Projection");
            assertThat(views.contain(pkg + "." + prefix + "Queries")).as(prefix + "Queries").isTrue();
            assertThat(views.contain(pkg + "." + prefix + "ViewDefinition")).as(prefix + "ViewDefinition").isTrue();
        }
    }
}
