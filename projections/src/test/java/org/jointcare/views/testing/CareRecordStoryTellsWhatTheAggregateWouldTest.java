package org.jointcare.views.testing;

import org.jointcare.carerecord.carers.ArrangeCarerSupport;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.carers.CarryOutCarersAssessment;
import org.jointcare.carerecord.carers.RequestCarersAssessment;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.death.AcknowledgeDeathNotice;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.death.RecordDeath;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.enteredinerror.MarkEnteredInError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.testing.Professionals.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jointcare.carerecord.CareRecord;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.access.RecordEmergencyAccess;
import org.jointcare.carerecord.assessment.AddContribution;
import org.jointcare.carerecord.assessment.CompleteJointAssessment;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.assessment.StartJointAssessment;
import org.jointcare.carerecord.carepackage.AmendCarePackage;
import org.jointcare.carerecord.carepackage.ArrangeCarePackage;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.ReviseCarePackage;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.EndCarePackage;
import org.jointcare.carerecord.carepackage.ResumeCarePackage;
import org.jointcare.carerecord.carepackage.SuspendCarePackage;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.closure.CloseCareRecord;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.RecordNursingVisit;
import org.jointcare.carerecord.followup.RecordSocialCareFollowUp;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.CorrectDischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.hospital.PlanDischarge;
import org.jointcare.carerecord.hospital.RecordDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.referral.CloseReferral;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.AssignNursingTeam;
import org.jointcare.carerecord.registration.InMemoryNhsNumberRegistry;
import org.jointcare.carerecord.registration.NhsNumberRegistry;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.ChangePersonDetails;
import org.jointcare.carerecord.registration.MoveToAnotherPractice;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.carerecord.review.ScheduleReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The view tests are only as true as their event streams. This sends the commands behind a
 * story to the real CareRecord aggregate and checks it applies exactly the events the story
 * told, follow-on events (reviews scheduled, packages suspended on admission, notices raised,
 * what closes with the record) included.
 */
class CareRecordStoryTellsWhatTheAggregateWouldTest {

    private Configuration axon;

    @BeforeEach
    void startTheAggregate() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(configuration -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .registerComponent(NhsNumberRegistry.class, configuration -> new InMemoryNhsNumberRegistry())
                .configureAggregate(CareRecord.class)
                .buildConfiguration();
        axon.start();
    }

    @AfterEach
    void stopTheAggregate() {
        axon.shutdown();
    }

    @Test
    void aWholeLifeOfHospitalStaysReviewsAndAClosedAndReopenedRecord() {
        EventLog log = new EventLog();
        CareRecordStory mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .nowLivingAlone(linkworker("anna.lw"))
                .consent(ConsentDecision.AGREED_WITH_LIMITS, "Not with her son", gp(PRACTICE_NORTH))
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
                .at("2026-01-07T10:00:00Z").referralAccepted("anna.lw")
                .assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.GP).contributed(Discipline.DISTRICT_NURSING)
                .contributed(Discipline.OCCUPATIONAL_THERAPY)
                .at("2026-01-10T10:00:00Z").assessmentCompleted()
                .at("2026-01-12T10:00:00Z").packageArranged(Services.homeCare(14, 1850), Services.districtNursing(2, 4500))
                .at("2026-01-13T10:00:00Z").carersAssessmentRequested(Carers.JEAN, gp(PRACTICE_NORTH))
                .at("2026-01-20T10:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw")
                .at("2026-01-21T10:00:00Z").carerSupported(ServiceType.HOME_CARE, null, "anna.lw")
                .at("2026-02-01T10:00:00Z").packageAmended("Second carer needed", Services.homeCare(21, 1850))
                .at("2026-02-10T10:00:00Z").packageSuspended("Staying with her daughter")
                .at("2026-02-17T10:00:00Z").packageResumed()
                .at("2026-03-20T10:00:00Z").reviewCompleted(ReviewOutcome.CONTINUE)
                .at("2026-04-01T10:00:00Z").reviewRequested(LocalDate.of(2026, 4, 20), ReviewTrigger.CHANGE_IN_CIRCUMSTANCES)
                .at("2026-04-02T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-04-03T09:00:00Z").admissionNoticeAcknowledged()
                .at("2026-04-04T10:00:00Z").dischargePlanned(LocalDate.of(2026, 4, 7), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT)
                .at("2026-04-09T15:00:00Z").discharged(DischargeDestination.USUAL_RESIDENCE, DelayReason.AWAITING_CARE_PACKAGE,
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress leg ulcer"))
                .at("2026-04-10T09:00:00Z").dischargeNoticeAcknowledged()
                .packageResumed()
                .at("2026-04-10T11:00:00Z").nurseVisited(NURSING_NORTH, "Leg ulcer dressed")
                .at("2026-04-11T11:00:00Z").dischargeSummaryCorrected("Amoxicillin dose mistyped",
                        new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "250mg three times a day for 5 days"))
                .dischargeNoticeAcknowledged()
                .at("2026-04-12T11:00:00Z").nurseVisited(NURSING_NORTH, "Healing")
                .socialCareFollowedUp("anna.lw", "Package restarted, managing")
                .at("2026-04-25T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-04-28T15:00:00Z").discharged()
                .emergencyAccess(UUID.randomUUID(), districtNurse(NURSING_SOUTH), "Out of hours call", Duration.ofHours(4))
                .at("2026-05-01T10:00:00Z").reviewRequested(LocalDate.of(2026, 5, 20), ReviewTrigger.ON_REQUEST)
                .at("2026-05-15T10:00:00Z").reviewCompleted(ReviewOutcome.END)
                .at("2026-06-01T10:00:00Z").referredByPractice(Urgency.ROUTINE, "Carer struggling")
                .at("2026-06-02T10:00:00Z").referredByPractice(Urgency.SOON, "Falls again")
                .referralAccepted("ben.lw")
                .at("2026-06-02T12:00:00Z").movedPractice(PRACTICE_SOUTH, linkworker("ben.lw"))
                .carersAssessmentRequested(Carers.JEAN, linkworker("ben.lw"))
                .at("2026-06-03T10:00:00Z").closed(ClosureReason.MOVED_AWAY)
                .at("2026-09-01T10:00:00Z").referredByPractice(Urgency.URGENT, "Moved back, no support");

        assertThat(eventsTheAggregateApplies(log, mary)).isEqualTo(log.payloads());
    }

    @Test
    void aReviewThatFindsNeedsChangedLeadsToANewAssessmentAndAReplacementPackage() {
        EventLog log = new EventLog();
        CareRecordStory tom = log.register("Tom", "Baker", PRACTICE_SOUTH, "2026-01-06T09:00:00Z")
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Struggling with stairs")
                .referralAccepted("ben.lw").assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.DISTRICT_NURSING).assessmentCompleted()
                .at("2026-01-12T10:00:00Z").packageArranged(Services.meals(7, 450))
                .at("2026-02-25T10:00:00Z").reviewCompleted(ReviewOutcome.CHANGE)
                .at("2026-02-26T10:00:00Z").referredByPractice(Urgency.SOON, "Needs have changed")
                .referralClosed(ReferralClosure.SIMPLE_NEED_MET, "Grab rails fitted", linkworker("ben.lw"))
                .at("2026-02-27T10:00:00Z").referredByPractice(Urgency.SOON, "Needs have changed again")
                .referralAccepted("ben.lw").assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.GP).assessmentCompleted()
                .at("2026-03-02T10:00:00Z").packageRevised("Needs changed: help with stairs", Services.homeCare(14, 1850))
                .at("2026-03-10T10:00:00Z").packageEnded("Moved in with his son");

        assertThat(eventsTheAggregateApplies(log, tom)).isEqualTo(log.payloads());
    }

    @Test
    void entriesOfEveryKindEnteredInErrorThenADeathEveryoneToldOfAcknowledges() {
        EventLog log = new EventLog();
        CareRecordStory ada = log.register("Ada", "Price", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .nursingTeamAssigned(NURSING_NORTH)
                .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home");
        ada.at("2026-01-06T11:00:00Z").enteredInError(ada.lastReferralSequence(), "Meant for another patient", gp(PRACTICE_NORTH))
                .at("2026-01-07T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
                .referralAccepted("anna.lw").assessmentStarted()
                .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.GP);
        ada.at("2026-01-08T10:00:00Z").enteredInError(ada.lastContributionSequence(), "Another patient's history", gp(PRACTICE_NORTH))
                .contributed(Discipline.DISTRICT_NURSING)
                .at("2026-01-10T10:00:00Z").assessmentCompleted()
                .at("2026-01-12T10:00:00Z").packageArranged(Services.homeCare(14, 1850), Services.districtNursing(2, 4500))
                .at("2026-02-01T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        // the admission in error gives back the package it suspended
        ada.at("2026-02-02T09:00:00Z").enteredInError(ada.lastAdmissionSequence(), "Admitted under the wrong NHS number",
                        dischargeTeam(ROYAL_DEVON))
                .at("2026-02-10T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-02-14T15:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress leg ulcer"))
                .at("2026-02-15T10:00:00Z").nurseVisited(NURSING_NORTH, "Leg ulcer dressed");
        // the only visit of that discharge in error: it waits for its first visit again
        ada.at("2026-02-15T12:00:00Z").enteredInError(ada.lastNursingVisitSequence(), "Visit was to her neighbour",
                        districtNurse(NURSING_NORTH))
                .at("2026-02-16T10:00:00Z").nurseVisited(NURSING_NORTH, "Leg ulcer dressed")
                .at("2026-03-02T08:00:00Z").died(LocalDate.of(2026, 3, 1), districtNurse(NURSING_NORTH))
                .at("2026-03-02T12:00:00Z").deathNoticeAcknowledged(gp(PRACTICE_NORTH))
                .at("2026-03-03T12:00:00Z").deathNoticeAcknowledged(linkworker("anna.lw"))
                .deathNoticeAcknowledged(districtNurse(NURSING_NORTH));

        assertThat(eventsTheAggregateApplies(log, ada)).isEqualTo(log.payloads());
    }

    @Test
    void aDeathOnARecordAlreadyClosedThenAVisitFoundInErrorAfterIt() {
        EventLog log = new EventLog();
        CareRecordStory bill = log.register("Bill", "Moss", PRACTICE_SOUTH, "2026-01-05T09:00:00Z")
                .jointlyAssessedOn("2026-01-06", Discipline.GP)
                .at("2026-01-08T10:00:00Z").packageArranged(Services.meals(7, 450))
                .at("2026-01-20T22:00:00Z").admitted("Derriford", DERRIFORD, AdmissionType.PLANNED)
                .at("2026-01-25T15:00:00Z").discharged()
                .at("2026-01-26T10:00:00Z").nurseVisited(NURSING_SOUTH, "Wound checked")
                .at("2026-02-01T10:00:00Z").closed(ClosureReason.MOVED_AWAY)
                .at("2026-02-02T10:00:00Z").died(LocalDate.of(2026, 1, 31), gp(PRACTICE_SOUTH));
        bill.at("2026-02-03T10:00:00Z").enteredInError(bill.lastNursingVisitSequence(), "Recorded on the wrong person",
                        districtNurse(NURSING_SOUTH))
                .deathNoticeAcknowledged(gp(PRACTICE_SOUTH));

        assertThat(eventsTheAggregateApplies(log, bill)).isEqualTo(log.payloads());
    }

    @Test
    void halfAYearOfCareForFortyPeopleAndASecondIntake() {
        EventLog log = new EventLog();
        List<CareRecordStory> people = HalfAYearOfCare.tell(log, 19930401);
        sendTheCommandsBehind(log);
        java.util.Map<String, Long> kinds = log.payloads().stream().collect(java.util.stream.Collectors.groupingBy(
                event -> event instanceof EntryMarkedEnteredInError marked ? "InError." + marked.kind() : event.getClass().getSimpleName(),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        // the second intake brings what the first forty never had: deaths, their acknowledgements, entries in error
        assertThat(kinds.get("PersonDied")).isBetween(10L, 16L);
        assertThat(kinds).containsKeys("DeathNoticeAcknowledged", "InError.REFERRAL", "InError.ASSESSMENT_CONTRIBUTION",
                "InError.HOSPITAL_ADMISSION", "InError.NURSING_VISIT", "CarerSupportArranged");
        assertThat(log.payloads()).filteredOn(DeathNoticeAcknowledged.class::isInstance)
                .extracting(event -> ((DeathNoticeAcknowledged) event).by().role())
                .containsAll(org.jointcare.carerecord.death.AfterDeathPolicy.TOLD_OF_DEATH);

        for (CareRecordStory person : people) {
            List<Object> told = log.messages().stream()
                    .filter(message -> message.getAggregateIdentifier().equals(person.id().toString()))
                    .<Object>map(DomainEventMessage::getPayload).toList();
            assertThat(eventsApplied(person)).isEqualTo(told);
        }
    }

    private List<Object> eventsTheAggregateApplies(EventLog log, CareRecordStory story) {
        sendTheCommandsBehind(log);
        return eventsApplied(story);
    }

    private void sendTheCommandsBehind(EventLog log) {
        java.util.Map<String, Object> previous = new java.util.HashMap<>();
        for (DomainEventMessage<?> message : log.messages()) {
            commandBehind(message.getPayload(), previous.put(message.getAggregateIdentifier(), message.getPayload()))
                    .ifPresent(command -> axon.commandGateway().sendAndWait(command));
        }
    }

    private List<Object> eventsApplied(CareRecordStory story) {
        List<Object> applied = new ArrayList<>();
        axon.eventStore().readEvents(story.id().toString()).asStream().forEach(event -> applied.add(event.getPayload()));
        return applied;
    }

    /**
     * The command a professional gave for an event; empty for the events the aggregate applies by
     * itself, some of which only the event before on the record ({@code previous}) tells apart.
     */
    private static Optional<CareRecordCommand> commandBehind(Object event, Object previous) {
        CareRecordCommand command = null;
        boolean followsDeath = previous instanceof PersonDied;
        boolean followsAdmissionInError = previous instanceof EntryMarkedEnteredInError marked
                && marked.kind() == org.jointcare.carerecord.enteredinerror.EntryKind.HOSPITAL_ADMISSION;
        if (event instanceof PersonRegistered e) {
            command = new RegisterPerson(e.careRecordId(), e.nhsNumber(), e.person(), e.by(), e.at());
        } else if (event instanceof PersonDetailsChanged e) {
            command = new ChangePersonDetails(e.careRecordId(), e.person(), e.reason(), e.by(), e.at());
        } else if (event instanceof PersonMovedPractice e) {
            command = new MoveToAnotherPractice(e.careRecordId(), e.toPracticeCode(), e.by(), e.at());
        } else if (event instanceof NursingTeamAssigned e) {
            command = new AssignNursingTeam(e.careRecordId(), e.nursingTeamCode(), e.by(), e.at());
        } else if (event instanceof ConsentRecorded e) {
            command = new RecordConsent(e.careRecordId(), e.decision(), e.limits(), e.by(), e.at());
        } else if (event instanceof ReferralReceived e) {
            command = new ReceiveReferral(e.careRecordId(), e.referralId(), e.source(), e.requester(), e.reason(),
                    e.urgency(), e.by(), e.at());
        } else if (event instanceof ReferralAccepted e) {
            command = new AcceptReferral(e.careRecordId(), e.referralId(), e.linkworkerUserId(), e.by(), e.at());
        } else if (event instanceof ReferralClosed e && e.closure() != ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE) {
            command = new CloseReferral(e.careRecordId(), e.referralId(), e.closure(), e.reason(), e.by(), e.at());
        } else if (event instanceof JointAssessmentStarted e) {
            command = new StartJointAssessment(e.careRecordId(), e.assessmentId(), e.referralId(), e.leadAssessorUserId(),
                    e.by(), e.at());
        } else if (event instanceof ContributionAdded e) {
            command = new AddContribution(e.careRecordId(), e.assessmentId(), e.contribution(), e.by(), e.at());
        } else if (event instanceof JointAssessmentCompleted e) {
            command = new CompleteJointAssessment(e.careRecordId(), e.assessmentId(), e.conclusion(), e.by(), e.at());
        } else if (event instanceof CarePackageArranged e) {
            command = new ArrangeCarePackage(e.careRecordId(), e.packageId(), e.assessmentId(), e.startDate(), e.terms(),
                    e.by(), e.at());
        } else if (event instanceof CarePackageRevised e) {
            command = new ReviseCarePackage(e.careRecordId(), e.packageId(), e.replacesPackageId(), e.assessmentId(),
                    e.startDate(), e.terms(), e.reason(), e.by(), e.at());
        } else if (event instanceof CarePackageAmended e) {
            command = new AmendCarePackage(e.careRecordId(), e.packageId(), e.effectiveFrom(), e.terms(), e.reason(),
                    e.by(), e.at());
        } else if (event instanceof CarePackageSuspended e && e.admissionId() == null) {
            command = new SuspendCarePackage(e.careRecordId(), e.packageId(), e.reason(), e.by(), e.at());
        } else if (event instanceof CarePackageResumed e && !followsAdmissionInError) {
            command = new ResumeCarePackage(e.careRecordId(), e.packageId(), e.by(), e.at());
        } else if (event instanceof CarePackageEnded e && !e.reason().startsWith("Care record closed")
                && !e.reason().startsWith("The person died on")
                && !e.reason().equals("Ended at review")) {
            command = new EndCarePackage(e.careRecordId(), e.packageId(), e.reason(), e.by(), e.at());
        } else if (event instanceof ReviewScheduled e && (e.trigger() == ReviewTrigger.ON_REQUEST
                || e.trigger() == ReviewTrigger.CHANGE_IN_CIRCUMSTANCES)) {
            command = new ScheduleReview(e.careRecordId(), e.reviewId(), e.dueBy(), e.trigger(), e.by(), e.at());
        } else if (event instanceof ReviewCompleted e) {
            command = new CompleteReview(e.careRecordId(), e.reviewId(), e.conductedOn(), e.findings(), e.by(), e.at());
        } else if (event instanceof PersonAdmittedToHospital e) {
            command = new RecordHospitalAdmission(e.careRecordId(), e.admissionId(), e.admission(), e.by(), e.at());
        } else if (event instanceof AdmissionNoticeAcknowledged e) {
            command = new AcknowledgeAdmissionNotice(e.careRecordId(), e.admissionId(), e.by(), e.at());
        } else if (event instanceof DischargePlanned e) {
            command = new PlanDischarge(e.careRecordId(), e.admissionId(), e.plan(), e.by(), e.at());
        } else if (event instanceof PersonDischargedFromHospital e) {
            command = new RecordDischarge(e.careRecordId(), e.admissionId(), e.summary(), e.by(), e.at());
        } else if (event instanceof DischargeNoticeAcknowledged e) {
            command = new AcknowledgeDischargeNotice(e.careRecordId(), e.admissionId(), e.by(), e.at());
        } else if (event instanceof DischargeSummaryCorrected e) {
            command = new CorrectDischargeSummary(e.careRecordId(), e.admissionId(), e.summary(), e.reason(), e.by(), e.at());
        } else if (event instanceof NursingVisitRecorded e) {
            command = new RecordNursingVisit(e.careRecordId(), e.visitId(), e.admissionId(), e.visitedAt(), e.notes(),
                    e.by(), e.at());
        } else if (event instanceof SocialCareFollowUpRecorded e) {
            command = new RecordSocialCareFollowUp(e.careRecordId(), e.admissionId(), e.followedUpAt(), e.outcome(),
                    e.by(), e.at());
        } else if (event instanceof CarersAssessmentRequested e) {
            command = new RequestCarersAssessment(e.careRecordId(), e.carersAssessmentId(), e.carer(), e.by(), e.at());
        } else if (event instanceof CarersAssessmentCarriedOut e) {
            command = new CarryOutCarersAssessment(e.careRecordId(), e.carersAssessmentId(), e.carriedOutOn(), e.findings(),
                    e.by(), e.at());
        } else if (event instanceof CarerSupportArranged e) {
            command = new ArrangeCarerSupport(e.careRecordId(), e.carersAssessmentId(), e.kind(), e.packageId(), e.service(),
                    e.plan(), e.startDate(), e.by(), e.at());
        } else if (event instanceof EmergencyAccessGranted e) {
            command = new RecordEmergencyAccess(e.careRecordId(), e.accessId(), e.reason(),
                    Duration.between(e.at(), e.expiresAt()), e.by(), e.at());
        } else if (event instanceof PersonDied e) {
            command = new RecordDeath(e.careRecordId(), e.dateOfDeath(), e.by(), e.at());
        } else if (event instanceof DeathNoticeAcknowledged e) {
            command = new AcknowledgeDeathNotice(e.careRecordId(), e.by(), e.at());
        } else if (event instanceof EntryMarkedEnteredInError e) {
            command = new MarkEnteredInError(e.careRecordId(), e.sequenceNumber(), e.reason(), e.by(), e.at());
        } else if (event instanceof CareRecordClosed e) {
            if (followsDeath) {
                return Optional.empty(); // the record closes with the death
            }
            command = new CloseCareRecord(e.careRecordId(), e.reason(), e.note(), e.by(), e.at());
        }
        return Optional.ofNullable(command);
    }
}
