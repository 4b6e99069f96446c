package org.jointcare.api.demo;

import static org.jointcare.api.demo.DemoDirectory.DISCHARGE_COORDINATOR;
import static org.jointcare.api.demo.DemoDirectory.DISTRICT_NURSE_NORTH;
import static org.jointcare.api.demo.DemoDirectory.DISTRICT_NURSE_SOUTH;
import static org.jointcare.api.demo.DemoDirectory.DN_NORTH;
import static org.jointcare.api.demo.DemoDirectory.DN_SOUTH;
import static org.jointcare.api.demo.DemoDirectory.GP_MARKET_STREET;
import static org.jointcare.api.demo.DemoDirectory.GP_RIVERSIDE;
import static org.jointcare.api.demo.DemoDirectory.GP_SOUTHGATE;
import static org.jointcare.api.demo.DemoDirectory.HOSPITAL_TRUST;
import static org.jointcare.api.demo.DemoDirectory.LINKWORKER_NORTH;
import static org.jointcare.api.demo.DemoDirectory.LINKWORKER_SOUTH;
import static org.jointcare.api.demo.DemoDirectory.MARKET_STREET;
import static org.jointcare.api.demo.DemoDirectory.NORTH;
import static org.jointcare.api.demo.DemoDirectory.RIVERSIDE;
import static org.jointcare.api.demo.DemoDirectory.SOUTH;
import static org.jointcare.api.demo.DemoDirectory.SOUTHGATE;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.api.demo.DemoDirectory.DemoProfessional;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.assessment.AddContribution;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.CareActOutcome;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.CompleteJointAssessment;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.IdentifiedNeed;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.OutcomeAssessment;
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.assessment.StartJointAssessment;
import org.jointcare.carerecord.assessment.UnableReason;
import org.jointcare.carerecord.carepackage.AmendCarePackage;
import org.jointcare.carerecord.carepackage.ArrangeCarePackage;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ResumeCarePackage;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.ArrangeCarerSupport;
import org.jointcare.carerecord.carers.CarerOutcome;
import org.jointcare.carerecord.carers.CarerOutcomeAssessment;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarerUnableReason;
import org.jointcare.carerecord.carers.CarersAssessmentFindings;
import org.jointcare.carerecord.carers.CarryOutCarersAssessment;
import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.carers.RequestCarersAssessment;
import org.jointcare.carerecord.closure.CloseCareRecord;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.hospital.PlanDischarge;
import org.jointcare.carerecord.hospital.RecordDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.referral.CloseReferral;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.AccommodationStatus;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.EmploymentStatus;
import org.jointcare.carerecord.registration.Ethnicity;
import org.jointcare.carerecord.registration.Gender;
import org.jointcare.carerecord.registration.PrimarySupportReason;
import org.jointcare.carerecord.registration.AssignNursingTeam;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewSchedule;

/**
 * Eight people at different points of the joint care journey, each built through the command
 * gateway with the real commands, so every rule of the care record applies to them. Dates are
 * relative to the clock: a newcomer always sees "referred yesterday", "review due this week".
 * NHS numbers are from the 999 range, which the NHS reserves for test data. Most have the
 * characteristics the national return counts recorded; Frank has none, and Edith, Ivy and Yusuf only
 * some, as a record would hold before (or without) anyone asking, so the return shows both.
 */
final class DemoPeople {

    /** One line per person loaded, for the log. */
    record Loaded(String name, String whereInTheJourney) {
    }

    private final CommandGateway commands;
    private final Instant now;
    private final List<Loaded> loaded = new ArrayList<>();

    DemoPeople(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.now = clock.instant();
    }

    List<Loaded> loadAll() {
        justReferred();
        waitingForNursingContribution();
        packageActiveWithReviewDue();
        inHospital();
        dischargedNoticeUnacknowledged();
        recordClosed();
        consentRefused();
        noNhsNumber();
        return List.copyOf(loaded);
    }

    /** Edith: referred by her GP yesterday, not yet screened. */
    private void justReferred() {
        Person edith = register("edith", "9997877896", new PersonDetails("Edith", "Clarke", LocalDate.of(1936, 3, 14),
                RIVERSIDE, NORTH, "English", false, "Hard of hearing: face her when speaking",
                LivingSituation.LIVES_ALONE, List.of(), new Characteristics(Gender.FEMALE, Ethnicity.WHITE_BRITISH, null, AccommodationStatus.OWNER_OCCUPIER,
                        EmploymentStatus.NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED)), GP_RIVERSIDE, daysAgo(2));
        edith.consent(ConsentDecision.AGREED, null, GP_RIVERSIDE, daysAgo(2));
        edith.referral("edith-1", ReferralSource.GP, GP_RIVERSIDE, Urgency.ROUTINE,
                "Struggling with stairs and preparing meals since a fall at home", daysAgo(1));
        loaded.add(new Loaded("Edith Clarke", "referred yesterday, waiting to be screened"));
    }

    /** Arthur: joint assessment under way; the social care part is in, the nursing part is awaited. */
    private void waitingForNursingContribution() {
        Person arthur = register("arthur", "9991742182", new PersonDetails("Arthur", "Bell", LocalDate.of(1941, 9, 2),
                MARKET_STREET, NORTH, "English", false, null, LivingSituation.LIVES_WITH_CARER,
                List.of(new Carer("Joan Bell", "wife", "01249 000101", "Back pain; wants a break one afternoon a week")), new Characteristics(Gender.MALE, Ethnicity.WHITE_BRITISH,
                        PrimarySupportReason.PHYSICAL_SUPPORT_ACCESS_AND_MOBILITY_ONLY, AccommodationStatus.OWNER_OCCUPIER,
                        EmploymentStatus.NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED)),
                GP_MARKET_STREET, daysAgo(25));
        arthur.assignNursingTeam(DN_NORTH, GP_MARKET_STREET, daysAgo(25));
        arthur.consent(ConsentDecision.AGREED_WITH_LIMITS, "Do not share his mental health history with the housing provider",
                LINKWORKER_NORTH, daysAgo(22));
        UUID referral = arthur.referral("arthur-1", ReferralSource.GP, GP_MARKET_STREET, Urgency.SOON,
                "Leg ulcers slow to heal; wife finding personal care hard", daysAgo(24));
        arthur.accept(referral, LINKWORKER_NORTH, daysAgo(22));
        UUID assessment = arthur.startAssessment(referral, LINKWORKER_NORTH, daysAgo(15));
        arthur.contribute(assessment, socialCareContribution(LINKWORKER_NORTH), LINKWORKER_NORTH, daysAgo(10));
        loaded.add(new Loaded("Arthur Bell", "joint assessment waiting for the district nursing contribution"));
    }

    /** Margaret: package started nearly seven weeks ago, so her first review is due this week. */
    private void packageActiveWithReviewDue() {
        Person margaret = register("margaret", "9999081002", new PersonDetails("Margaret", "Hill", LocalDate.of(1933, 11, 30),
                RIVERSIDE, NORTH, "English", false, null, LivingSituation.LIVES_ALONE,
                List.of(new Carer("David Hill", "son", "07700 900123", "Works full time; visits at weekends")), new Characteristics(Gender.FEMALE, Ethnicity.WHITE_IRISH,
                        PrimarySupportReason.PHYSICAL_SUPPORT_PERSONAL_CARE, AccommodationStatus.COUNCIL_OR_HOUSING_ASSOCIATION_TENANT,
                        EmploymentStatus.NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED)),
                GP_RIVERSIDE, daysAgo(80));
        margaret.assignNursingTeam(DN_NORTH, GP_RIVERSIDE, daysAgo(80));
        margaret.consent(ConsentDecision.AGREED, null, LINKWORKER_NORTH, daysAgo(75));
        UUID carePackage = margaret.assessedWithPackage("margaret-1", LINKWORKER_NORTH, DISTRICT_NURSE_NORTH, GP_RIVERSIDE, 79, 47);
        // her son, assessed as her carer twice: a plan of his own first, then a sitting visit of her package
        NamedCarer david = new NamedCarer("David Hill", "son", "07700 900123");
        UUID first = margaret.carersAssessment("margaret-carer-1", david, LINKWORKER_NORTH, 40, 36);
        margaret.send(new ArrangeCarerSupport(margaret.id, first, CarerSupportKind.OWN_SUPPORT_PLAN, null, null,
                "Carers' centre: information on carers' rights and a monthly carers' group",
                CareCalendar.dateOf(daysAgo(35)), LINKWORKER_NORTH.actor(), daysAgo(36)));
        UUID again = margaret.carersAssessment("margaret-carer-2", david, LINKWORKER_NORTH, 12, 9);
        margaret.send(new ArrangeCarerSupport(margaret.id, again, CarerSupportKind.SERVICE_IN_PACKAGE, carePackage,
                ServiceType.HOME_CARE, null, CareCalendar.dateOf(daysAgo(8)), LINKWORKER_NORTH.actor(), daysAgo(9)));
        loaded.add(new Loaded("Margaret Hill", "package active, first review due this week; her son supported as her carer"));
    }

    /** George: admitted as an emergency three days ago; his package is suspended, discharge planned. */
    private void inHospital() {
        Person george = register("george", "9993390755", new PersonDetails("George", "Evans", LocalDate.of(1939, 5, 21),
                SOUTHGATE, SOUTH, "Welsh", false, null, LivingSituation.SHELTERED_HOUSING, List.of(), new Characteristics(Gender.MALE, Ethnicity.WHITE_BRITISH,
                        PrimarySupportReason.PHYSICAL_SUPPORT_PERSONAL_CARE, AccommodationStatus.SHELTERED_OR_EXTRA_CARE_HOUSING,
                        EmploymentStatus.NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED)),
                GP_SOUTHGATE, daysAgo(160));
        george.assignNursingTeam(DN_SOUTH, GP_SOUTHGATE, daysAgo(160));
        george.consent(ConsentDecision.AGREED, null, LINKWORKER_SOUTH, daysAgo(155));
        UUID carePackage = george.assessedWithPackage("george-1", LINKWORKER_SOUTH, DISTRICT_NURSE_SOUTH, GP_SOUTHGATE, 158, 120);
        // two months ago an evening visit was added, and the review after the change found it working
        LocalDate amendedFrom = CareCalendar.dateOf(daysAgo(60));
        george.send(new AmendCarePackage(george.id, carePackage, amendedFrom, homeCarePackage(DN_SOUTH, 21),
                "An evening visit added: unsteady getting to bed", LINKWORKER_SOUTH.actor(), daysAgo(61)));
        george.reviewedInTime(carePackage, ReviewSchedule.afterStartOrChange(amendedFrom), LINKWORKER_SOUTH);
        UUID admission = george.admit("george-admission-1", AdmissionType.EMERGENCY, "Acute Medical Unit", daysAgo(3));
        george.planDischarge(admission, CareCalendar.dateOf(now).plusDays(2), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT,
                List.of("Home care restarted", "Grab rail fitted by the bath"), daysAgo(1));
        loaded.add(new Loaded("George Evans", "in hospital, package suspended, discharge planned"));
    }

    /** Doris: home two days ago, later than planned; her GP has not yet acknowledged the discharge notice. */
    private void dischargedNoticeUnacknowledged() {
        Person doris = register("doris", "9997938348", new PersonDetails("Doris", "Walker", LocalDate.of(1930, 1, 8),
                SOUTHGATE, SOUTH, "English", false, "Uses a hearing aid in her left ear", LivingSituation.LIVES_WITH_FAMILY,
                List.of(new Carer("Susan Walker", "daughter", "07700 900456", "Caring alongside a part-time job")), new Characteristics(Gender.FEMALE, Ethnicity.BLACK_CARIBBEAN,
                        PrimarySupportReason.MEMORY_AND_COGNITION, AccommodationStatus.LIVES_WITH_FAMILY_OR_FRIENDS,
                        EmploymentStatus.NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED)),
                GP_SOUTHGATE, daysAgo(240));
        doris.assignNursingTeam(DN_SOUTH, GP_SOUTHGATE, daysAgo(240));
        doris.consent(ConsentDecision.AGREED, null, LINKWORKER_SOUTH, daysAgo(235));
        UUID carePackage = doris.assessedWithPackage("doris-1", LINKWORKER_SOUTH, DISTRICT_NURSE_SOUTH, GP_SOUTHGATE, 238, 200);
        UUID admission = doris.admit("doris-admission-1", AdmissionType.EMERGENCY, "Pickwick Ward", daysAgo(14));
        doris.send(new AcknowledgeAdmissionNotice(doris.id, admission, GP_SOUTHGATE.actor(), daysAgo(13)));
        doris.planDischarge(admission, CareCalendar.dateOf(daysAgo(5)), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT,
                List.of("Home care package restarted"), daysAgo(8));
        doris.send(new RecordDischarge(doris.id, admission, new DischargeSummary(daysAgo(2),
                DischargeDestination.USUAL_RESIDENCE,
                "Admitted with a chest infection; treated with antibiotics. Mobilising with a frame.",
                List.of(new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "500 mg three times a day for 5 more days"),
                        new MedicationChange("Furosemide", MedicationChangeKind.CHANGED, "Reduced to 20 mg once a day")),
                List.of(new FollowUpAction(FollowUpFor.GP, "Review chest and renal function in one week"),
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Check pressure areas within 48 hours"),
                        new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Confirm home care has restarted")),
                "Leaflet on chest infections given to Doris and her daughter",
                DelayReason.AWAITING_CARE_PACKAGE), DISCHARGE_COORDINATOR.actor(), daysAgo(2)));
        doris.send(new ResumeCarePackage(doris.id, carePackage, LINKWORKER_SOUTH.actor(), daysAgo(2).plus(Duration.ofHours(3))));
        loaded.add(new Loaded("Doris Walker", "discharged two days ago, three days late; discharge notice not yet acknowledged"));
    }

    /** Frank: signposted to a lunch club, then moved away; his record is closed. */
    private void recordClosed() {
        Person frank = register("frank", "9997017463", new PersonDetails("Frank", "Moore", LocalDate.of(1944, 7, 19),
                MARKET_STREET, NORTH, "English", false, null, LivingSituation.LIVES_ALONE, List.of(), null),
                LINKWORKER_NORTH, daysAgo(100));
        frank.consent(ConsentDecision.AGREED, null, LINKWORKER_NORTH, daysAgo(100));
        UUID referral = frank.referral("frank-1", ReferralSource.SELF, LINKWORKER_NORTH, Urgency.ROUTINE,
                "Lonely since his wife died; asks about social activities", daysAgo(100));
        frank.send(new CloseReferral(frank.id, referral, ReferralClosure.SIGNPOSTED,
                "Signposted to the Age UK lunch club and befriending service", LINKWORKER_NORTH.actor(), daysAgo(98)));
        frank.send(new CloseCareRecord(frank.id, ClosureReason.MOVED_AWAY, "Moved to live with his sister in Devon",
                LINKWORKER_NORTH.actor(), daysAgo(30)));
        loaded.add(new Loaded("Frank Moore", "record closed (moved away)"));
    }

    /** Ivy: refused consent to share; only her practice sees her record. */
    private void consentRefused() {
        Person ivy = register("ivy", "9998145384", new PersonDetails("Ivy", "Turner", LocalDate.of(1948, 2, 27),
                RIVERSIDE, NORTH, "English", false, null, LivingSituation.LIVES_ALONE, List.of(), new Characteristics(Gender.FEMALE, Ethnicity.PREFERS_NOT_TO_SAY, null, null, null)),
                GP_RIVERSIDE, daysAgo(20));
        ivy.consent(ConsentDecision.REFUSED, null, GP_RIVERSIDE, daysAgo(20));
        ivy.referral("ivy-1", ReferralSource.GP, GP_RIVERSIDE, Urgency.ROUTINE,
                "Memory worsening; may need help managing medication", daysAgo(19));
        loaded.add(new Loaded("Ivy Turner", "consent to share refused"));
    }

    /** Yusuf: recently arrived, no NHS number yet; referred by a refugee support charity and allocated. */
    private void noNhsNumber() {
        Person yusuf = register("yusuf", null, new PersonDetails("Yusuf", "Ahmed", LocalDate.of(1952, 6, 1),
                SOUTHGATE, SOUTH, "Arabic", true, "Needs an Arabic interpreter for every visit",
                LivingSituation.LIVES_WITH_FAMILY, List.of(new Carer("Omar Ahmed", "son", "07700 900789", null)), new Characteristics(Gender.MALE, Ethnicity.ARAB, null, AccommodationStatus.LIVES_WITH_FAMILY_OR_FRIENDS, null)),
                LINKWORKER_SOUTH, daysAgo(6));
        yusuf.consent(ConsentDecision.AGREED, null, LINKWORKER_SOUTH, daysAgo(6));
        UUID referral = yusuf.referral("yusuf-1", ReferralSource.VOLUNTARY_ORGANISATION, LINKWORKER_SOUTH, Urgency.SOON,
                "Diabetic foot care and help with housing; family caring without support", daysAgo(6),
                new Requester("Salisbury Refugee Support", null));
        yusuf.accept(referral, LINKWORKER_SOUTH, daysAgo(4));
        loaded.add(new Loaded("Yusuf Ahmed", "no NHS number; referral accepted, assessment to start"));
    }

    // ---------------------------------------------------------------- building blocks

    private Person register(String key, String nhsNumber, PersonDetails details, DemoProfessional by, Instant at) {
        Person person = new Person(demoId("person:" + key));
        person.send(new RegisterPerson(person.id, nhsNumber == null ? null : new NhsNumber(nhsNumber), details, by.actor(), at));
        return person;
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    /** Ids derived from names, so a second loader racing this one collides instead of duplicating. */
    private static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("jointcare-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static Contribution socialCareContribution(DemoProfessional linkworker) {
        return new Contribution(Discipline.SOCIAL_CARE, linkworker.displayName(),
                "Managing at home with difficulty; carer under strain. Needs help with washing, dressing and meals.",
                List.of(new IdentifiedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, "Help to wash and dress each morning"),
                        new IdentifiedNeed(NeedDomain.NUTRITION, NeedLevel.MODERATE, "Cannot stand long enough to cook"),
                        new IdentifiedNeed(NeedDomain.CARER_SUPPORT, NeedLevel.MODERATE, "Carer needs a regular break")),
                List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false,
                                UnableReason.CANNOT_WITHOUT_HELP, "Cannot get in or out of the bath"),
                        new OutcomeAssessment(CareActOutcome.MANAGING_AND_MAINTAINING_NUTRITION, false,
                                UnableReason.ENDANGERS_SELF_OR_OTHERS, "Has left the gas on twice"),
                        new OutcomeAssessment(CareActOutcome.BEING_APPROPRIATELY_CLOTHED, false,
                                UnableReason.TAKES_SIGNIFICANTLY_LONGER, "Dressing takes over an hour"),
                        new OutcomeAssessment(CareActOutcome.DEVELOPING_AND_MAINTAINING_RELATIONSHIPS, true, null, null)),
                null, null);
    }

    private static Contribution nursingContribution(DemoProfessional nurse) {
        return new Contribution(Discipline.DISTRICT_NURSING, nurse.displayName(),
                "Fragile skin on both shins; at risk of pressure damage. Medication managed with a blister pack.",
                List.of(new IdentifiedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, "Dressings twice a week"),
                        new IdentifiedNeed(NeedDomain.MEDICATION, NeedLevel.LOW, "Prompting with the blister pack")),
                List.of(), null, null);
    }

    private static Contribution gpContribution(DemoProfessional gp) {
        return new Contribution(Discipline.GP, gp.displayName(),
                "Heart failure and osteoarthritis of both knees; stable on current treatment.",
                List.of(new IdentifiedNeed(NeedDomain.MOBILITY, NeedLevel.MODERATE, "Walks indoors with a frame")),
                List.of(), "Heart failure (2019), osteoarthritis, type 2 diabetes", "Stable; slow decline in mobility expected");
    }

    private static AssessmentConclusion eligibleConclusion() {
        return new AssessmentConclusion(
                List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, Responsibility.SOCIAL_CARE,
                                "Morning and evening help to wash and dress"),
                        new AgreedNeed(NeedDomain.NUTRITION, NeedLevel.MODERATE, Responsibility.SOCIAL_CARE, "A hot meal each day"),
                        new AgreedNeed(NeedDomain.SKIN, NeedLevel.SUBSTANTIAL, Responsibility.HEALTH, "Leg ulcer dressings"),
                        new AgreedNeed(NeedDomain.MOBILITY, NeedLevel.MODERATE, Responsibility.JOINT,
                                "Falls alarm and a grab rail by the bath")),
                true,
                List.of(new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false,
                                UnableReason.CANNOT_WITHOUT_HELP, "Cannot get in or out of the bath"),
                        new OutcomeAssessment(CareActOutcome.MANAGING_AND_MAINTAINING_NUTRITION, false,
                                UnableReason.ENDANGERS_SELF_OR_OTHERS, "Has left the gas on twice"),
                        new OutcomeAssessment(CareActOutcome.USING_THE_HOME_SAFELY, false,
                                UnableReason.SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY, "Frightened of falling on the stairs"),
                        new OutcomeAssessment(CareActOutcome.DEVELOPING_AND_MAINTAINING_RELATIONSHIPS, true, null, null)),
                true,
                "Wants to stay in her own home and keep going to church on Sundays",
                "Family carer would like a regular break and information about carers' groups",
                ChcChecklistResult.NEGATIVE);
    }

    private static PackageTerms homeCarePackage(String nursingProvider) {
        return homeCarePackage(nursingProvider, 14);
    }

    private static PackageTerms homeCarePackage(String nursingProvider, int homeCareVisitsPerWeek) {
        return new PackageTerms(List.of(
                new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Bluebell Home Care", homeCareVisitsPerWeek, 2_150,
                        Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE, NeedDomain.NUTRITION)),
                new PlannedService(ServiceType.DISTRICT_NURSING, ProviderType.NHS_TRUST, nursingProvider, 2, 4_800,
                        Funding.health(), Set.of(NeedDomain.SKIN)),
                new PlannedService(ServiceType.ALARM, ProviderType.LOCAL_AUTHORITY, "Wiltshire Telecare", 1, 450,
                        Funding.joint(50, 50), Set.of(NeedDomain.MOBILITY))),
                3_500);
    }

    /** One person's record as the demo builds it. */
    private final class Person {

        private final UUID id;

        private Person(UUID id) {
            this.id = id;
        }

        void send(Object command) {
            commands.sendAndWait(command);
        }

        void consent(ConsentDecision decision, String limits, DemoProfessional by, Instant at) {
            send(new RecordConsent(id, decision, limits, by.actor(), at));
        }

        void assignNursingTeam(String team, DemoProfessional by, Instant at) {
            send(new AssignNursingTeam(id, team, by.actor(), at));
        }

        UUID referral(String key, ReferralSource source, DemoProfessional by, Urgency urgency, String reason, Instant at) {
            return referral(key, source, by, urgency, reason, at, new Requester(by.displayName(), by.organisationCode()));
        }

        UUID referral(String key, ReferralSource source, DemoProfessional by, Urgency urgency, String reason, Instant at,
                      Requester requester) {
            UUID referralId = demoId("referral:" + key);
            send(new ReceiveReferral(id, referralId, source, requester, reason, urgency, by.actor(), at));
            return referralId;
        }

        void accept(UUID referral, DemoProfessional linkworker, Instant at) {
            send(new AcceptReferral(id, referral, linkworker.userId(), linkworker.actor(), at));
        }

        UUID startAssessment(UUID referral, DemoProfessional lead, Instant at) {
            UUID assessmentId = demoId("assessment:" + referral);
            send(new StartJointAssessment(id, assessmentId, referral, lead.userId(), lead.actor(), at));
            return assessmentId;
        }

        void contribute(UUID assessment, Contribution contribution, DemoProfessional by, Instant at) {
            send(new AddContribution(id, assessment, contribution, by.actor(), at));
        }

        /**
         * Referral {@code referredDaysAgo} days ago, accepted, jointly assessed by social care,
         * district nursing and the GP, and a package starting {@code packageStartedDaysAgo} days ago.
         */
        UUID assessedWithPackage(String key, DemoProfessional linkworker, DemoProfessional nurse, DemoProfessional gp,
                                 int referredDaysAgo, int packageStartedDaysAgo) {
            UUID referral = referral(key, ReferralSource.GP, gp, Urgency.SOON,
                    "Falls at home and carer not coping", daysAgo(referredDaysAgo));
            accept(referral, linkworker, daysAgo(referredDaysAgo - 1));
            UUID assessment = startAssessment(referral, linkworker, daysAgo(referredDaysAgo - 5));
            contribute(assessment, socialCareContribution(linkworker), linkworker, daysAgo(referredDaysAgo - 9));
            contribute(assessment, nursingContribution(nurse), nurse, daysAgo(referredDaysAgo - 11));
            contribute(assessment, gpContribution(gp), gp, daysAgo(referredDaysAgo - 12));
            send(new CompleteJointAssessment(id, assessment, eligibleConclusion(), linkworker.actor(),
                    daysAgo(referredDaysAgo - 14)));
            UUID packageId = demoId("package:" + key);
            LocalDate startDate = CareCalendar.dateOf(daysAgo(packageStartedDaysAgo));
            send(new ArrangeCarePackage(id, packageId, assessment, startDate,
                    homeCarePackage(nurse.nursingTeamCode()), linkworker.actor(), daysAgo(packageStartedDaysAgo + 2)));
            ReviewSchedule.DueWindow firstReview = ReviewSchedule.afterStartOrChange(startDate);
            if (firstReview.dueBy().isBefore(CareCalendar.dateOf(now))) {
                // an older package has had its first review, as it should, so it is not shown overdue
                reviewedInTime(packageId, firstReview, linkworker);
            }
            return packageId;
        }

        /** The review due in {@code window} conducted three days before it was due by, the package to continue. */
        void reviewedInTime(UUID packageId, ReviewSchedule.DueWindow window, DemoProfessional linkworker) {
            LocalDate conducted = window.dueBy().minusDays(3);
            send(new CompleteReview(id, ReviewSchedule.scheduledReviewId(packageId, window.dueBy()), conducted,
                    new ReviewFindings(true, ReviewOutcome.CONTINUE, "Happy with the carers; mornings are easier now",
                            "A great help", "Package to continue unchanged"),
                    linkworker.actor(), conducted.atTime(14, 0).atZone(CareCalendar.ZONE).toInstant()));
        }

        /** A carer's assessment of {@code carer} asked for {@code requestedDaysAgo} days ago and carried out {@code carriedOutDaysAgo}. */
        UUID carersAssessment(String key, NamedCarer carer, DemoProfessional linkworker, int requestedDaysAgo,
                              int carriedOutDaysAgo) {
            UUID carersAssessmentId = demoId("carers-assessment:" + key);
            send(new RequestCarersAssessment(id, carersAssessmentId, carer, linkworker.actor(), daysAgo(requestedDaysAgo)));
            send(new CarryOutCarersAssessment(id, carersAssessmentId, CareCalendar.dateOf(daysAgo(carriedOutDaysAgo)),
                    new CarersAssessmentFindings(true, true, List.of(new CarerOutcomeAssessment(
                            CarerOutcome.WORK_TRAINING_EDUCATION_OR_VOLUNTEERING, false,
                            CarerUnableReason.SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY, "Leaving work early to put his mother to bed")),
                            true, true, "I want to keep helping Mum, but I need the evenings covered sometimes"),
                    linkworker.actor(), daysAgo(carriedOutDaysAgo)));
            return carersAssessmentId;
        }

        UUID admit(String key, AdmissionType type, String ward, Instant admittedAt) {
            UUID admissionId = demoId("admission:" + key);
            send(new RecordHospitalAdmission(id, admissionId,
                    new Admission("Royal United Hospital", HOSPITAL_TRUST, ward, admittedAt, type, false),
                    DISCHARGE_COORDINATOR.actor(), admittedAt.plus(Duration.ofHours(2))));
            return admissionId;
        }

        void planDischarge(UUID admission, LocalDate expected, DischargePathway pathway, List<String> first, Instant at) {
            send(new PlanDischarge(id, admission, new DischargePlan(expected, true, pathway, first),
                    DISCHARGE_COORDINATOR.actor(), at));
        }
    }
}
