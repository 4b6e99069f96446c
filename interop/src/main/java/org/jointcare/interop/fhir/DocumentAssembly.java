package org.jointcare.interop.fhir;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One FHIR document being put together: a {@code document} Bundle whose first entry is its
 * Composition, then every resource the sections point at, each once, referenced by
 * {@code urn:uuid} so the document stands on its own wherever it is sent.
 */
final class DocumentAssembly {

    static final String EMPTY_REASONS = "http://terminology.hl7.org/CodeSystem/list-empty-reason";

    private final String bundleId;
    private final Instant timestamp;
    private final Composition composition;
    private final Map<String, Resource> entries = new LinkedHashMap<>();

    DocumentAssembly(String bundleId, String compositionId, Instant timestamp) {
        this.bundleId = bundleId;
        this.timestamp = timestamp;
        this.composition = Fhir.profiled(new Composition(), "Composition");
        composition.setId(compositionId);
        composition.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(StableIds.urn(compositionId)));
        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setDateElement(Fhir.dateTime(timestamp));
    }

    Composition composition() {
        return composition;
    }

    /** Adds the resource (once) and answers a reference to it. */
    Reference add(Resource resource, String display) {
        String fullUrl = StableIds.urn(resource.getIdElement().getIdPart());
        entries.putIfAbsent(fullUrl, resource);
        return Fhir.to(fullUrl, display);
    }

    Composition.SectionComponent section(DischargeHeading heading, List<String> lines, List<Reference> references) {
        Composition.SectionComponent section = composition.addSection()
                .setTitle(heading.title())
                .setCode(code(heading))
                .setText(Fhir.narrative(lines));
        references.forEach(section::addEntry);
        return section;
    }

    /**
     * A heading the record has nothing under: present, with the reason it is empty and the
     * same words for a reader, never a made-up value.
     */
    Composition.SectionComponent emptySection(DischargeHeading heading, String emptyReason, String emptyReasonDisplay,
                                              String why) {
        return composition.addSection()
                .setTitle(heading.title())
                .setCode(code(heading))
                .setText(Fhir.narrative(List.of(why)))
                .setEmptyReason(new CodeableConcept(new Coding(EMPTY_REASONS, emptyReason, emptyReasonDisplay)).setText(why));
    }

    private static CodeableConcept code(DischargeHeading heading) {
        return new CodeableConcept()
                .addCoding(new Coding(DischargeHeading.UK_CORE_RECORD_HEADINGS, heading.ukCoreCode(), heading.ukCoreDisplay()))
                .addCoding(new Coding(DischargeHeading.SNOMED_CT, heading.snomedCode(), heading.title()))
                .setText(heading.title());
    }

    Bundle bundle() {
        composition.setText(Fhir.narrative(List.of(composition.getTitle() + " for " + composition.getSubject().getDisplay()
                + ", " + composition.getDateElement().getValueAsString())));
        Bundle bundle = Fhir.profiled(new Bundle(), "Bundle");
        bundle.setId(bundleId);
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(StableIds.urn(bundleId)));
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.setTimestampElement(Fhir.instant(timestamp));
        bundle.addEntry().setFullUrl(StableIds.urn(composition.getIdElement().getIdPart())).setResource(composition);
        entries.forEach((fullUrl, resource) -> bundle.addEntry().setFullUrl(fullUrl).setResource(resource));
        return bundle;
    }
}
