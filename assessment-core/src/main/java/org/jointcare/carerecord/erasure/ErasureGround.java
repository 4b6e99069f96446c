package org.jointcare.carerecord.erasure;

/**
 * Why a record is erased. The records-management code keeps adult health and social care records
 * for years after care ends; erasure is the exception, for these grounds only (UK GDPR art. 17
 * as it applies to health and care records).
 */
public enum ErasureGround {
    /** The record has been closed for longer than the retention period ({@code CareRecord.RETENTION_AFTER_CLOSURE}). */
    END_OF_RETENTION_PERIOD,
    /** The record should never have been made or kept (e.g. recorded without a lawful basis, on a finding of the privacy officer). */
    UNLAWFUL_PROCESSING
}
