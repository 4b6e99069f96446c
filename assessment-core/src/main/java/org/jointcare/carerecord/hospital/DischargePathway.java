package org.jointcare.carerecord.hospital;

/** The discharge-to-assess pathways. */
public enum DischargePathway {
    PATHWAY_0_HOME_NO_NEW_SUPPORT,
    PATHWAY_1_HOME_WITH_SUPPORT,
    PATHWAY_2_BED_BASED_REHABILITATION,
    PATHWAY_3_NEW_CARE_HOME_PLACEMENT
}
