package org.jointcare.views.districtnursing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.views.PackageStatus;

/** What the district nursing lists hold. */
public final class DistrictNursingItems {

    private DistrictNursingItems() {
    }

    /** Who an item is about, with the practice and team that make them the team's concern. */
    public record Person(UUID careRecordId, String givenName, String familyName, LocalDate dateOfBirth,
                         String practiceCode, String nursingTeamCode) {
    }

    /** @param waiting how long the assessment has waited for nursing so far */
    public record AssessmentAwaitingNursing(Person person, UUID assessmentId, UUID referralId,
                                            String leadAssessorUserId, Instant startedAt, Duration waiting) {
    }

    /** The nursing part of a package in force: visits per week, its weekly cost and who provides it. */
    public record NursingPackage(Person person, UUID packageId, PackageStatus status, LocalDate startDate,
                                 int nursingVisitsPerWeek, long nursingWeeklyCostPence, String providers,
                                 String suspendedReason) {
    }

    /** The death of one of the team's people, until a district nurse acknowledges the notice. */
    public record DeathNotice(Person person, LocalDate dateOfDeath, String recordedByUserId,
                              String recordedByOrganisation, Instant recordedAt) {
    }

    /** A discharge whose summary asks the district nurse for the listed follow-up. */
    public record DischargeNeedingVisit(Person person, UUID admissionId, String hospitalName, Instant dischargedAt,
                                        DischargeDestination destination, List<String> requestedOfDistrictNurse) {
    }
}
