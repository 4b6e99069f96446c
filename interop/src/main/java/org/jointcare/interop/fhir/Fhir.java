package org.jointcare.interop.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The small vocabulary every exported resource is written with: profiles, systems, dates, narrative. */
final class Fhir {

    static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String NHS_NUMBER_VERIFICATION = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
    static final String NHS_NUMBER_VERIFICATION_CODES = "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";
    /** Identifiers JointCare itself issues: a care record's id and a professional's user id. */
    static final String CARE_RECORD_SYSTEM = "https://jointcare.example/Id/care-record-id";
    static final String USER_SYSTEM = "https://jointcare.example/Id/user-id";
    static final String SNOMED_CT = DischargeHeading.SNOMED_CT;

    private Fhir() {
    }

    static <R extends Resource> R profiled(R resource, String ukCoreProfile) {
        resource.getMeta().addProfile(UK_CORE + ukCoreProfile);
        return resource;
    }

    /** To the second, in UTC: what the record holds, written the same way every time. */
    static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static InstantType instant(Instant instant) {
        return new InstantType(instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    static Identifier ods(String code) {
        return new Identifier().setSystem(ODS_SYSTEM).setValue(code);
    }

    static Identifier user(String userId) {
        return new Identifier().setSystem(USER_SYSTEM).setValue(userId);
    }

    static Reference to(String fullUrl, String display) {
        return new Reference(fullUrl).setDisplay(display);
    }

    static CodeableConcept text(String text) {
        return new CodeableConcept().setText(text);
    }

    static CodeableConcept snomed(String code, String display) {
        return new CodeableConcept(new Coding(SNOMED_CT, code, display)).setText(display);
    }

    /** An enum constant in plain words: PATHWAY_1_HOME_WITH_SUPPORT is "Pathway 1 home with support". */
    static String words(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String lower = value.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The human-readable part of a resource or section: one paragraph per line, escaped. */
    static Narrative narrative(List<String> lines) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        for (String line : lines) {
            div.append("<p>").append(escape(line)).append("</p>");
        }
        div.append("</div>");
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(div.toString());
        return narrative;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Money as people read it: 5550 pence is "£55.50". */
    static String pounds(long pence) {
        return String.format(Locale.UK, "£%d.%02d", pence / 100, Math.abs(pence % 100));
    }
}
