package org.jointcare.carerecord.carepackage;

import java.time.LocalDate;
import java.util.UUID;
import org.jointcare.carerecord.CareRecordEvent;

/**
 * A package coming into force: arranged afresh ({@link CarePackageArranged}) or revised to
 * replace the one before ({@link CarePackageRevised}). Views that list packages handle both alike.
 */
public interface NewCarePackage extends CareRecordEvent {

    UUID packageId();

    UUID assessmentId();

    LocalDate startDate();

    PackageTerms terms();

    /** The package this one replaces (it stays in history), or null. */
    UUID replacesPackageId();
}
