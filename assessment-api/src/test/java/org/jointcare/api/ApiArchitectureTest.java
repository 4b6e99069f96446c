package org.jointcare.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The application is packaged by feature, like the core: each feature holds its endpoints and
 * request types, and the shared infrastructure under them never reaches back into a feature.
 */
@AnalyzeClasses(packages = "org.jointcare.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    private static final String[] FEATURES = packages("registration", "referral", "assessment", "carepackage",
            "hospital", "review", "consent", "closure", "records", "views", "privacy", "fhir");

    /** What every feature stands on: who may call what, the sharing rules and the access log, errors, storage, wiring. */
    private static final String[] INFRASTRUCTURE = packages("security", "access", "idempotency", "web", "command",
            "carerecord", "directory", "eventstore", "store", "operations");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return Arrays.stream(FEATURES)
                    .filter(feature -> javaClass.getPackageName().equals(feature.substring(0, feature.length() - 2))
                            || javaClass.getPackageName().startsWith(feature.substring(0, feature.length() - 1)))
                    .findFirst()
                    .map(SliceIdentifier::of)
                    .orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "the feature packages";
        }
    }).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule infrastructureDoesNotDependOnFeatures = noClasses()
            .that().resideInAnyPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule controllersDoNotReachIntoTables = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because("a feature reads through the views' queries and the access gate, never a table of its own");

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(name -> "org.jointcare.api." + name + "..").toArray(String[]::new);
    }
}
