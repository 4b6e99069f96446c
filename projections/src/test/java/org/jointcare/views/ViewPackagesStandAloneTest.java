package org.jointcare.views;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each view can be understood, dropped and rebuilt on its own: its package shares only the
 * {@code org.jointcare.views} types with the others, and knows nothing of the web that reads it.
 */
class ViewPackagesStandAloneTest {

    private static final String VIEWS = "org.jointcare.views";

    /** The rules for views under {@code root}, each view a package directly under it. */
    static List<ArchRule> rules(String root) {
        return List.of(
                slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        .as("no cycles between view packages"),
                slices().matching(root + ".(*)..").should().notDependOnEachOther()
                        .as("a view package does not use another view package"),
                noClasses().that().resideInAPackage(root)
                        .should().dependOnClassesThat().resideInAPackage(root + ".*..")
                        .as("the shared view types do not use a view package"),
                noClasses().that().resideInAPackage(root + "..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                                "org.springframework.http..", "jakarta.servlet..", "org.jointcare.api..")
                        .as("views do not depend on the web"));
    }

    @Test
    void theViewsKeepEveryRule() {
        JavaClasses views = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(VIEWS);
        rules(VIEWS).forEach(rule -> rule.check(views));
    }

    @Test
    void eachRuleFailsForPackagesThatBreakIt() {
        String root = "org.jointcare.archfixture";
        JavaClasses broken = new ClassFileImporter().importPackages(root, "org.jointcare.api.archfixture");
        for (ArchRule rule : rules(root)) {
            assertThatThrownBy(() -> rule.check(broken)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        }
    }
}
