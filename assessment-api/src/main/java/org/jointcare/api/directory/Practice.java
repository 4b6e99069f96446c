package org.jointcare.api.directory;

/** A GP practice, known by its ODS code (e.g. J82034), in a locality. */
public record Practice(String odsCode, String name, String locality) {
}
