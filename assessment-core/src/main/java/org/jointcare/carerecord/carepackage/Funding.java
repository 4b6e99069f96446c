package org.jointcare.carerecord.carepackage;

/**
 * Who pays for a service. Fully funded streams carry 100/0 or 0/100; a jointly funded service
 * carries a split between health and social care that adds up to 100%.
 */
public record Funding(FundingStream stream, int healthPercent, int socialCarePercent) {

    public static Funding health() {
        return new Funding(FundingStream.HEALTH, 100, 0);
    }

    public static Funding socialCare() {
        return new Funding(FundingStream.SOCIAL_CARE, 0, 100);
    }

    public static Funding joint(int healthPercent, int socialCarePercent) {
        return new Funding(FundingStream.JOINT, healthPercent, socialCarePercent);
    }
}
