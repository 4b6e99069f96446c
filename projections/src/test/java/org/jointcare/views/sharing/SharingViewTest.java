package org.jointcare.views.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jointcare.views.testing.Professionals.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharingViewTest {

    private static final SharingScope EVERY_PRACTICE =
            SharingScope.ofPractices(Set.of(PRACTICE_NORTH, PRACTICE_SOUTH, PRACTICE_WEST));

    private final EventLog log = new EventLog();
    private ViewHarness view;
    private SharingQueries sharing;

    @BeforeEach
    void setUp() {
        view = new ViewHarness();
        view.handlers(new SharingProjection(view.jdbc()));
        sharing = new SharingQueries(view.namedJdbc());
    }

    @Test
    void aNewlyRegisteredPersonIsSeenByTheirPracticeOnlyThroughTheirRegistration() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z");
        view.play(log);

        SharingFacts facts = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(facts.registeredPracticeCode()).isEqualTo(PRACTICE_NORTH);
        assertThat(facts.locality()).isEqualTo("North");
        assertThat(facts.givenName()).isEqualTo("Mary");
        assertThat(facts.nhsNumber()).hasSize(10);
        assertThat(facts.allocatedLinkworkerUserId()).isNull();
        assertThat(facts.nursingTeamCode()).isNull();
        assertThat(facts.openAdmission()).isNull();
        assertThat(facts.consentDecision()).isNull();
        assertThat(facts.emergencyAccessGrants()).isEmpty();
        assertThat(facts.closed()).isFalse();
        assertThat(sharing.factsFor(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aCorrectedNameAndDateOfBirthAreWhatSearchesFindFromThenOn() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-01-09T10:00:00Z").detailsChanged(before -> new PersonDetails("Mary", "Hewes",
                        before.dateOfBirth().plusYears(1), before.registeredPracticeCode(), "South", before.preferredLanguage(),
                        before.interpreterNeeded(), before.communicationNeeds(), before.livingSituation(), before.carers(), before.characteristics()),
                        "Surname misspelt at registration", gp(PRACTICE_NORTH));
        view.play(log);

        SharingFacts facts = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(facts.familyName()).isEqualTo("Hewes");
        assertThat(facts.locality()).isEqualTo("South");
        assertThat(facts.registeredPracticeCode()).isEqualTo(PRACTICE_NORTH);
        assertThat(sharing.search(EVERY_PRACTICE, "Hewes", mary.person().dateOfBirth(), 0, 10))
                .extracting(SharingFacts::careRecordId).containsExactly(mary.id());
        assertThat(sharing.search(EVERY_PRACTICE, "Hughes", mary.person().dateOfBirth(), 0, 10)).isEmpty();
    }

    @Test
    void aMoveGivesTheNewPracticeThePersonAndTakesThemFromTheOld() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-02-01T10:00:00Z").movedPractice(PRACTICE_SOUTH, gp(PRACTICE_NORTH));
        view.play(log);

        assertThat(sharing.factsFor(mary.id()).orElseThrow().registeredPracticeCode()).isEqualTo(PRACTICE_SOUTH);
        assertThat(sharing.registeredAt(Set.of(PRACTICE_NORTH), 0, 10)).isEmpty();
        assertThat(sharing.registeredAt(Set.of(PRACTICE_SOUTH), 0, 10)).extracting(SharingFacts::careRecordId)
                .containsExactly(mary.id());
    }

    @Test
    void theLatestAcceptedReferralDecidesTheLinkworkerAndTheNursingTeamFollowsItsAssignment() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
                .at("2026-01-07T10:00:00Z").referralAccepted("anna.lw")
                .at("2026-03-02T10:00:00Z").referredByPractice(Urgency.ROUTINE, "Carer struggling")
                .at("2026-03-09T10:00:00Z").referralAccepted("ben.lw")
                .nursingTeamAssigned(NURSING_SOUTH);
        view.play(log);

        SharingFacts facts = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(facts.allocatedLinkworkerUserId()).isEqualTo("ben.lw");
        assertThat(facts.nursingTeamCode()).isEqualTo(NURSING_SOUTH);
    }

    @Test
    void anOpenAdmissionGivesTheHospitalARelationshipUntilDischarge() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-02-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        view.play(log);
        SharingFacts inHospital = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(inHospital.inHospital()).isTrue();
        assertThat(inHospital.openAdmission()).isEqualTo(new SharingFacts.OpenAdmission(mary.admissionId(), ROYAL_DEVON));

        mary.at("2026-02-09T11:00:00Z").discharged();
        view.play(log);
        SharingFacts discharged = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(discharged.openAdmission()).isNull();
        // the trust that recorded the discharge, and when: the policy gives it the correction window from then
        assertThat(discharged.lastDischarge()).isEqualTo(new SharingFacts.LastDischarge(mary.admissionId(), ROYAL_DEVON,
                java.time.Instant.parse("2026-02-09T11:00:00Z")));
    }

    @Test
    void consentRefusedNamesTheOrganisationThatRecordedItAndAChangeTakesEffectAtOnce() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .consent(ConsentDecision.REFUSED, null, gp(PRACTICE_NORTH));
        view.play(log);
        SharingFacts refused = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(refused.consentRefused()).isTrue();
        assertThat(refused.consentRecordedByOrganisationCode()).isEqualTo(PRACTICE_NORTH);

        mary.at("2026-01-20T10:00:00Z").consent(ConsentDecision.AGREED_WITH_LIMITS, "Not to be shared with her son",
                linkworker("anna.lw"));
        view.play(log);
        SharingFacts limited = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(limited.consentDecision()).isEqualTo(ConsentDecision.AGREED_WITH_LIMITS);
        assertThat(limited.consentRecordedByOrganisationCode()).isEqualTo(SOCIAL_CARE_NORTH);
        assertThat(limited.consentLimits()).isEqualTo("Not to be shared with her son");
    }

    @Test
    void theRefusalsAListMustLeaveOutAreReadOnlyFromThePeopleInTheCallersScope() {
        CareRecordStory north = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .consent(ConsentDecision.REFUSED, null, gp(PRACTICE_NORTH));
        CareRecordStory south = log.register("Tom", "Hughes", PRACTICE_SOUTH, "2026-01-05T09:30:00Z")
                .consent(ConsentDecision.REFUSED, null, gp(PRACTICE_SOUTH));
        log.register("Ann", "Hughes", PRACTICE_NORTH, "2026-01-05T10:00:00Z");
        view.play(log);

        SharingScope northOnly = SharingScope.ofPractices(Set.of(PRACTICE_NORTH));
        assertThat(sharing.consentRefusedOutside(northOnly, SOCIAL_CARE_NORTH)).extracting(SharingFacts::careRecordId)
                .containsExactly(north.id());
        assertThat(sharing.consentRefusedOutside(EVERY_PRACTICE, SOCIAL_CARE_NORTH)).extracting(SharingFacts::careRecordId)
                .containsExactlyInAnyOrder(north.id(), south.id());
        // the organisation that recorded the refusal is not hidden from
        assertThat(sharing.consentRefusedOutside(northOnly, PRACTICE_NORTH)).isEmpty();
        assertThat(sharing.consentRefusedOutside(SharingScope.NOBODY, SOCIAL_CARE_NORTH)).isEmpty();
    }

    @Test
    void emergencyAccessIsKeptWithWhoAndWhyAndLastsOnlyUntilItExpires() {
        UUID accessId = UUID.randomUUID();
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .consent(ConsentDecision.REFUSED, null, gp(PRACTICE_NORTH))
                .at("2026-02-01T23:00:00Z").emergencyAccess(accessId, districtNurse(NURSING_SOUTH),
                        "Found collapsed at home, out of hours", Duration.ofHours(4));
        view.play(log);
        view.play(log);

        SharingFacts facts = sharing.factsFor(mary.id()).orElseThrow();
        assertThat(facts.emergencyAccessGrants()).singleElement().satisfies(grant -> {
            assertThat(grant.accessId()).isEqualTo(accessId);
            assertThat(grant.userId()).isEqualTo("nurse.dn-south");
            assertThat(grant.organisationCode()).isEqualTo(NURSING_SOUTH);
            assertThat(grant.reason()).isEqualTo("Found collapsed at home, out of hours");
            assertThat(grant.expiresAt()).isEqualTo(Instant.parse("2026-02-02T03:00:00Z"));
        });
        assertThat(facts.emergencyAccessFor("nurse.dn-south", Instant.parse("2026-02-02T02:59:59Z"))).isPresent();
        assertThat(facts.emergencyAccessFor("nurse.dn-south", Instant.parse("2026-02-02T03:00:00Z"))).isEmpty();
        assertThat(facts.emergencyAccessFor("someone.else", Instant.parse("2026-02-02T01:00:00Z"))).isEmpty();
    }

    @Test
    void aClosedRecordIsFlaggedAndANewReferralReopensIt() {
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .at("2026-04-01T09:00:00Z").closed(ClosureReason.MOVED_AWAY);
        view.play(log);
        assertThat(sharing.factsFor(mary.id()).orElseThrow().closed()).isTrue();

        mary.at("2026-06-01T09:00:00Z").referredByPractice(Urgency.ROUTINE, "Moved back to the area");
        view.play(log);
        assertThat(sharing.factsFor(mary.id()).orElseThrow().closed()).isFalse();
    }

    @Test
    void peopleAreFoundByNhsNumberAsWrittenAndByFamilyNameAndDateOfBirth() {
        CareRecordStory mary = log.register("Mary", "Hughes", LocalDate.of(1931, 4, 2), PRACTICE_NORTH, "North", "2026-01-05T09:00:00Z");
        CareRecordStory ann = log.register("Ann", "hughes", LocalDate.of(1931, 4, 2), PRACTICE_SOUTH, "South", "2026-01-05T10:00:00Z");
        log.register("Tom", "Hughes", LocalDate.of(1944, 1, 1), PRACTICE_NORTH, "North", "2026-01-05T11:00:00Z");
        log.registerWithoutNhsNumber("Piotr", "Nowak", PRACTICE_WEST, "2026-01-06T09:00:00Z");
        view.play(log);

        String nhs = sharing.factsFor(mary.id()).orElseThrow().nhsNumber();
        String asWritten = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + "-" + nhs.substring(6);
        assertThat(sharing.findByNhsNumber(asWritten)).extracting(SharingFacts::careRecordId).containsExactly(mary.id());
        assertThat(sharing.findByNhsNumber("0000000000")).isEmpty();

        assertThat(sharing.search(EVERY_PRACTICE, "HUGHES", LocalDate.of(1931, 4, 2), 0, 10))
                .extracting(SharingFacts::givenName).containsExactly("Ann", "Mary");
        assertThat(sharing.search(EVERY_PRACTICE, "Hughes", null, 0, 10)).hasSize(3);
        assertThat(sharing.search(EVERY_PRACTICE, "Hughes", null, 1, 2)).extracting(SharingFacts::givenName).containsExactly("Tom");
        assertThat(sharing.search(EVERY_PRACTICE, "Nowak", null, 0, 10)).singleElement()
                .satisfies(piotr -> assertThat(piotr.nhsNumber()).isNull());
        assertThat(ann.id()).isNotNull();
    }

    @Test
    void aScopedSearchFindsOnlyPeopleOnOneOfTheScopesAxesAndCutsWholePagesFromThem() {
        // many Hughes at the south practice, whom no axis below reaches
        for (int i = 0; i < 6; i++) {
            log.register("Aaron" + i, "Hughes", PRACTICE_SOUTH, "2026-01-05T08:0" + i + ":00Z");
        }
        CareRecordStory atPractice = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z");
        CareRecordStory allocated = log.register("Nell", "Hughes", PRACTICE_WEST, "2026-01-05T09:10:00Z")
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                .at("2026-01-07T10:00:00Z").referralAccepted("anna.lw");
        CareRecordStory nursed = log.register("Olive", "Hughes", PRACTICE_WEST, "2026-01-05T09:20:00Z")
                .nursingTeamAssigned(NURSING_NORTH);
        CareRecordStory admitted = log.register("Peggy", "Hughes", PRACTICE_WEST, "2026-01-05T09:30:00Z")
                .at("2026-02-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        CareRecordStory broken = log.register("Queenie", "Hughes", PRACTICE_WEST, "2026-01-05T09:40:00Z")
                .at("2026-02-02T10:00:00Z").emergencyAccess(UUID.randomUUID(), dischargeTeam(DERRIFORD), "Unconscious", Duration.ofHours(1));
        view.play(log);

        SharingScope linkworker = new SharingScope(Set.of(PRACTICE_NORTH), "anna.lw", null, null, null, null);
        assertThat(sharing.search(linkworker, "hughes", null, 0, 2)).extracting(SharingFacts::careRecordId)
                .containsExactly(atPractice.id(), allocated.id());
        assertThat(sharing.search(linkworker, "hughes", null, 1, 2)).isEmpty();
        assertThat(sharing.search(new SharingScope(Set.of(), null, NURSING_NORTH, null, null, null), "Hughes", null, 0, 10))
                .extracting(SharingFacts::careRecordId).containsExactly(nursed.id());
        assertThat(sharing.search(new SharingScope(Set.of(), null, null, ROYAL_DEVON, null, null), "Hughes", null, 0, 10))
                .extracting(SharingFacts::careRecordId).containsExactly(admitted.id());
        SharingScope derriford = new SharingScope(Set.of(), null, null, DERRIFORD, null, null);
        String holder = dischargeTeam(DERRIFORD).userId();
        assertThat(sharing.search(derriford, "Hughes", null, 0, 10)).isEmpty();
        assertThat(sharing.search(derriford.withEmergencyAccessOf(holder, Instant.parse("2026-02-02T10:30:00Z")), "Hughes", null, 0, 10))
                .extracting(SharingFacts::careRecordId).containsExactly(broken.id());
        assertThat(sharing.search(derriford.withEmergencyAccessOf(holder, Instant.parse("2026-02-02T11:00:00Z")), "Hughes", null, 0, 10))
                .isEmpty();
        assertThat(sharing.search(SharingScope.NOBODY, "Hughes", null, 0, 10)).isEmpty();
        assertThat(sharing.search(SharingScope.ofPractices(Set.of(PRACTICE_SOUTH)), "Hughes", null, 0, 100)).hasSize(6);
    }

    @Test
    void aPracticeListsItsRegisteredPeopleInNameOrderPageByPage() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z");
        log.register("Alan", "Abbott", PRACTICE_NORTH, "2026-01-05T09:10:00Z");
        log.register("Zoe", "Young", PRACTICE_SOUTH, "2026-01-05T09:20:00Z");
        log.register("Bea", "Abbott", PRACTICE_WEST, "2026-01-05T09:30:00Z");
        view.play(log);

        assertThat(sharing.registeredAt(Set.of(PRACTICE_NORTH), 0, 10)).extracting(SharingFacts::givenName)
                .containsExactly("Alan", "Mary");
        assertThat(sharing.registeredAt(Set.of(PRACTICE_NORTH, PRACTICE_WEST), 0, 2)).extracting(SharingFacts::givenName)
                .containsExactly("Alan", "Bea");
        assertThat(sharing.registeredAt(Set.of(PRACTICE_NORTH, PRACTICE_WEST), 1, 2)).extracting(SharingFacts::givenName)
                .containsExactly("Mary");
        assertThat(sharing.registeredAt(Set.of(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> sharing.registeredAt(Set.of(PRACTICE_NORTH), 0, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResetEmptiesTheViewAndAReplayRebuildsItRowForRow() {
        log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
                .referralAccepted("anna.lw")
                .emergencyAccess(UUID.randomUUID(), dischargeTeam(ROYAL_DEVON), "Unconscious in A&E", Duration.ofHours(2))
                .at("2026-02-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        log.register("Tom", "Baker", PRACTICE_SOUTH, "2026-01-07T09:00:00Z")
                .consent(ConsentDecision.REFUSED, null, gp(PRACTICE_SOUTH))
                .at("2026-03-01T09:00:00Z").closed(ClosureReason.DIED);
        view.play(log);
        var livePeople = view.rows("sharing_person", "care_record_id");
        var liveGrants = view.rows("sharing_emergency_access", "access_id");

        view.reset();
        assertThat(view.count("sharing_person")).isZero();
        assertThat(view.count("sharing_emergency_access")).isZero();

        view.replay(log);
        assertThat(view.rows("sharing_person", "care_record_id")).isEqualTo(livePeople);
        assertThat(view.rows("sharing_emergency_access", "access_id")).isEqualTo(liveGrants);
    }
}
