package org.jointcare.views.testing;

import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.carepackage.ServiceType;
import static org.jointcare.views.testing.Professionals.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewOutcome;

/**
 * Forty people across three practices and two nursing teams, January to June: referrals
 * screened or still waiting, joint assessments (some waiting for the health side), packages with
 * and without nursing, hospital stays with follow-up, reviews and deaths — told from a seed, so
 * the same seed tells the same half year.
 *
 * <p>A second intake of {@value #SECOND_INTAKE} people is told from a second random stream
 * (seeded from the same seed), so the first forty stay exactly as they were: their half year
 * too, then what came after it — entries found to be recorded on the wrong person and marked
 * entered in error, carers' assessments supported by a service of the package, deaths recorded
 * by whoever learnt of them first, and the death notices acknowledged by some of those told.
 */
public final class HalfAYearOfCare {

    public static final List<String> PRACTICES = List.of(PRACTICE_NORTH, PRACTICE_SOUTH, PRACTICE_WEST);

    /** How many people the second random stream tells. */
    public static final int SECOND_INTAKE = 24;

    private static final String WRONG_PERSON = "Recorded on the wrong person";

    private HalfAYearOfCare() {
    }

    public static List<CareRecordStory> tell(EventLog log, long seed) {
        Random random = new Random(seed);
        String[] familyNames = {"Hughes", "Baker", "Price", "Evans", "Moss", "Jones", "Patel", "Okafor", "Nowak", "Reid"};
        List<CareRecordStory> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String practice = PRACTICES.get(i % PRACTICES.size());
            String registered = String.format("2026-01-%02dT09:%02d:00Z", 1 + random.nextInt(20), i);
            CareRecordStory person = log.register("Person" + i, familyNames[random.nextInt(familyNames.length)],
                    LocalDate.of(1925 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    practice, practice.equals(PRACTICE_SOUTH) ? "South" : "North", registered);
            if (random.nextInt(4) > 0) {
                person.nursingTeamAssigned(practice.equals(PRACTICE_SOUTH) ? NURSING_SOUTH : NURSING_NORTH);
            }
            journey(person, random, i);
            people.add(person);
        }
        // the second intake draws from a stream of its own: the draws above, and so the first forty, are untouched
        Random later = new Random(seed * 31 + 17);
        for (int i = 40; i < 40 + SECOND_INTAKE; i++) {
            String practice = PRACTICES.get(i % PRACTICES.size());
            String registered = String.format("2026-01-%02dT10:%02d:00Z", 5 + later.nextInt(20), i - 40);
            CareRecordStory person = log.register("Person" + i, familyNames[later.nextInt(familyNames.length)],
                    LocalDate.of(1925 + later.nextInt(30), 1 + later.nextInt(12), 1 + later.nextInt(28)),
                    practice, practice.equals(PRACTICE_SOUTH) ? "South" : "North", registered);
            if (later.nextInt(4) > 0) {
                person.nursingTeamAssigned(practice.equals(PRACTICE_SOUTH) ? NURSING_SOUTH : NURSING_NORTH);
            }
            journey(person, later, i);
            afterwards(person, later, i);
            people.add(person);
        }
        return people;
    }

    /**
     * After the half year: what was recorded on the wrong person is marked so by whoever recorded
     * it, a carer is supported by the package, and about half the people die, their death
     * recorded by the practice, the linkworker, the nurse or the hospital, and acknowledged by some
     * of the practice, the linkworkers and the nursing team.
     */
    private static void afterwards(CareRecordStory person, Random random, int i) {
        person.after(Duration.ofDays(1 + random.nextInt(7)));
        if (person.lastReferralWaitingForScreening() && random.nextInt(3) == 0) {
            person.after(Duration.ofHours(3)).enteredInError(person.lastReferralSequence(), WRONG_PERSON, gp(person.practiceCode()));
        }
        if (person.assessmentInProgress()) {
            // the social care contribution was about someone else: the assessment waits for it again
            person.after(Duration.ofHours(3)).enteredInError(person.lastContributionSequence(), WRONG_PERSON, linkworker("anna.lw"));
        }
        if (person.lastNursingVisitSequence() >= 0 && random.nextInt(3) == 0) {
            // the discharge waits for its first visit again
            person.after(Duration.ofHours(3)).enteredInError(person.lastNursingVisitSequence(), "Visited her neighbour",
                    districtNurse(NURSING_NORTH));
        }
        if (!person.isClosed() && person.nursingTeamCode() != null && random.nextInt(5) == 0) {
            person.after(Duration.ofDays(1)).nurseVisited(person.nursingTeamCode(), "Called in")
                    .after(Duration.ofHours(4)).enteredInError(person.lastNursingVisitSequence(), WRONG_PERSON,
                            districtNurse(person.nursingTeamCode()));
        }
        if (!person.isClosed() && random.nextInt(5) == 0) {
            person.after(Duration.ofDays(1)).referredByPractice(Urgency.ROUTINE, "Not managing at home")
                    .after(Duration.ofHours(2)).enteredInError(person.lastReferralSequence(), WRONG_PERSON, gp(person.practiceCode()));
        }
        if (!person.isClosed() && person.packageId() != null && !person.inHospital() && random.nextInt(3) == 0) {
            // admitted under the wrong NHS number: the package the admission suspended is given back
            person.after(Duration.ofDays(2)).admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                    .after(Duration.ofHours(6)).enteredInError(person.lastAdmissionSequence(), "Admitted under the wrong NHS number",
                            dischargeTeam(ROYAL_DEVON));
        }
        if (!person.isClosed() && person.packageId() != null && i % 3 != 0 && random.nextInt(3) == 0) {
            person.after(Duration.ofDays(1)).carersAssessmentRequested(
                            new NamedCarer("Carer of " + person.person().givenName(), "son", null), districtNurse(NURSING_NORTH))
                    .after(Duration.ofDays(4)).carersAssessmentCarriedOut(Carers.struggling(), "ben.lw")
                    .after(Duration.ofDays(1)).carerSupported(ServiceType.HOME_CARE, null, "ben.lw");
        }
        if (random.nextBoolean()) {
            Actor recordedBy = switch (random.nextInt(4)) {
                case 0 -> gp(person.practiceCode());
                case 1 -> linkworker("anna.lw");
                case 2 -> districtNurse(person.nursingTeamCode() != null ? person.nursingTeamCode() : NURSING_NORTH);
                default -> dischargeTeam(ROYAL_DEVON);
            };
            person.after(Duration.ofDays(3 + random.nextInt(20)));
            person.died(person.today().minusDays(random.nextInt(3)), recordedBy);
            if (random.nextBoolean()) {
                person.after(Duration.ofHours(5)).deathNoticeAcknowledged(gp(person.practiceCode()));
            }
            if (random.nextInt(3) > 0) {
                person.after(Duration.ofHours(7)).deathNoticeAcknowledged(linkworker(random.nextBoolean() ? "anna.lw" : "ben.lw"));
            }
            if (person.nursingTeamCode() != null && random.nextBoolean()) {
                person.after(Duration.ofHours(20)).deathNoticeAcknowledged(districtNurse(person.nursingTeamCode()));
            }
        }
    }

    /** One person's half year, each step some days or weeks after the one before. */
    private static void journey(CareRecordStory person, Random random, int i) {
        Instant when = person.now().plus(Duration.ofDays(1 + random.nextInt(10)));
        person.at(when.toString()).referredByPractice(Urgency.values()[random.nextInt(3)], "Not managing at home");
        if (random.nextInt(5) == 0) {
            person.after(Duration.ofDays(2)).referralClosed(ReferralClosure.SIGNPOSTED, "Age UK befriending",
                    linkworker("anna.lw"));
            return;
        }
        if (random.nextInt(6) == 0) {
            return; // still waiting to be screened
        }
        person.after(Duration.ofDays(1 + random.nextInt(5))).referralAccepted(random.nextBoolean() ? "anna.lw" : "ben.lw")
                .assessmentStarted()
                .after(Duration.ofDays(3)).contributed(Discipline.SOCIAL_CARE);
        if (random.nextInt(5) == 0) {
            return; // waiting for the health contribution
        }
        person.after(Duration.ofDays(4)).contributed(random.nextBoolean() ? Discipline.GP : Discipline.DISTRICT_NURSING)
                .after(Duration.ofDays(2)).assessmentCompleted()
                .after(Duration.ofDays(7));
        if (random.nextBoolean()) {
            person.packageArranged(Services.homeCare(7 + random.nextInt(14), 1850),
                    Services.districtNursing(1 + random.nextInt(3), 4500));
        } else {
            person.packageArranged(Services.homeCare(7 + random.nextInt(14), 1850), Services.meals(7, 450));
        }
        // every third person's carer asks for an assessment; chosen by place, not drawn, so the draws stay as they were
        if (i % 3 == 0) {
            person.after(Duration.ofDays(1)).carersAssessmentRequested(
                    new NamedCarer("Carer of " + person.person().givenName(), "partner", null), linkworker("anna.lw"));
            if (i % 6 == 0) {
                person.after(Duration.ofDays(5)).carersAssessmentCarriedOut(
                        i % 12 == 0 ? Carers.struggling() : Carers.coping(), "anna.lw");
                if (i % 12 == 0) {
                    person.after(Duration.ofDays(1)).carerSupported(null, "A carers' centre break each week", "anna.lw");
                }
            }
        }
        if (random.nextInt(3) == 0) {
            person.after(Duration.ofDays(20 + random.nextInt(20)))
                    .admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                    .after(Duration.ofDays(2)).dischargePlanned(person.today().plusDays(3), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT)
                    .after(Duration.ofDays(3)).discharged(new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Restart the package"),
                            new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Check pressure areas"));
            if (random.nextBoolean()) {
                // the work the discharge asked for is done (the draws above are unchanged, so is the rest of the half year)
                person.after(Duration.ofHours(20)).dischargeNoticeAcknowledged().packageResumed()
                        .after(Duration.ofHours(4)).nurseVisited(NURSING_NORTH, "Pressure areas intact")
                        .after(Duration.ofHours(2)).dischargeSummaryCorrected("Dose corrected",
                                new MedicationChange("Amoxicillin", MedicationChangeKind.STARTED, "250mg three times a day"))
                        .after(Duration.ofHours(20)).socialCareFollowedUp("anna.lw", "Package restarted");
            }
        }
        if (random.nextInt(3) == 0) {
            person.after(Duration.ofDays(45)).reviewCompleted(random.nextBoolean() ? ReviewOutcome.CONTINUE : ReviewOutcome.END);
        }
        if (random.nextInt(6) == 0) {
            person.after(Duration.ofDays(10)).closed(ClosureReason.NO_LONGER_NEEDS_SERVICES);
        }
    }
}
