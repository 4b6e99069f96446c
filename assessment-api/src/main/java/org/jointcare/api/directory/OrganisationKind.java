package org.jointcare.api.directory;

/** The kinds of organisation the directory holds, each named as a professional would. */
public enum OrganisationKind {
    PRACTICE("GP practice"),
    NURSING_TEAM("district nursing team"),
    SOCIAL_CARE_TEAM("social care team"),
    HOSPITAL_TRUST("hospital trust");

    private final String words;

    OrganisationKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
