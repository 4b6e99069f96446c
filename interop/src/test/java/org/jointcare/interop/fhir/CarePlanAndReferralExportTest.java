package org.jointcare.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.junit.jupiter.api.Test;

/** Doris's care package as a CarePlan and her referral as a ServiceRequest, against what her record holds. */
class CarePlanAndReferralExportTest {

    private final TransferOfCare export = new TransferOfCare(DischargeJourney.NAMES);

    @Test
    void the_packages_services_are_the_activities_and_the_agreed_needs_the_goals() {
        CarePlan plan = export.carePlan(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice()).orElseThrow();
        assertThat(plan.getIdElement().getIdPart()).isEqualTo(DischargeJourney.PACKAGE.toString());
        assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + DischargeJourney.CARE_RECORD);
        assertThat(plan.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-05-01");
        assertThat(plan.getActivity()).extracting(a -> a.getDetail().getCode().getText())
                .containsExactly("Home care", "District nursing", "Alarm");
        Timing.TimingRepeatComponent homeCare = plan.getActivityFirstRep().getDetail().getScheduledTiming().getRepeat();
        assertThat(homeCare.getFrequency()).isEqualTo(14);
        assertThat(homeCare.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.WK);
        assertThat(plan.getActivityFirstRep().getDetail().getDescription())
                .isEqualTo("14 a week at £21.50 each, £301.00 a week; fully social care funded");
        assertThat(plan.getActivity().get(2).getDetail().getDescription()).endsWith("jointly funded, 50% health and 50% social care");
        assertThat(plan.getNoteFirstRep().getText()).isEqualTo("The person's own contribution: £35.00 a week");

        List<Goal> goals = plan.getContained().stream().map(Goal.class::cast).toList();
        assertThat(goals).extracting(g -> g.getDescription().getText()).containsExactly(
                "Personal care (substantial, social care responsibility): Morning and evening help to wash and dress",
                "Skin (substantial, health responsibility): Leg ulcer dressings",
                "Mobility (moderate, joint responsibility): Falls alarm and a grab rail by the bath",
                "Social contact (low, social care responsibility): Would like company once a week");
        assertThat(plan.getActivityFirstRep().getDetail().getGoal()).extracting(Reference::getReference)
                .containsExactly("#need-personal-care");
        List<String> goalsWorkedOn = plan.getActivity().stream()
                .flatMap(a -> a.getDetail().getGoal().stream()).map(Reference::getReference).toList();
        assertThat(goalsWorkedOn).as("an unmet need stands out: no activity works on it").doesNotContain("#need-social-contact");
    }

    @Test
    void a_package_suspended_by_the_admission_is_on_hold_until_resumed() {
        List<CareRecordEvent> events = DischargeJourney.untilDischargeNotice();
        assertThat(export.carePlan(DischargeJourney.CARE_RECORD, events).orElseThrow().getStatus())
                .isEqualTo(CarePlan.CarePlanStatus.ONHOLD);
        List<CareRecordEvent> resumed = new java.util.ArrayList<>(events);
        resumed.add(new CarePackageResumed(DischargeJourney.CARE_RECORD, DischargeJourney.PACKAGE, DischargeJourney.LINKWORKER,
                java.time.Instant.parse("2026-12-02T14:30:00Z")));
        CarePlan plan = export.carePlan(DischargeJourney.CARE_RECORD, resumed).orElseThrow();
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plan.getActivityFirstRep().getDetail().getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.INPROGRESS);
    }

    @Test
    void the_referral_is_a_service_request_that_the_joint_assessment_completed() {
        ServiceRequest request = export.referral(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(),
                DischargeJourney.REFERRAL).orElseThrow();
        assertThat(request.getIdElement().getIdPart()).isEqualTo(DischargeJourney.REFERRAL.toString());
        assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(request.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
        assertThat(request.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-04-09T10:00:00Z");
        assertThat(request.getReasonCodeFirstRep().getText()).isEqualTo("Struggling with personal care since a fall");
        assertThat(request.getRequester().getIdentifier().getValue()).isEqualTo("J82036");
        assertThat(request.getRequester().getDisplay()).isEqualTo("Dr Anita Shah, Southgate Surgery (J82036)");
        assertThat(request.getPerformerFirstRep().getIdentifier().getValue()).isEqualTo("lee.jones");
    }

    @Test
    void a_referral_just_received_is_active_and_there_is_no_plan_without_a_package() {
        List<CareRecordEvent> referredOnly = DischargeJourney.untilDischargeNotice().subList(0, 3);
        assertThat(export.referral(DischargeJourney.CARE_RECORD, referredOnly, DischargeJourney.REFERRAL).orElseThrow().getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(export.carePlan(DischargeJourney.CARE_RECORD, referredOnly)).isEmpty();
    }
}
