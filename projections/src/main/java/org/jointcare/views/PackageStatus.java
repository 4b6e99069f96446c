package org.jointcare.views;

/** A package in force is either delivering services or suspended (for example during a hospital stay). */
public enum PackageStatus {
    ACTIVE,
    SUSPENDED
}
