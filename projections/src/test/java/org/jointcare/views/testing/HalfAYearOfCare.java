package org.jointcare.views.testing;

import org.jointcare.carerecord.carers.NamedCarer;
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
 */
public final class HalfAYearOfCare {

    public static final List<String> PRACTICES = List.of(PRACTICE_NORTH, PRACTICE_SOUTH, PRACTICE_WEST);

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
        return people;
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
            person.after(Duration.ofDays(10)).closed(ClosureReason.DIED);
        }
    }
}
