package org.jointcare.carerecord.hospital;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.emergencyAdmission;
import static org.jointcare.carerecord.CareJourney.ADMISSION_RECORDED_AT;
import static org.jointcare.carerecord.CareJourney.ADMITTED_AT;
import static org.jointcare.carerecord.CareJourney.DISCHARGED_AT;
import static org.jointcare.carerecord.CareJourney.then;
import static org.jointcare.carerecord.Professionals.DISCHARGE_COORDINATOR;
import static org.jointcare.carerecord.Professionals.REGISTERED_PRACTICE;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AdmittingToHospitalTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    /** Home again after the first stay, with her package running. */
    private List<Object> homeWithPackageRunning() {
        return then(margaret.dischargedHome(), margaret.packageResumed());
    }

    private PersonAdmittedToHospital readmitted(Instant admittedAt, boolean within30Days, UUID previousAdmission) {
        return new PersonAdmittedToHospital(margaret.careRecordId, margaret.readmissionId, emergencyAdmission(admittedAt),
                REGISTERED_PRACTICE, within30Days, previousAdmission, DISCHARGE_COORDINATOR, admittedAt);
    }

    private CarePackageSuspended suspendedByReadmission(Instant at) {
        return new CarePackageSuspended(margaret.careRecordId, margaret.packageId, "Admitted to hospital",
                margaret.readmissionId, DISCHARGE_COORDINATOR, at);
    }

    @Test
    void an_admission_notifies_the_registered_practice_and_suspends_the_active_package() {
        care.given(margaret.packageInPlace())
                .when(margaret.recordAdmission())
                .expectEvents(margaret.admitted(), margaret.packageSuspendedOnAdmission());
    }

    @Test
    void an_admission_of_someone_without_a_package_suspends_nothing() {
        care.given(margaret.registered())
                .when(margaret.recordAdmission())
                .expectEvents(margaret.admitted());
    }

    @Test
    void an_admission_leaves_a_package_already_suspended_as_it_is() {
        care.given(then(margaret.packageInPlace(), margaret.packageSuspendedByHand()))
                .when(margaret.recordAdmission())
                .expectEvents(margaret.admitted());
    }

    @Test
    void a_private_patient_follows_the_same_path() {
        Admission privateStay = new Admission("Circle Bath Hospital", "NT4", "Avon Suite", ADMITTED_AT, AdmissionType.PLANNED, true);
        care.given(margaret.packageInPlace())
                .when(new RecordHospitalAdmission(margaret.careRecordId, margaret.admissionId, privateStay, DISCHARGE_COORDINATOR, ADMISSION_RECORDED_AT))
                .expectEvents(new PersonAdmittedToHospital(margaret.careRecordId, margaret.admissionId, privateStay, REGISTERED_PRACTICE,
                                false, null, DISCHARGE_COORDINATOR, ADMISSION_RECORDED_AT),
                        margaret.packageSuspendedOnAdmission());
    }

    @Test
    void an_admission_while_the_person_is_still_in_hospital_is_refused() {
        care.given(margaret.inHospital())
                .when(margaret.recordReadmission(ADMITTED_AT.plus(Duration.ofDays(1))))
                .expectException(violates(CareRule.ALREADY_IN_HOSPITAL));
    }

    static Stream<Arguments> incompleteAdmissions() {
        UUID admissionId = UUID.randomUUID();
        return Stream.of(
                arguments("no admission id", null, emergencyAdmission(ADMITTED_AT)),
                arguments("no admission details", admissionId, null),
                arguments("no hospital", admissionId, new Admission(" ", "RD1", "Combe Ward", ADMITTED_AT, AdmissionType.EMERGENCY, false)),
                arguments("no ward", admissionId, new Admission("Royal United Hospital Bath", "RD1", null, ADMITTED_AT, AdmissionType.EMERGENCY, false)),
                arguments("no date", admissionId, new Admission("Royal United Hospital Bath", "RD1", "Combe Ward", null, AdmissionType.EMERGENCY, false)),
                arguments("no admission type", admissionId, new Admission("Royal United Hospital Bath", "RD1", "Combe Ward", ADMITTED_AT, null, false)));
    }

    @ParameterizedTest(name = "an admission with {0} is refused")
    @MethodSource("incompleteAdmissions")
    void an_incomplete_admission_is_refused(String missing, UUID admissionId, Admission admission) {
        care.given(margaret.packageInPlace())
                .when(new RecordHospitalAdmission(margaret.careRecordId, admissionId, admission, DISCHARGE_COORDINATOR, ADMISSION_RECORDED_AT))
                .expectException(violates(CareRule.ADMISSION_DETAILS_INCOMPLETE));
    }

    @Test
    void a_readmission_twenty_days_after_discharge_is_flagged_and_names_the_earlier_admission() {
        Instant readmittedAt = DISCHARGED_AT.plus(Duration.ofDays(20));
        care.given(homeWithPackageRunning())
                .when(margaret.recordReadmission(readmittedAt))
                .expectEvents(readmitted(readmittedAt, true, margaret.admissionId), suspendedByReadmission(readmittedAt));
    }

    @Test
    void a_readmission_exactly_thirty_days_after_discharge_is_flagged() {
        Instant readmittedAt = DISCHARGED_AT.plus(Duration.ofDays(30));
        care.given(homeWithPackageRunning())
                .when(margaret.recordReadmission(readmittedAt))
                .expectEvents(readmitted(readmittedAt, true, margaret.admissionId), suspendedByReadmission(readmittedAt));
    }

    @Test
    void an_admission_thirty_one_days_after_discharge_is_not_a_readmission() {
        Instant admittedAt = DISCHARGED_AT.plus(Duration.ofDays(31));
        care.given(homeWithPackageRunning())
                .when(margaret.recordReadmission(admittedAt))
                .expectEvents(readmitted(admittedAt, false, null), suspendedByReadmission(admittedAt));
    }

    @Test
    void a_first_admission_is_never_a_readmission() {
        care.given(margaret.registered())
                .when(margaret.recordAdmission())
                .expectEvents(margaret.admitted());
    }
}
