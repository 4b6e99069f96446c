package org.jointcare.carerecord.assessment;

/** The profession that made a contribution to a joint assessment, and which side it counts for. */
public enum Discipline {
    SOCIAL_CARE(Sector.SOCIAL_CARE),
    DISTRICT_NURSING(Sector.HEALTH),
    GP(Sector.HEALTH),
    OCCUPATIONAL_THERAPY(Sector.OTHER),
    OTHER(Sector.OTHER);

    /** Which side of the health and social care divide a contribution comes from. */
    public enum Sector { HEALTH, SOCIAL_CARE, OTHER }

    private final Sector sector;

    Discipline(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }
}
