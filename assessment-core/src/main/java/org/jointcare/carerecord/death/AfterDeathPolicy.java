package org.jointcare.carerecord.death;

import java.time.LocalDate;
import java.util.Set;

import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.enteredinerror.MarkEnteredInError;
import org.jointcare.carerecord.erasure.EraseRecord;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.jointcare.carerecord.hospital.CorrectDischargeSummary;
import org.jointcare.carerecord.registration.ChangePersonDetails;

/**
 * What may still be done on the record of a person who has died. The records-management code keeps
 * the record (it is read, and put right where it is wrong) but nothing new happens to the person:
 * no referral reopens it, no assessment, package, admission, visit, review or consent is recorded.
 *
 * <p>Still allowed: correcting what was recorded (the person's details, a discharge summary within
 * its window, marking an entry entered in error), acknowledging notices sent before or about the
 * death (the death notice, admission and discharge notices still waiting: a receipt, not a new
 * fact), and erasure by the privacy officer. A second death is refused as already recorded.
 */
public final class AfterDeathPolicy {

    /** Who may record a death: those who work with the person and learn of it first. */
    public static final Set<Role> MAY_RECORD_DEATH = Set.of(
            Role.GP_PRACTICE, Role.LINKWORKER, Role.DISTRICT_NURSE, Role.HOSPITAL_DISCHARGE_TEAM);

    /** Whose lists carry the death notice, and so who acknowledges it. */
    public static final Set<Role> TOLD_OF_DEATH = Set.of(Role.GP_PRACTICE, Role.LINKWORKER, Role.DISTRICT_NURSE);

    private static final Set<Class<? extends CareRecordCommand>> STILL_ALLOWED = Set.of(
            ChangePersonDetails.class, CorrectDischargeSummary.class, MarkEnteredInError.class,
            AcknowledgeDeathNotice.class, AcknowledgeAdmissionNotice.class, AcknowledgeDischargeNotice.class,
            EraseRecord.class);

    private AfterDeathPolicy() {
    }

    /** Whether {@code command} may still be done on the record of a person who died on {@code dateOfDeath}. */
    public static boolean allows(CareRecordCommand command) {
        return STILL_ALLOWED.contains(command.getClass());
    }

    /** Refuses what may no longer be done once the person died on {@code dateOfDeath} (null: alive, nothing refused). */
    public static void check(CareRecordCommand command, LocalDate dateOfDeath) {
        if (dateOfDeath == null) {
            return;
        }
        CareRule.DEATH_ALREADY_RECORDED.require(!(command instanceof RecordDeath),
                "The person's death on " + dateOfDeath + " is already recorded.");
        CareRule.PERSON_HAS_DIED.require(allows(command),
                "The person died on " + dateOfDeath + ": the record can be read and corrected, nothing more recorded.");
    }
}
