package org.jointcare.api.directory;

/** An acute hospital trust, by its ODS code (e.g. RD1), whose discharge team works with the record. */
public record HospitalTrust(String code, String name) {
}
