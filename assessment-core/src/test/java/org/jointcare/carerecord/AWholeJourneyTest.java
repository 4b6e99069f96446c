package org.jointcare.carerecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.jointcare.carerecord.assessment.*;
import org.jointcare.carerecord.carepackage.*;
import org.jointcare.carerecord.closure.*;
import org.jointcare.carerecord.consent.*;
import org.jointcare.carerecord.hospital.*;
import org.jointcare.carerecord.referral.*;
import org.jointcare.carerecord.registration.*;
import org.jointcare.carerecord.review.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One person's journey from registration to closure and back, through a real command bus and
 * event store, as the application runs it: the rules hold together, not only one at a time.
 */
class AWholeJourneyTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final UUID person = UUID.randomUUID();
    private final Actor linkworker = new Actor("lw.ada", Role.LINKWORKER, "SC-NORTH");
    private final Actor nurse = new Actor("dn.ben", Role.DISTRICT_NURSE, "DN-NORTH");
    private final Actor gp = new Actor("gp.cho", Role.GP_PRACTICE, "J82034");
    private final Actor ward = new Actor("hd.dee", Role.HOSPITAL_DISCHARGE_TEAM, "RD1");
    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void startAxon() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(CareRecord.class)
                .registerComponent(NhsNumberRegistry.class, c -> new InMemoryNhsNumberRegistry())
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    private Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    @Test
    void a_person_goes_from_referral_through_hospital_to_review_and_closure_and_is_referred_again() {
        commands.sendAndWait(new RegisterPerson(person, new NhsNumber("943 476 5919"),
                new PersonDetails("Edith", "Marsh", LocalDate.of(1931, 5, 4), "J82034", "North Wiltshire",
                        "English", false, null, LivingSituation.LIVES_ALONE,
                        List.of(new Carer("Tom Marsh", "son", "07700 900123", "Works full time")), null),
                linkworker, day(0)));
        commands.sendAndWait(new RecordConsent(person, ConsentDecision.AGREED, null, linkworker, day(0)));
        UUID referral = UUID.randomUUID();
        commands.sendAndWait(new ReceiveReferral(person, referral, ReferralSource.GP, new Requester("Dr Cho", "J82034"),
                "Falls at home, struggling to wash", Urgency.SOON, gp, day(0)));
        commands.sendAndWait(new AcceptReferral(person, referral, "lw.ada", linkworker, day(1)));
        UUID assessment = UUID.randomUUID();
        commands.sendAndWait(new StartJointAssessment(person, assessment, referral, "lw.ada", linkworker, day(2)));
        List<OutcomeAssessment> outcomes = List.of(
                new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, UnableReason.CANNOT_WITHOUT_HELP, null),
                new OutcomeAssessment(CareActOutcome.USING_THE_HOME_SAFELY, false, UnableReason.ENDANGERS_SELF_OR_OTHERS, "falls"));
        commands.sendAndWait(new AddContribution(person, assessment, new Contribution(Discipline.SOCIAL_CARE, "Ada",
                "Needs help washing", List.of(new IdentifiedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, "washing")),
                outcomes, null, null), linkworker, day(3)));
        commands.sendAndWait(new AddContribution(person, assessment, new Contribution(Discipline.DISTRICT_NURSING, "Ben",
                "Leg ulcer", List.of(new IdentifiedNeed(NeedDomain.SKIN, NeedLevel.MODERATE, "leg ulcer dressing")),
                List.of(), null, null), nurse, day(3)));
        commands.sendAndWait(new CompleteJointAssessment(person, assessment, new AssessmentConclusion(
                List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, Responsibility.SOCIAL_CARE, "washing"),
                        new AgreedNeed(NeedDomain.SKIN, NeedLevel.MODERATE, Responsibility.HEALTH, "dressings")),
                true, outcomes, true, "Wants to stay at home", "Son needs a break", ChcChecklistResult.NEGATIVE),
                linkworker, day(4)));
        UUID carePackage = UUID.randomUUID();
        commands.sendAndWait(new ArrangeCarePackage(person, carePackage, assessment, LocalDate.of(2026, 3, 9),
                new PackageTerms(List.of(
                        new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Kennet Care", 7, 2150,
                                Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE)),
                        new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, "Wiltshire Community", 2, 0,
                                Funding.health(), Set.of(NeedDomain.SKIN))), 1500),
                linkworker, day(5)));
        UUID admission = UUID.randomUUID();
        commands.sendAndWait(new RecordHospitalAdmission(person, admission,
                new Admission("Great Western Hospital", "RD1", "Ward 4", day(20), AdmissionType.EMERGENCY, false), ward, day(20)));
        commands.sendAndWait(new PlanDischarge(person, admission, new DischargePlan(LocalDate.of(2026, 3, 26), true,
                DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT, List.of("Restart home care")), ward, day(21)));
        commands.sendAndWait(new RecordDischarge(person, admission, new DischargeSummary(day(26), DischargeDestination.USUAL_RESIDENCE,
                "Chest infection treated", List.of(new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "5 days")),
                List.of(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Check ulcer")), "Leaflet given",
                DelayReason.AWAITING_CARE_PACKAGE), ward, day(26)));
        commands.sendAndWait(new AcknowledgeDischargeNotice(person, admission, gp, day(27)));
        commands.sendAndWait(new ResumeCarePackage(person, carePackage, linkworker, day(27)));
        UUID firstReview = ReviewSchedule.scheduledReviewId(carePackage, LocalDate.of(2026, 5, 4));
        commands.sendAndWait(new CompleteReview(person, firstReview, LocalDate.of(2026, 4, 28),
                new ReviewFindings(true, ReviewOutcome.CONTINUE, "Happy with carers", "Managing", null), linkworker, day(57)));
        commands.sendAndWait(new CloseCareRecord(person, ClosureReason.MOVED_AWAY, "Moved to daughter's in Leeds", linkworker, day(90)));
        commands.sendAndWait(new ReceiveReferral(person, UUID.randomUUID(), ReferralSource.CARER,
                new Requester("Tom Marsh", null), "Back in the area", Urgency.ROUTINE, linkworker, day(200)));

        List<String> happened = eventsOf(person).stream().map(e -> e.getPayloadType().getSimpleName()).toList();
        assertThat(happened).containsExactly(
                "PersonRegistered", "ConsentRecorded", "ReferralReceived", "ReferralAccepted", "JointAssessmentStarted",
                "ContributionAdded", "ContributionAdded", "JointAssessmentCompleted", "CarePackageArranged",
                "ReviewScheduled", "PersonAdmittedToHospital", "CarePackageSuspended", "DischargePlanned",
                "PersonDischargedFromHospital", "DischargeNoticeRaised", "DischargeNoticeAcknowledged",
                "CarePackageResumed", "ReviewCompleted", "ReviewScheduled", "CarePackageEnded", "CareRecordClosed",
                "CareRecordReopened", "ReferralReceived");
        PersonDischargedFromHospital discharge = (PersonDischargedFromHospital) eventsOf(person).stream()
                .map(EventMessage::getPayload).filter(PersonDischargedFromHospital.class::isInstance).findFirst().orElseThrow();
        assertThat(discharge.daysLaterThanPlanned()).isEqualTo(2);
        JointAssessmentCompleted completed = (JointAssessmentCompleted) eventsOf(person).stream()
                .map(EventMessage::getPayload).filter(JointAssessmentCompleted.class::isInstance).findFirst().orElseThrow();
        assertThat(completed.eligibility().eligible()).isTrue();
    }

    private List<? extends EventMessage<?>> eventsOf(UUID careRecordId) {
        DomainEventStream stream = axon.eventStore().readEvents(careRecordId.toString());
        return stream.asStream().toList();
    }
}
