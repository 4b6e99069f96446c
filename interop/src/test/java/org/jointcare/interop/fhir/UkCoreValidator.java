package org.jointcare.interop.fhir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
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
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI's instance validator against base R4 and, when their conformance resources are at hand,
 * the UK Core profiles the exported resources claim. Everything runs offline: terminology that
 * cannot be checked here (SNOMED CT) is reported as a warning, not an error.
 * <p>
 * The UK Core StructureDefinitions, ValueSets and CodeSystems are read from the folder named by
 * the system property {@code jointcare.fhir.uk-core}, else from {@code shared/fhir/uk-core} in
 * this directory or any above it. They are not kept in this repository (see docs/api.md, "FHIR R4 for GP systems").
 */
final class UkCoreValidator {

    static final String UK_CORE_PROPERTY = "jointcare.fhir.uk-core";

    private static UkCoreValidator instance;

    private final FhirValidator validator;
    private final Optional<Path> ukCore;
    private final int ukCoreResources;

    private UkCoreValidator(Optional<Path> ukCore) {
        FhirContext context = TransferOfCare.fhirContext();
        this.ukCore = ukCore;
        PrePopulatedValidationSupport ukCoreSupport = new PrePopulatedValidationSupport(context);
        this.ukCoreResources = ukCore.map(folder -> load(context, folder, ukCoreSupport)).orElse(0);
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

    static synchronized UkCoreValidator get() {
        if (instance == null) {
            instance = new UkCoreValidator(ukCoreFolder());
        }
        return instance;
    }

    boolean hasUkCore() {
        return ukCoreResources > 0;
    }

    String ukCoreSource() {
        return ukCore.map(Path::toString).orElse("(not found)") + ", " + ukCoreResources + " conformance resources";
    }

    /**
     * Every message at warning or worse, for a readable assertion. Without the UK Core
     * conformance resources a claimed profile cannot be resolved (an error of its own), so a copy
     * without its profile claims is checked against base R4 alone.
     */
    List<SingleValidationMessage> validate(Resource resource) {
        Resource checked = hasUkCore() ? resource : withoutProfileClaims(resource.copy());
        return validator.validateWithResult(checked).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .toList();
    }

    private static Resource withoutProfileClaims(Resource resource) {
        resource.getMeta().getProfile().clear();
        if (resource instanceof Bundle bundle) {
            bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
                    .forEach(entry -> withoutProfileClaims(entry.getResource()));
        }
        if (resource instanceof DomainResource domain) {
            domain.getContained().forEach(UkCoreValidator::withoutProfileClaims);
        }
        return resource;
    }

    static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
        return messages.stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
    }

    static Optional<Path> ukCoreFolder() {
        String configured = System.getProperty(UK_CORE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fhir").resolve("uk-core");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int load(FhirContext context, Path folder, PrePopulatedValidationSupport support) {
        IParser xml = context.newXmlParser();
        IParser json = context.newJsonParser();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> conformance = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".xml") || f.toString().endsWith(".json"))
                    .sorted().toList();
            int loaded = 0;
            for (Path file : conformance) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    IBaseResource resource = (file.toString().endsWith(".xml") ? xml : json).parseResource(reader);
                    String type = context.getResourceType(resource);
                    if (resource instanceof org.hl7.fhir.r4.model.ValueSet valueSet) {
                        // a published expansion is a snapshot of an older code system version
                        // (its codes then count as unknown): expand from the compose instead
                        valueSet.setExpansion(null);
                    }
                    if (type.equals("StructureDefinition") || type.equals("ValueSet") || type.equals("CodeSystem")) {
                        support.addResource(resource);
                        loaded++;
                    }
                }
            }
            return loaded;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the UK Core conformance resources in " + folder, e);
        }
    }
}
