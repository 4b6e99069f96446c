package org.jointcare.views.ownrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewOutcome;

/** The record's terms said the way a person would say them: no codes, no jargon. */
final class PlainWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlainWords() {
    }

    static String date(LocalDate date) {
        return date.format(DAY);
    }

    static String date(Instant at) {
        return date(CareCalendar.dateOf(at));
    }

    static String money(long pence) {
        return String.format(Locale.UK, "£%d.%02d", pence / 100, Math.abs(pence % 100));
    }

    /** A constant whose name already reads as plain words (OWNER_OCCUPIER: "owner occupier"). */
    static String words(Enum<?> constant) {
        return constant.name().replace('_', ' ').toLowerCase(Locale.UK);
    }

    static String referredBy(ReferralSource source) {
        return switch (source) {
            case GP -> "your GP";
            case DISTRICT_NURSE -> "your district nurse";
            case HEALTH_VISITOR -> "a health visitor";
            case PRACTICE_NURSE -> "the practice nurse";
            case SELF -> "yourself";
            case CARER -> "your carer";
            case HOSPITAL -> "the hospital";
            case SOCIAL_SERVICES -> "social services";
            case VOLUNTARY_ORGANISATION -> "a voluntary organisation";
        };
    }

    static String urgency(Urgency urgency) {
        return switch (urgency) {
            case URGENT -> "urgent, so we aimed to respond within a day";
            case SOON -> "needing a reply soon, so we aimed to respond within a week";
            case ROUTINE -> "routine, so we aimed to respond within four weeks";
        };
    }

    static String referralClosed(ReferralClosure closure, String reason) {
        return switch (closure) {
            case SIMPLE_NEED_MET -> "we were able to help straight away: " + reason;
            case SIGNPOSTED -> "we put you in touch with another service that can help: " + reason;
            case DECLINED -> "we did not take it further: " + reason;
            case WITHDRAWN_ON_RECORD_CLOSURE -> "it was withdrawn when your record was closed";
        };
    }

    static String who(Discipline discipline) {
        return switch (discipline) {
            case SOCIAL_CARE -> "Your linkworker";
            case DISTRICT_NURSING -> "Your district nurse";
            case GP -> "Your GP";
            case OCCUPATIONAL_THERAPY -> "An occupational therapist";
            case OTHER -> "Another professional";
        };
    }

    static String need(NeedDomain domain) {
        return switch (domain) {
            case PERSONAL_CARE -> "washing, dressing and personal care";
            case MOBILITY -> "moving about safely";
            case NUTRITION -> "eating and drinking";
            case CONTINENCE -> "using the toilet";
            case SKIN -> "looking after your skin";
            case MEDICATION -> "taking your medicines";
            case MEMORY_AND_COGNITION -> "memory and thinking";
            case MENTAL_HEALTH -> "how you are feeling in yourself";
            case CARER_SUPPORT -> "support for your carer";
            case HOUSING -> "your home";
            case FINANCES -> "money matters";
            case SOCIAL_CONTACT -> "seeing other people";
        };
    }

    static String level(NeedLevel level) {
        return switch (level) {
            case LOW -> "a little help";
            case MODERATE -> "some help";
            case SUBSTANTIAL -> "a lot of help";
            case CRITICAL -> "help with everything";
        };
    }

    static String service(ServiceType type) {
        return switch (type) {
            case HOME_CARE -> "home care";
            case DISTRICT_NURSING -> "visits from a district nurse";
            case DAY_CARE -> "day care";
            case RESPITE -> "respite care, to give your carer a break";
            case MEALS -> "meals";
            case EQUIPMENT_AND_ADAPTATIONS -> "equipment and changes to your home";
            case ALARM -> "a personal alarm";
            case NIGHT_SITTING -> "someone to sit with you at night";
            case BATHING -> "help with bathing";
        };
    }

    static String paidBy(Funding funding) {
        return switch (funding.stream()) {
            case HEALTH -> "paid for by the NHS";
            case SOCIAL_CARE -> "paid for by social services";
            case JOINT -> "paid for jointly: " + funding.healthPercent() + " per cent by the NHS and "
                    + funding.socialCarePercent() + " per cent by social services";
        };
    }

    static String services(PackageTerms terms) {
        return terms.services().stream().map(PlainWords::service).collect(Collectors.joining("; "))
                + ". In all it costs " + money(terms.weeklyCostPence()) + " a week"
                + (terms.personContributionPencePerWeek() > 0
                ? ", of which you pay " + money(terms.personContributionPencePerWeek()) + " a week"
                : ", and you pay nothing towards it");
    }

    private static String service(PlannedService s) {
        return service(s.type()) + " from " + s.providerName() + ", " + times(s.unitsPerWeek()) + " a week ("
                + money(s.weeklyCostPence()) + " a week, " + paidBy(s.funding()) + ")"
                + (s.meetsNeeds().isEmpty() ? "" : ", to help with " + needs(s.meetsNeeds().stream().sorted().toList()));
    }

    static String needs(List<NeedDomain> domains) {
        List<String> words = domains.stream().map(PlainWords::need).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String times(int units) {
        return units == 1 ? "once" : units == 2 ? "twice" : units + " times";
    }

    static String consent(ConsentDecision decision, String limits) {
        return switch (decision) {
            case AGREED -> "You agreed that the people who care for you may share your record with each other.";
            case AGREED_WITH_LIMITS -> "You agreed that the people who care for you may share your record, with these limits: "
                    + limits + ".";
            case REFUSED -> "You asked that your record is not shared outside the team that keeps it."
                    + " Only in an emergency may someone else look at it, and that is always checked.";
        };
    }

    static String closed(ClosureReason reason) {
        return switch (reason) {
            case DIED -> "The record was closed following a death.";
            case MOVED_AWAY -> "Your record was closed because you moved away.";
            case NO_LONGER_NEEDS_SERVICES -> "Your record was closed because you no longer need our services.";
        };
    }

    static String destination(DischargeDestination destination) {
        return switch (destination) {
            case USUAL_RESIDENCE -> "went home";
            case RELATIVE_OR_CARER_HOME -> "went to stay with family or your carer";
            case REHABILITATION_OR_INTERMEDIATE_CARE -> "went somewhere to get your strength back before going home";
            case CARE_HOME -> "moved into a care home";
            case OTHER_HOSPITAL -> "moved to another hospital";
            case OTHER -> "went on to somewhere else";
        };
    }

    static String delay(DelayReason reason) {
        return switch (reason) {
            case AWAITING_ASSESSMENT -> "an assessment was still to be done";
            case AWAITING_CARE_PACKAGE -> "your care at home was not yet ready";
            case AWAITING_EQUIPMENT_OR_ADAPTATION -> "equipment or changes to your home were not yet ready";
            case AWAITING_CARE_HOME_PLACE -> "a care home place was not yet free";
            case FUNDING_DISAGREEMENT -> "the NHS and social services had not yet agreed who would pay";
            case PATIENT_OR_FAMILY_CHOICE -> "you or your family chose to wait";
            case HOUSING -> "your housing was not yet sorted out";
        };
    }

    static String followUpBy(FollowUpFor who) {
        return switch (who) {
            case GP -> "Your GP";
            case DISTRICT_NURSE -> "Your district nurse";
            case SOCIAL_CARE -> "Your linkworker";
        };
    }

    static String medicine(MedicationChange change) {
        String what = switch (change.kind()) {
            case STARTED -> "you started taking ";
            case CHANGED -> "a change to ";
            case STOPPED -> "you stopped taking ";
        };
        return what + change.medication() + (change.detail() == null || change.detail().isBlank() ? "" : " (" + change.detail() + ")");
    }

    static String reviewOutcome(ReviewOutcome outcome) {
        return switch (outcome) {
            case CONTINUE -> "Your care carries on as it is.";
            case CHANGE -> "Your needs have changed, so we will assess them again and change your care.";
            case END -> "Your care package comes to an end.";
        };
    }
}
