package org.jointcare.interop.fhir;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.PlannedService;

/**
 * The person's care package as a CarePlan: its services are the activities, the needs the joint
 * assessment agreed are its goals (contained, so the plan reads whole on its own), and each
 * activity names the goals it works towards, so a need no service meets stands out.
 */
final class CarePlans {

    private final CareRecordResources resources;

    CarePlans(CareRecordResources resources) {
        this.resources = resources;
    }

    Optional<CarePlan> build(PersonJourney journey) {
        Optional<PersonJourney.CarePackage> current = journey.currentPackage();
        if (journey.registration().isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        PersonJourney.CarePackage carePackage = current.get();
        CarePackageArranged arranged = carePackage.arranged();
        CarePlan plan = Fhir.profiled(new CarePlan(), "CarePlan");
        plan.setId(arranged.packageId().toString());
        plan.addIdentifier().setSystem("urn:ietf:rfc:3986").setValue(StableIds.urn(arranged.packageId().toString()));
        plan.setStatus(status(carePackage));
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Care package");
        plan.setSubject(new Reference("Patient/" + journey.careRecordId()).setDisplay(resources.patientDisplay(journey)));
        Period period = new Period().setStartElement(new DateTimeType(arranged.startDate().toString()));
        if (carePackage.ended() != null) {
            period.setEndElement(Fhir.dateTime(carePackage.ended().at()));
        }
        plan.setPeriod(period);
        plan.setCreatedElement(Fhir.dateTime(arranged.at()));
        plan.setAuthor(new Reference().setIdentifier(Fhir.user(arranged.by().userId()))
                .setDisplay(resources.professionalDisplay(arranged.by().userId())));
        if (arranged.replacesPackageId() != null) {
            plan.addReplaces(new Reference("CarePlan/" + arranged.replacesPackageId()));
        }
        Map<NeedDomain, Reference> goals = goals(plan, journey.completedAssessment(arranged.assessmentId()));
        List<String> lines = new ArrayList<>();
        for (PlannedService service : carePackage.terms().services()) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setCode(Fhir.text(Fhir.words(service.type())));
            detail.setStatus(activityStatus(carePackage));
            detail.setScheduled(new Timing().setRepeat(new Timing.TimingRepeatComponent()
                    .setFrequency(service.unitsPerWeek()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK)));
            detail.addPerformer(new Reference().setDisplay(service.providerName() + " (" + Fhir.words(service.providerType())
                    .toLowerCase(Locale.UK) + ")"));
            String description = service.unitsPerWeek() + " a week at " + Fhir.pounds(service.unitCostPence()) + " each, "
                    + Fhir.pounds(service.weeklyCostPence()) + " a week; " + funding(service);
            detail.setDescription(description);
            service.meetsNeeds().stream().map(goals::get).filter(Objects::nonNull).forEach(detail::addGoal);
            lines.add(Fhir.words(service.type()) + " by " + service.providerName() + ": " + description);
        }
        long contribution = carePackage.terms().personContributionPencePerWeek();
        plan.addNote().setText("The person's own contribution: " + Fhir.pounds(contribution) + " a week");
        lines.add("Weekly cost " + Fhir.pounds(carePackage.terms().weeklyCostPence()) + "; the person's own contribution "
                + Fhir.pounds(contribution) + " a week");
        plan.setText(Fhir.narrative(lines));
        return Optional.of(plan);
    }

    private Map<NeedDomain, Reference> goals(CarePlan plan, Optional<JointAssessmentCompleted> assessment) {
        Map<NeedDomain, Reference> goals = new EnumMap<>(NeedDomain.class);
        if (assessment.isEmpty()) {
            return goals;
        }
        for (AgreedNeed need : assessment.get().conclusion().agreedNeeds()) {
            if (goals.containsKey(need.domain())) {
                continue;
            }
            Goal goal = new Goal();
            goal.setId("need-" + need.domain().name().toLowerCase(Locale.UK).replace('_', '-'));
            goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
            String words = Fhir.words(need.domain()) + " (" + Fhir.words(need.level()).toLowerCase(Locale.UK) + ", "
                    + Fhir.words(need.responsibility()).toLowerCase(Locale.UK)
                    + " responsibility)" + (DischargeSummaries.present(need.description()) ? ": " + need.description() : "");
            goal.setDescription(Fhir.text(words));
            goal.setSubject(plan.getSubject());
            goal.setText(Fhir.narrative(List.of(words)));
            plan.addContained(goal);
            Reference reference = new Reference("#" + goal.getId()).setDisplay(words);
            plan.addGoal(reference);
            goals.put(need.domain(), reference);
        }
        return goals;
    }

    private static String funding(PlannedService service) {
        return switch (service.funding().stream()) {
            case HEALTH -> "fully health funded";
            case SOCIAL_CARE -> "fully social care funded";
            case JOINT -> "jointly funded, " + service.funding().healthPercent() + "% health and "
                    + service.funding().socialCarePercent() + "% social care";
        };
    }

    /** A replaced package was stopped before it ran its course; an ended one finished. */
    private static CarePlan.CarePlanStatus status(PersonJourney.CarePackage carePackage) {
        if (carePackage.replaced()) {
            return CarePlan.CarePlanStatus.REVOKED;
        }
        if (carePackage.ended() != null) {
            return CarePlan.CarePlanStatus.COMPLETED;
        }
        return carePackage.suspended() != null ? CarePlan.CarePlanStatus.ONHOLD : CarePlan.CarePlanStatus.ACTIVE;
    }

    private static CarePlan.CarePlanActivityStatus activityStatus(PersonJourney.CarePackage carePackage) {
        if (carePackage.replaced()) {
            return CarePlan.CarePlanActivityStatus.STOPPED;
        }
        if (carePackage.ended() != null) {
            return CarePlan.CarePlanActivityStatus.COMPLETED;
        }
        return carePackage.suspended() != null ? CarePlan.CarePlanActivityStatus.ONHOLD : CarePlan.CarePlanActivityStatus.INPROGRESS;
    }
}
