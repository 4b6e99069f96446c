package org.jointcare.carerecord;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care record is the domain and nothing else: no Spring, no persistence, no web, no JSON
 * library. Whoever runs it (the Spring application, a benchmark, a test) wires it from outside.
 */
class TheDomainCoreStandsAloneTest {

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jointcare.carerecord");

    @Test
    void the_import_holds_the_aggregate_so_the_rule_below_is_not_vacuous() {
        assertThat(CORE.contain(CareRecord.class)).isTrue();
        assertThat(CORE.contain(TheDomainCoreStandsAloneTest.class)).isFalse();
    }

    @Test
    void the_care_record_depends_on_no_framework_persistence_web_or_json_library() {
        noClasses().that().resideInAPackage("org.jointcare.carerecord..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..", "javax.persistence..",
                        "jakarta.servlet..", "javax.servlet..",
                        "jakarta.ws..", "javax.ws..",
                        "org.springframework.web..",
                        "com.fasterxml.jackson..")
                .because("assessment-core holds the domain only; Spring, JPA, web and JSON belong to the modules around it")
                .check(CORE);
    }
}
