package org.jointcare.carerecord.carepackage;

/** The services a care package can hold. */
public enum ServiceType {
    HOME_CARE,
    DISTRICT_NURSING,
    DAY_CARE,
    RESPITE,
    MEALS,
    EQUIPMENT_AND_ADAPTATIONS,
    ALARM,
    NIGHT_SITTING,
    BATHING
}
