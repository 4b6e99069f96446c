package org.jointcare.interop.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * HAPI's instance validator against base R4 and the UK Core profiles the exported resources
 * claim. Everything runs offline: terminology that cannot be checked here (SNOMED CT, dm+d) is
 * reported as a warning, not an error.
 * <p>
 * The UK Core StructureDefinitions, ValueSets and CodeSystems are test resources of this module
 * ({@code src/test/resources/uk-core}, copied from NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN with
 * their licence; its README.md lists each file and why it is kept). They are always there, so
 * the UK Core check always runs: a missing or unreadable folder fails the build. Other modules'
 * tests use it through interop's test jar.
 */
public final class UkCoreValidator {

    /** The classpath folder the UK Core conformance resources are in. */
    static final String UK_CORE = "uk-core";
    private static final List<String> CONFORMANCE_FOLDERS = List.of("structuredefinitions", "valuesets", "codesystems");

    private static UkCoreValidator instance;

    private final FhirValidator validator;
    private final List<String> loaded;

    private UkCoreValidator() {
        FhirContext context = TransferOfCare.fhirContext();
        PrePopulatedValidationSupport ukCoreSupport = new PrePopulatedValidationSupport(context);
        this.loaded = load(context, ukCoreSupport);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                ukCoreSupport,
                new SnapshotGeneratingValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new UnknownCodeSystemWarningValidationSupport(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        this.validator = context.newValidator().registerValidatorModule(instanceValidator);
    }

    public static synchronized UkCoreValidator get() {
        if (instance == null) {
            instance = new UkCoreValidator();
        }
        return instance;
    }

    /** The canonical URLs of the UK Core conformance resources the validator holds. */
    List<String> ukCoreUrls() {
        return loaded;
    }

    String ukCoreSource() {
        return "classpath:" + UK_CORE + ", " + loaded.size() + " conformance resources";
    }

    /** Every message at warning or worse, for a readable assertion. */
    public List<SingleValidationMessage> validate(Resource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .toList();
    }

    /**
     * What makes a resource fail: every error, and every warning that is not one of the offline
     * terminology warnings {@link OfflineTerminology} explains. Empty for a conforming resource.
     */
    public List<SingleValidationMessage> problems(Resource resource) {
        return problems(validate(resource));
    }

    static List<SingleValidationMessage> problems(List<SingleValidationMessage> messages) {
        return messages.stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal() || !OfflineTerminology.isExplained(m))
                .toList();
    }

    static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
        return messages.stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
    }

    /** One message a line: severity, where, what. */
    public static String describe(List<SingleValidationMessage> messages) {
        return messages.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    private static List<String> load(FhirContext context, PrePopulatedValidationSupport support) {
        URL readme = UkCoreValidator.class.getClassLoader().getResource(UK_CORE + "/README.md");
        if (readme == null) {
            throw new IllegalStateException("The UK Core conformance resources are not on the test classpath ("
                    + UK_CORE + "/ in interop's src/test/resources)");
        }
        try {
            URI uri = readme.toURI();
            if ("jar".equals(uri.getScheme())) {
                // interop's test jar, as another module's tests see it
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(context, support, jar.getPath("/" + UK_CORE));
                }
            }
            return load(context, support, Paths.get(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the UK Core conformance resources at " + readme, e);
        }
    }

    private static List<String> load(FhirContext context, PrePopulatedValidationSupport support, Path folder) throws IOException {
        List<String> urls = new ArrayList<>();
        for (String kind : CONFORMANCE_FOLDERS) {
            try (Stream<Path> files = Files.list(folder.resolve(kind))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    IBaseResource resource = parse(context, file);
                    if (resource instanceof ValueSet valueSet) {
                        // a published expansion is a snapshot of an older code system version
                        // (its codes then count as unknown): expand from the compose instead
                        valueSet.setExpansion(null);
                    }
                    support.addResource(resource);
                    urls.add(((MetadataResource) resource).getUrl());
                }
            }
        }
        return List.copyOf(urls);
    }

    private static IBaseResource parse(FhirContext context, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return context.newXmlParser().parseResource(reader);
        }
    }
}
