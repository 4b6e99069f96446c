package org.jointcare.views.clientleveldata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.carepackage.FundingStream;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.views.CareRecordState;

/**
 * The rows of the return one care record makes, as it stands: worked out afresh from the record
 * after each event that changes them, so an entry marked in error (which leaves the record) leaves
 * the return too, and a rebuild gives the same rows.
 *
 * <ul>
 *   <li><b>Request</b>: a referral once answered (accepted, or closed: simple need met, signposted,
 *   declined, withdrawn when the record closed); a referral still waiting has no outcome yet.</li>
 *   <li><b>Assessment</b>: a completed joint assessment, with whether eligible needs were found.</li>
 *   <li><b>Service</b>: each social-care or jointly funded service of a package, from the package's
 *   start to its last day (ended, replaced by a revision, or the date of death, whichever first);
 *   open while in force (a suspended package is still arranged), one row for each period its terms
 *   stood unchanged: an amendment that changes or takes out a service ends its row the day before it
 *   takes effect, and the changed service starts a row of its own that day ({@link #addServiceRows}).
 *   District nursing and fully health-funded services are NHS care, not the council's, and are left
 *   out. A service whose package ended before it started (or that was changed on its first day) was
 *   cancelled and is left out.</li>
 *   <li><b>Review</b>: a completed review.</li>
 *   <li><b>Carers</b>, on rows of their own (client type unpaid carer, linked to the person cared for,
 *   one identifier for every assessment of the same carer: {@link #carerIdOf}): a carer's assessment
 *   carried out, and the support arranged from it as a service ({@link #addCarerSupportRow}).</li>
 * </ul>
 *
 * <p>The person's gender, ethnicity, primary support reason, accommodation and employment are written
 * as recorded in their details ({@link Characteristics}), in the return's words ({@link CldCodes}); one
 * not recorded is written as the specification's "not known", except accommodation, which then comes
 * from the living situation where that tells it (a care home, sheltered housing). A carer's row says
 * "not known" for all of them: the record holds no characteristics of carers. Fields the record does not
 * hold at all are left blank where a blank is allowed (postcode, the impairment flags).
 */
final class CldRows {

    private CldRows() {
    }

    static List<CldRow> of(CareRecordState record) {
        List<CldRow> rows = new ArrayList<>();
        if (!record.registered()) {
            return rows;
        }
        Map<CldColumn, String> person = personOf(record);
        String locality = record.locality();
        for (CareRecordState.Referral referral : record.referrals()) {
            if (referral.state() == CareRecordState.ReferralState.RECEIVED || referral.respondedAt() == null) {
                continue;
            }
            Map<CldColumn, String> values = new EnumMap<>(person);
            values.put(CldColumn.REQUEST_ROUTE_OF_ACCESS, referral.source() == ReferralSource.HOSPITAL
                    ? CldCodes.ROUTE_DISCHARGE_FROM_HOSPITAL : CldCodes.ROUTE_COMMUNITY_OR_OTHER);
            rows.add(row(record, "REQ-" + referral.referralId(), locality, CldCodes.REQUEST,
                    CareCalendar.dateOf(referral.receivedAt()), CareCalendar.dateOf(referral.respondedAt()),
                    "Referral (" + words(referral.source().name()) + ")", requestOutcome(record, referral), values));
        }
        for (CareRecordState.Assessment assessment : record.assessments()) {
            if (!assessment.completed()) {
                continue;
            }
            Map<CldColumn, String> values = new EnumMap<>(person);
            boolean eligible = assessment.eligibility() != null && assessment.eligibility().eligible();
            values.put(CldColumn.ASSESSMENT_TYPE, CldCodes.LONG_TERM_ASSESSMENT);
            values.put(CldColumn.ELIGIBLE_NEEDS_IDENTIFIED, eligible ? CldCodes.YES : CldCodes.NO);
            rows.add(row(record, "ASM-" + assessment.assessmentId(), locality, CldCodes.ASSESSMENT,
                    CareCalendar.dateOf(assessment.startedAt()), CareCalendar.dateOf(assessment.completedAt()),
                    "Joint health and social care assessment",
                    eligible ? CldCodes.PROGRESS_TO_SERVICES : CldCodes.NFA_NO_SERVICES_OTHER, values));
        }
        for (CareRecordState.CarePackage carePackage : record.packages()) {
            addServiceRows(rows, record, carePackage, person, locality);
        }
        for (CareRecordState.Review review : record.completedReviews()) {
            Map<CldColumn, String> values = new EnumMap<>(person);
            values.put(CldColumn.REVIEW_REASON, review.trigger() == ReviewTrigger.PACKAGE_STARTED
                    || review.trigger() == ReviewTrigger.PACKAGE_CHANGED || review.trigger() == ReviewTrigger.ANNUAL
                    ? CldCodes.PLANNED_REVIEW : CldCodes.UNPLANNED_REVIEW);
            String outcome = review.findings() == null ? "" : switch (review.findings().outcome()) {
                case CONTINUE -> CldCodes.CONTINUATION;
                case CHANGE -> CldCodes.PROGRESS_TO_ASSESSMENT;
                case END -> CldCodes.NFA_ENDED_AS_PLANNED;
            };
            rows.add(row(record, "REV-" + review.reviewId(), locality, CldCodes.REVIEW, review.conductedOn(),
                    review.conductedOn(), "Review of the care package", outcome, values));
        }
        for (CareRecordState.CarersAssessment carers : record.carersAssessments()) {
            if (!carers.carriedOut()) {
                continue;
            }
            Map<CldColumn, String> values = carerOf(record, carers);
            boolean eligible = carers.eligibility() != null && carers.eligibility().eligible();
            values.put(CldColumn.ASSESSMENT_TYPE, CldCodes.UNPAID_CARER_ASSESSMENT);
            values.put(CldColumn.ELIGIBLE_NEEDS_IDENTIFIED, eligible ? CldCodes.YES : CldCodes.NO);
            rows.add(row(record, "CAS-" + carers.carersAssessmentId(), locality, CldCodes.ASSESSMENT,
                    CareCalendar.dateOf(carers.requestedAt()), carers.carriedOutOn(), "Carer's assessment (Care Act 2014 s.10)",
                    eligible ? CldCodes.PROGRESS_TO_SERVICES : CldCodes.NFA_NO_SERVICES_OTHER, values));
            if (carers.supported()) {
                addCarerSupportRow(rows, record, carers, locality);
            }
        }
        return rows;
    }

    /** A service of a package while its terms stand unchanged: what it is, the row's reference and its first day. */
    private record ServicePeriod(String reference, PlannedService service, LocalDate start) {
    }

    /**
     * The package's services, one row for each service for as long as its terms stand unchanged. Each set of terms
     * the package has had (as arranged, then each amendment standing, in date order) is laid over the services
     * open: a service the amendment leaves as it was goes on in the same row; one it changes (cost, units, provider,
     * funding) or takes out ends the day before the amendment took effect, and the changed service starts a row of
     * its own that day, so each row carries the cost in force over its dates. A changed service's row ends with
     * "Continuation of support or services", the published outcome a revision gives too; a service taken out ends
     * "as planned". What is open when the package ends closes on its last day ({@link #lastDayOf}); an amendment
     * from after that day never took effect.
     *
     * <p>References: {@code SRV-<package>-<n>} for the n-th service as arranged (as before amendments were
     * reported: a package never amended keeps its references), {@code SRV-<package>-A<k>-<n>} for the n-th service
     * of the k-th amendment recorded on the package. Both follow from the events alone, so a rebuild gives them
     * again, and no two rows share one.
     */
    private static void addServiceRows(List<CldRow> rows, CareRecordState record, CareRecordState.CarePackage carePackage,
                                       Map<CldColumn, String> person, String locality) {
        LocalDate lastDay = lastDayOf(record, carePackage);
        List<CldRow> serviceRows = new ArrayList<>();
        List<ServicePeriod> open = new ArrayList<>();
        for (CareRecordState.TermsFrom terms : carePackage.termsOverTime()) {
            if (lastDay != null && lastDay.isBefore(terms.from())) {
                break;
            }
            List<PlannedService> services = terms.terms().services();
            boolean[] goesOn = new boolean[services.size()];
            List<ServicePeriod> ended = new ArrayList<>();
            for (ServicePeriod period : open) {
                int same = unchanged(services, goesOn, period.service());
                if (same < 0) {
                    ended.add(period);
                } else {
                    goesOn[same] = true;
                }
            }
            open.removeAll(ended);
            // an ended service is a changed one when a new service of its type takes its place, one for one
            boolean[] takesAPlace = goesOn.clone();
            for (ServicePeriod period : ended) {
                boolean changed = false;
                for (int i = 0; i < services.size() && !changed; i++) {
                    changed = !takesAPlace[i] && services.get(i).type() == period.service().type()
                            && reportedAsSocialCare(services.get(i));
                    takesAPlace[i] |= changed;
                }
                serviceRows.add(serviceRow(record, period, terms.from().minusDays(1),
                        changed ? CldCodes.CONTINUATION : CldCodes.NFA_ENDED_AS_PLANNED, person, locality));
            }
            for (int i = 0; i < services.size(); i++) {
                if (!goesOn[i] && reportedAsSocialCare(services.get(i))) {
                    String reference = "SRV-" + carePackage.packageId() + "-"
                            + (terms.amendment() == 0 ? "" : "A" + terms.amendment() + "-") + (i + 1);
                    open.add(new ServicePeriod(reference, services.get(i), terms.from()));
                }
            }
        }
        for (ServicePeriod period : open) {
            serviceRows.add(serviceRow(record, period, lastDay,
                    lastDay == null ? "" : serviceOutcome(record, carePackage, lastDay), person, locality));
        }
        // a service changed or ended before it started (the amendment took effect on its first day, the package
        // ended before it began) was cancelled: it is left out
        serviceRows.stream().filter(row -> row.endDate() == null || !row.endDate().isBefore(row.startDate())).forEach(rows::add);
    }

    /** The index of a service of {@code services}, not yet matched, that is {@code service} unchanged in what the return reports; -1 if none. */
    private static int unchanged(List<PlannedService> services, boolean[] matched, PlannedService service) {
        for (int i = 0; i < services.size(); i++) {
            PlannedService other = services.get(i);
            if (!matched[i] && other.type() == service.type() && other.providerType() == service.providerType()
                    && Objects.equals(other.providerName(), service.providerName())
                    && other.unitsPerWeek() == service.unitsPerWeek() && other.unitCostPence() == service.unitCostPence()
                    && Objects.equals(other.funding(), service.funding())) {
                return i;
            }
        }
        return -1;
    }

    private static CldRow serviceRow(CareRecordState record, ServicePeriod period, LocalDate end, String outcome,
                                     Map<CldColumn, String> person, String locality) {
        PlannedService service = period.service();
        Map<CldColumn, String> values = new EnumMap<>(person);
        values.put(CldColumn.SERVICE_TYPE, service.type() == ServiceType.RESPITE
                ? CldCodes.SHORT_TERM_OTHER : CldCodes.LONG_TERM_COMMUNITY);
        values.put(CldColumn.SERVICE_COMPONENT, componentOf(service.type()));
        values.put(CldColumn.DELIVERY_MECHANISM, CldCodes.CASSR_COMMISSIONED);
        // the record's unit of service has no declared length (an hour, a visit, a meal), so the
        // cost is written per week, exact from the record, as one weekly unit
        putWeeklyCost(values, service.weeklyCostPence());
        return row(record, period.reference(), locality, CldCodes.SERVICE, period.start(), end,
                "Care package service (" + words(service.type().name()) + ")", outcome, values);
    }

    private static void putWeeklyCost(Map<CldColumn, String> values, long pencePerWeek) {
        values.put(CldColumn.UNIT_COST, pounds(pencePerWeek));
        values.put(CldColumn.COST_FREQUENCY_UNIT_TYPE, CldCodes.WEEKLY);
        values.put(CldColumn.PLANNED_UNITS_PER_WEEK, "1");
    }

    /**
     * The support arranged for a carer after their assessment, as a service on the carer's own rows ({@code CSU-}
     * and the assessment's id: one support is arranged from an assessment), linked to the person cared for.
     * A service of the cared-for person's package (a sitting service, respite) is "Support involving the person
     * cared-for" with that service's component; the carer's own support plan is "Direct to unpaid carer".
     *
     * <p>It starts on the support's start date and ends ({@link #carerSupportLastDay}) when what it rests on ends:
     * the cared-for person's death (the caring it sustains ended that day), the record's closure (moved away, no
     * longer needing services: what was open is ended with it, and a reopened record does not restart it), and
     * for a service of the package, the package's end or replacement (the support was that package's service, and
     * a revised package is arranged anew) or an amendment that takes the service out of it. Open while in force.
     * Its outcome, once ended, is "NFA: Support ended for other reason": "NFA: Deceased" would say the carer died.
     * A service of the package that is NHS care (district nursing, fully health funded) is not the council's and
     * is left out, as on the cared-for person's rows.
     */
    private static void addCarerSupportRow(List<CldRow> rows, CareRecordState record,
                                           CareRecordState.CarersAssessment carers, String locality) {
        boolean inPackage = carers.supportKind() == CarerSupportKind.SERVICE_IN_PACKAGE;
        CareRecordState.CarePackage carePackage = inPackage && carers.supportPackageId() != null
                ? record.carePackage(carers.supportPackageId()).orElse(null) : null;
        if (inPackage && (carePackage == null || carePackage.termsOverTime().stream()
                .flatMap(terms -> terms.terms().services().stream())
                .noneMatch(service -> service.type() == carers.supportService() && reportedAsSocialCare(service)))) {
            return;
        }
        LocalDate start = carers.supportFrom();
        LocalDate end = carerSupportLastDay(record, carers, carePackage);
        if (end != null && end.isBefore(start)) {
            return;
        }
        Map<CldColumn, String> values = carerOf(record, carers);
        values.put(CldColumn.SERVICE_TYPE, inPackage ? CldCodes.CARER_SUPPORT_INVOLVING_CARED_FOR : CldCodes.CARER_SUPPORT_DIRECT);
        // the published component list has no carer's value (a break, a carer's personal budget): a service of the
        // package keeps its own component; the carer's own plan, which the record holds in words only, takes the
        // nearest listed one, support at home, to be checked against the NHS England workbook before a submission
        values.put(CldColumn.SERVICE_COMPONENT, inPackage ? componentOf(carers.supportService()) : CldCodes.HOME_SUPPORT);
        values.put(CldColumn.DELIVERY_MECHANISM, CldCodes.CASSR_COMMISSIONED);
        // a service of the package is costed once, on the cared-for person's row; the carer's own plan has no cost
        // in the record: the carer's row carries none rather than count a cost twice or invent one
        putWeeklyCost(values, 0);
        rows.add(row(record, "CSU-" + carers.carersAssessmentId(), locality, CldCodes.SERVICE, start, end,
                inPackage ? "Carer's support: " + words(carers.supportService().name()) + " in the package of the person cared for"
                        : "Carer's own support plan",
                end == null ? "" : CldCodes.NFA_ENDED_OTHER, values));
    }

    private static LocalDate carerSupportLastDay(CareRecordState record, CareRecordState.CarersAssessment carers,
                                                 CareRecordState.CarePackage carePackage) {
        LocalDate end = earliest(carers.recordClosedOn(), record.dateOfDeath());
        if (carePackage != null) {
            end = earliest(end, lastDayOf(record, carePackage));
            for (CareRecordState.TermsFrom terms : carePackage.termsOverTime()) {
                if (terms.from().isAfter(carers.supportFrom())
                        && terms.terms().services().stream().noneMatch(service -> service.type() == carers.supportService())) {
                    end = earliest(end, terms.from().minusDays(1));
                }
            }
        }
        return end;
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one == null || (other != null && other.isBefore(one)) ? other : one;
    }

    private static CldRow row(CareRecordState record, String reference, String locality, String eventType,
                              LocalDate start, LocalDate end, String description, String outcome,
                              Map<CldColumn, String> values) {
        // an event ended by the death (a referral withdrawn when it was recorded, days later) ends on the date of
        // death, as the specification's date order asks and as DHSC's own processing corrects it
        LocalDate died = record.dateOfDeath();
        if (died != null && end != null && end.isAfter(died) && !start.isAfter(died)) {
            end = died;
        }
        values.put(CldColumn.EVENT_TYPE, eventType);
        values.put(CldColumn.EVENT_REFERENCE, reference);
        values.put(CldColumn.EVENT_START_DATE, start.toString());
        values.put(CldColumn.EVENT_END_DATE, end == null ? "" : end.toString());
        values.put(CldColumn.EVENT_DESCRIPTION, description);
        values.put(CldColumn.EVENT_OUTCOME, outcome);
        return new CldRow(reference, record.careRecordId(), locality, eventType, start, end, values);
    }

    /**
     * The person fields of the service user's rows: what the record holds, and "not known" for what it does not.
     * The accommodation recorded wins; without it the living situation tells it where it can (a care home,
     * sheltered housing).
     */
    private static Map<CldColumn, String> personOf(CareRecordState record) {
        PersonDetails person = record.person();
        Map<CldColumn, String> values = new EnumMap<>(CldColumn.class);
        values.put(CldColumn.NHS_NUMBER, record.nhsNumber() == null ? "" : record.nhsNumber());
        values.put(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, record.careRecordId().toString());
        values.put(CldColumn.GP_PRACTICE_CODE, record.practiceCode());
        Characteristics recorded = person.characteristics();
        values.put(CldColumn.GENDER, recorded.gender() == null ? CldCodes.GENDER_UNKNOWN : CldCodes.gender(recorded.gender()));
        values.put(CldColumn.ETHNICITY, recorded.ethnicity() == null
                ? CldCodes.ETHNICITY_NOT_KNOWN : CldCodes.ethnicity(recorded.ethnicity()));
        values.put(CldColumn.DATE_OF_BIRTH, person.dateOfBirth() == null ? "" : person.dateOfBirth().toString());
        values.put(CldColumn.DATE_OF_DEATH, record.dateOfDeath() == null ? "" : record.dateOfDeath().toString());
        values.put(CldColumn.CLIENT_TYPE, CldCodes.SERVICE_USER);
        values.put(CldColumn.PRIMARY_SUPPORT_REASON, recorded.primarySupportReason() == null
                ? CldCodes.UNKNOWN : CldCodes.primarySupportReason(recorded.primarySupportReason()));
        values.put(CldColumn.ACCOMMODATION_STATUS, recorded.accommodationStatus() == null
                ? accommodationOf(person.livingSituation()) : CldCodes.accommodationStatus(recorded.accommodationStatus()));
        values.put(CldColumn.EMPLOYMENT_STATUS, recorded.employmentStatus() == null
                ? CldCodes.UNKNOWN : CldCodes.employmentStatus(recorded.employmentStatus()));
        values.put(CldColumn.HAS_UNPAID_CARER, !person.carers().isEmpty()
                || person.livingSituation() == LivingSituation.LIVES_WITH_CARER ? CldCodes.YES : CldCodes.UNKNOWN);
        values.put(CldColumn.CLIENT_FUNDING_STATUS, fundingStatusOf(record));
        return values;
    }

    /** A carer is a person of their own, known here only through the assessment on the cared-for person's record. */
    private static Map<CldColumn, String> carerOf(CareRecordState record, CareRecordState.CarersAssessment carers) {
        Map<CldColumn, String> values = new EnumMap<>(CldColumn.class);
        values.put(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, carerIdOf(record, carers));
        values.put(CldColumn.GENDER, CldCodes.GENDER_UNKNOWN);
        values.put(CldColumn.ETHNICITY, CldCodes.ETHNICITY_NOT_KNOWN);
        values.put(CldColumn.CLIENT_TYPE, CldCodes.UNPAID_CARER);
        values.put(CldColumn.ACCOMMODATION_STATUS, CldCodes.UNKNOWN);
        values.put(CldColumn.EMPLOYMENT_STATUS, CldCodes.UNKNOWN);
        values.put(CldColumn.NO_OF_ADULTS_BEING_CARED_FOR, "1");
        values.put(CldColumn.ADULT_1_LINKED_PERSON_ID, record.careRecordId().toString());
        return values;
    }

    /**
     * The carer's identifier in the return, the same on every row of the same carer of this record: {@code CARER-}
     * and the id of the carer's first assessment here. The record knows a carer by their name, case and the spaces
     * around it aside (it refuses a second assessment waiting for the same name), and so does this; the id itself
     * was drawn at random when that first assessment was asked for, so it tells nothing of the carer, where a
     * hash of the name could be tested against guessed names by anyone holding the return. A carer assessed once
     * keeps the identifier the return gave them before carers assessed again were recognised.
     */
    static String carerIdOf(CareRecordState record, CareRecordState.CarersAssessment carers) {
        String name = nameOf(carers);
        CareRecordState.CarersAssessment first = name == null ? carers : record.carersAssessments().stream()
                .filter(other -> name.equals(nameOf(other)))
                .findFirst().orElse(carers);
        return "CARER-" + first.carersAssessmentId();
    }

    private static String nameOf(CareRecordState.CarersAssessment carers) {
        return carers.carer() == null || carers.carer().name() == null ? null
                : carers.carer().name().strip().toLowerCase(Locale.UK);
    }

    /** The accommodation as far as who the person lives with tells it, when no accommodation is recorded. */
    private static String accommodationOf(LivingSituation situation) {
        if (situation == null) {
            return CldCodes.UNKNOWN;
        }
        return switch (situation) {
            case CARE_HOME -> CldCodes.REGISTERED_CARE_HOME;
            case SHELTERED_HOUSING -> CldCodes.SHELTERED_HOUSING;
            // who they live with does not tell the tenure the return asks for
            case LIVES_ALONE, LIVES_WITH_CARER, LIVES_WITH_FAMILY, NO_FIXED_ABODE, OTHER -> CldCodes.UNKNOWN;
        };
    }

    /** From the package in force, else the last one: the person pays a share or not; without a package, not known. */
    private static String fundingStatusOf(CareRecordState record) {
        CareRecordState.CarePackage latest = record.packageInForce()
                .orElse(record.packages().isEmpty() ? null : record.packages().get(record.packages().size() - 1));
        if (latest == null || latest.terms().services().stream().noneMatch(CldRows::reportedAsSocialCare)) {
            return CldCodes.UNKNOWN;
        }
        return latest.terms().personContributionPencePerWeek() > 0
                ? CldCodes.JOINT_CLIENT_AND_SOCIAL_CARE_FUNDED : CldCodes.FULLY_SOCIAL_CARE_FUNDED;
    }

    private static boolean reportedAsSocialCare(PlannedService service) {
        return service.type() != ServiceType.DISTRICT_NURSING && service.funding() != null
                && service.funding().stream() != FundingStream.HEALTH;
    }

    private static String componentOf(ServiceType type) {
        return switch (type) {
            case HOME_CARE, NIGHT_SITTING, BATHING -> CldCodes.HOME_SUPPORT;
            case RESPITE -> CldCodes.SHORT_TERM_RESIDENTIAL;
            case EQUIPMENT_AND_ADAPTATIONS -> CldCodes.EQUIPMENT;
            case DAY_CARE -> CldCodes.DAY_CARE;
            case MEALS -> CldCodes.MEALS;
            case ALARM -> CldCodes.TELECARE;
            case DISTRICT_NURSING -> throw new IllegalArgumentException("District nursing is not reported");
        };
    }

    /** The package's last day: ended or replaced, cut to the date of death when that came first; null while in force. */
    private static LocalDate lastDayOf(CareRecordState record, CareRecordState.CarePackage carePackage) {
        LocalDate end = carePackage.inForce() ? null : carePackage.endedOn();
        LocalDate died = record.dateOfDeath();
        if (died != null && (end == null || died.isBefore(end))) {
            return died;
        }
        return end;
    }

    private static String serviceOutcome(CareRecordState record, CareRecordState.CarePackage carePackage, LocalDate end) {
        if (record.dateOfDeath() != null && !record.dateOfDeath().isAfter(end)) {
            return CldCodes.NFA_DECEASED;
        }
        if (carePackage.state() == CareRecordState.PackageState.REPLACED) {
            return CldCodes.CONTINUATION;
        }
        if (record.closed() && record.closureReason() == ClosureReason.MOVED_AWAY) {
            return "NFA: Responsibility moved to another local authority";
        }
        return CldCodes.NFA_ENDED_OTHER;
    }

    private static String requestOutcome(CareRecordState record, CareRecordState.Referral referral) {
        if (referral.state() != CareRecordState.ReferralState.CLOSED) {
            return CldCodes.PROGRESS_TO_ASSESSMENT;
        }
        return switch (referral.closure()) {
            case SIMPLE_NEED_MET, SIGNPOSTED -> CldCodes.NFA_INFORMATION;
            case DECLINED -> CldCodes.NFA_NO_SERVICES_OTHER;
            case WITHDRAWN_ON_RECORD_CLOSURE -> record.dateOfDeath() != null || record.closureReason() == ClosureReason.DIED
                    ? CldCodes.NFA_DECEASED : CldCodes.NFA_OTHER;
        };
    }

    private static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    private static String words(String constant) {
        return constant.toLowerCase().replace('_', ' ');
    }
}
