package org.jointcare.interop.fhir;

import java.util.Arrays;
import java.util.regex.Pattern;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * The validator's warnings that come only from terminology it cannot check offline, and that
 * docs/fhir.md ("Conformance") lists: every other warning fails the conformance tests, so a new
 * kind of warning is either fixed in the export or added here and to that list, with its reason.
 */
public enum OfflineTerminology {

    /**
     * A UK Core value set defined by a SNOMED CT filter (the Composition's document type,
     * UKCore-DocumentType) cannot be expanded without SNOMED CT.
     */
    SNOMED_CT_VALUE_SET {
        @Override
        boolean explains(SingleValidationMessage message) {
            return message.getMessage().contains("CodeSystem '" + DischargeHeading.SNOMED_CT + "' is ignored/not-present");
        }
    },

    /**
     * A section code carries the UK Core record heading and, as the Transfer of Care
     * specification asks, the SNOMED CT heading concept. The validator cannot check the SNOMED
     * CT coding offline and then reports the whole concept as outside the UK Core section code
     * value set; the UK Core coding alone meets it (tested).
     */
    SECTION_CODE_BESIDE_SNOMED_CT {
        private final Pattern sectionCode = Pattern.compile(".*\\.section\\[\\d+]\\.code$");

        @Override
        boolean explains(SingleValidationMessage message) {
            return sectionCode.matcher(message.getLocationString()).matches()
                    && message.getMessage().contains("'UK Core Composition Section Code'")
                    && message.getMessage().contains(DischargeHeading.SNOMED_CT + "#");
        }
    };

    abstract boolean explains(SingleValidationMessage message);

    /** A warning (never an error) that one of the above explains. */
    public static boolean isExplained(SingleValidationMessage message) {
        return message.getSeverity() == ResultSeverityEnum.WARNING
                && Arrays.stream(values()).anyMatch(known -> known.explains(message));
    }
}
