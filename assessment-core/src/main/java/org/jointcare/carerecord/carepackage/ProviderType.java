package org.jointcare.carerecord.carepackage;

/** Who provides a service. */
public enum ProviderType {
    LOCAL_AUTHORITY,
    NHS_TRUST,
    PRIVATE_AGENCY,
    VOLUNTARY_ORGANISATION
}
