package org.jointcare.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.views.sharing.EmergencyAccessGrant;
import org.jointcare.views.sharing.SharingFacts;
import org.junit.jupiter.api.Test;

/** The sharing rules one by one, without the web around them. */
class SharingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final SharingPolicy policy = new SharingPolicy(new ProfessionalDirectory() {
        @Override
        public Optional<ProfessionalAccount> account(String userId) {
            return Optional.empty();
        }

        @Override
        public Set<String> practicesServedBy(String team) {
            return Map.of("DN-NORTH", Set.of("J82034", "J82035"), "DN-SOUTH", Set.of("J82036")).getOrDefault(team, Set.of());
        }
    });

    private final CareProfessional gpRiverside = new CareProfessional("gp", "GP", Role.GP_PRACTICE, "J82034", Set.of(), null);
    private final CareProfessional gpSouthgate = new CareProfessional("gp2", "GP", Role.GP_PRACTICE, "J82036", Set.of(), null);
    private final CareProfessional linkworkerNorth = new CareProfessional("lw", "LW", Role.LINKWORKER, "SC-NORTH",
            Set.of("J82034", "J82035"), null);
    private final CareProfessional linkworkerSouth = new CareProfessional("lw2", "LW", Role.LINKWORKER, "SC-SOUTH",
            Set.of("J82036"), null);
    private final CareProfessional nurseNorth = new CareProfessional("dn", "DN", Role.DISTRICT_NURSE, "DN-NORTH", Set.of(), "DN-NORTH");
    private final CareProfessional nurseSouth = new CareProfessional("dn2", "DN", Role.DISTRICT_NURSE, "DN-SOUTH", Set.of(), "DN-SOUTH");
    private final CareProfessional hospital = new CareProfessional("h", "H", Role.HOSPITAL_DISCHARGE_TEAM, "RD1", Set.of(), null);
    private final CareProfessional commissioner = new CareProfessional("c", "C", Role.COMMISSIONER, "QOX", Set.of(), null);
    private final CareProfessional privacyOfficer = new CareProfessional("p", "P", Role.PRIVACY_OFFICER, "QOX", Set.of(), null);

    @Test
    void gpStaffReachThePeopleRegisteredAtTheirPractice() {
        assertThat(allowed(gpRiverside, person())).isTrue();
        assertThat(allowed(gpSouthgate, person())).isFalse();
    }

    @Test
    void aLinkworkerReachesTheirAttachedPracticesAndWhoeverIsAllocatedToThem() {
        assertThat(allowed(linkworkerNorth, person())).isTrue();
        assertThat(allowed(linkworkerSouth, person())).isFalse();
        assertThat(allowed(linkworkerSouth, person("lw2", null, null, null, null, List.of()))).isTrue();
    }

    @Test
    void aDistrictNurseReachesTheTeamsCaseloadAndThePracticesItServes() {
        assertThat(allowed(nurseNorth, person())).isTrue();
        assertThat(allowed(nurseSouth, person())).isFalse();
        assertThat(allowed(nurseSouth, person(null, "DN-SOUTH", null, null, null, List.of()))).isTrue();
    }

    @Test
    void aHospitalTeamReachesOnlyPeopleWithAnOpenAdmissionThere() {
        assertThat(allowed(hospital, person())).isFalse();
        SharingFacts admitted = person(null, null, new SharingFacts.OpenAdmission(UUID.randomUUID(), "RD1"),
                null, null, List.of());
        assertThat(allowed(hospital, admitted)).isTrue();
        SharingFacts elsewhere = person(null, null, new SharingFacts.OpenAdmission(UUID.randomUUID(), "RX9"),
                null, null, List.of());
        assertThat(allowed(hospital, elsewhere)).isFalse();
        assertThat(policy.decide(hospital, person(), NOW, "RD1").allowed()).isTrue();
        assertThat(policy.decide(hospital, person(), NOW, "RX9").allowed()).isFalse();
    }

    @Test
    void theTrustThatRecordedADischargeKeepsTheRelationshipForTheCorrectionWindowOnly() {
        SharingFacts discharged = new SharingFacts(UUID.randomUUID(), null, "Edith", "Smith",
                LocalDate.of(1936, 4, 12), "J82034", "North", null, null, null, null, null, null, List.of(), false,
                new SharingFacts.LastDischarge(UUID.randomUUID(), "RD1", NOW));
        assertThat(allowed(hospital, discharged)).isTrue();
        assertThat(policy.decide(hospital, discharged, NOW).basis()).contains("may correct the summary until 2026-03-09T09:00:00Z");
        assertThat(policy.decide(hospital, discharged, NOW.plus(java.time.Duration.ofDays(7)).minusSeconds(1)).allowed()).isTrue();
        assertThat(policy.decide(hospital, discharged, NOW.plus(java.time.Duration.ofDays(7))).allowed()).isFalse();
        CareProfessional otherTrust = new CareProfessional("h2", "H", Role.HOSPITAL_DISCHARGE_TEAM, "RX9", Set.of(), null);
        assertThat(allowed(otherTrust, discharged)).isFalse();
    }

    @Test
    void afterARefusalElsewhereOnlyTheRegisteredPracticeReachesTheRecordToRecordTheLaterDecision() {
        SharingFacts refusedToTheLinkworker = person(null, null, null, ConsentDecision.REFUSED, "SC-NORTH", List.of());
        assertThat(allowed(gpRiverside, refusedToTheLinkworker)).isFalse();
        assertThat(policy.decideConsentChange(gpRiverside, refusedToTheLinkworker, NOW).allowed()).isTrue();
        assertThat(policy.decideConsentChange(gpRiverside, refusedToTheLinkworker, NOW).basis())
                .contains("after a refusal recorded by SC-NORTH");
        assertThat(policy.decideConsentChange(gpSouthgate, refusedToTheLinkworker, NOW).allowed()).isFalse();
        assertThat(policy.decideConsentChange(nurseNorth, refusedToTheLinkworker, NOW).allowed()).isFalse();
        assertThat(policy.decideConsentChange(linkworkerNorth, refusedToTheLinkworker, NOW).allowed()).isTrue();
    }

    @Test
    void commissionersAndPrivacyOfficersNeverReachAPerson() {
        assertThat(allowed(commissioner, person())).isFalse();
        assertThat(allowed(privacyOfficer, person())).isFalse();
        assertThat(policy.servesPractice(commissioner, "J82034")).isEmpty();
    }

    @Test
    void refusedConsentHidesThePersonFromEveryoneOutsideTheRecordingOrganisation() {
        SharingFacts refusedAtPractice = person(null, null, null, ConsentDecision.REFUSED, "J82034", List.of());
        assertThat(allowed(gpRiverside, refusedAtPractice)).isTrue();
        assertThat(allowed(linkworkerNorth, refusedAtPractice)).isFalse();
        assertThat(policy.decide(linkworkerNorth, refusedAtPractice, NOW).basis()).contains("consent to share refused");
        assertThat(allowed(nurseNorth, refusedAtPractice)).isFalse();
        SharingFacts agreed = person(null, null, null, ConsentDecision.AGREED_WITH_LIMITS, "J82034", List.of());
        assertThat(allowed(linkworkerNorth, agreed)).isTrue();
    }

    @Test
    void emergencyAccessReachesAnyoneForItsTimeOnly() {
        EmergencyAccessGrant grant = new EmergencyAccessGrant(UUID.randomUUID(), "c", Role.COMMISSIONER, "ICB",
                "unconscious", NOW.minusSeconds(60), NOW.plusSeconds(3600));
        SharingFacts refused = person(null, null, null, ConsentDecision.REFUSED, "J82034", List.of(grant));
        assertThat(policy.decide(commissioner, refused, NOW).allowed()).isTrue();
        assertThat(policy.decide(commissioner, refused, NOW).basis()).startsWith("emergency access");
        assertThat(policy.decide(commissioner, refused, NOW.plusSeconds(3600)).allowed()).isFalse();
        assertThat(policy.decide(privacyOfficer, refused, NOW).allowed()).isFalse();
    }

    private boolean allowed(CareProfessional who, SharingFacts person) {
        return policy.decide(who, person, NOW).allowed();
    }

    private static SharingFacts person() {
        return person(null, null, null, null, null, List.of());
    }

    private static SharingFacts person(String linkworker, String team, SharingFacts.OpenAdmission admission,
                                       ConsentDecision consent, String consentOrganisation,
                                       List<EmergencyAccessGrant> grants) {
        return new SharingFacts(UUID.randomUUID(), null, "Edith", "Smith", LocalDate.of(1936, 4, 12), "J82034",
                "North", linkworker, team, admission, consent, consentOrganisation, null, grants, false, null);
    }
}
