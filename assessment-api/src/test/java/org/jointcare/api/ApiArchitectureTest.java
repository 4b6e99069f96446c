package org.jointcare.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

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

    private static final String BASE = "org.jointcare.api.";

    private static final List<String> FEATURE_NAMES = List.of("registration", "referral", "assessment", "carepackage",
            "hospital", "review", "consent", "closure", "records", "views", "privacy", "fhir");

    private static final String[] FEATURES = packages(FEATURE_NAMES);

    /** What every feature stands on: who may call what, the sharing rules and the access log, errors, storage, wiring. */
    private static final String[] INFRASTRUCTURE = packages(List.of("security", "access", "idempotency", "web", "command",
            "carerecord", "directory", "eventstore", "erasure", "store", "operations"));

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String below = javaClass.getPackageName().startsWith(BASE)
                    ? javaClass.getPackageName().substring(BASE.length()) : "";
            String feature = below.contains(".") ? below.substring(0, below.indexOf('.')) : below;
            return FEATURE_NAMES.contains(feature) ? SliceIdentifier.of(feature) : SliceIdentifier.ignore();
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

    private static String[] packages(List<String> names) {
        return names.stream().map(name -> BASE + name + "..").toArray(String[]::new);
    }
}
