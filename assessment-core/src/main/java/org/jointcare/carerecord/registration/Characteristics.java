package org.jointcare.carerecord.registration;

import org.jointcare.carerecord.Personal;

/**
 * Who the person is in the terms the national returns count (the Adult Social Care Client Level
 * Data asks for each): gender, ethnic group, the main reason they need support, their
 * accommodation and their employment. Each is optional: null is "not recorded", which the returns
 * report as not known. Every one is personal, and gender, ethnicity and the support reason (which
 * tells a health condition) are special category data: each is erased with the record and then
 * reads as not recorded.
 */
public record Characteristics(
        @Personal Gender gender,
        @Personal Ethnicity ethnicity,
        @Personal PrimarySupportReason primarySupportReason,
        @Personal AccommodationStatus accommodationStatus,
        @Personal EmploymentStatus employmentStatus) {

    /** Nothing recorded yet: what a person registered before these were asked, or without them, holds. */
    public static final Characteristics NOT_RECORDED = new Characteristics(null, null, null, null, null);
}
