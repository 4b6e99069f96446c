package org.jointcare.views.linkworkercaseload;

import java.util.Objects;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.Paging;
import org.jointcare.views.HiddenPeople;
import org.jointcare.views.Timestamps;
import org.jointcare.views.ViewPage;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.AssessmentInProgress;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CarersAssessmentAwaited;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.CaseloadSummary;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.DeathNotice;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.OpenReferral;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.PackageInForce;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.Person;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.RecentDischarge;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.ReviewDue;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the caseload questions. The handlers declare the raw {@link ViewPage} because Axon
 * matches a query's response type against a class, never a parameterised type: callers ask
 * with {@code ResponseTypes.instanceOf(ViewPage.class)}; each query names its item type.
 *
 * <p>"Now" comes from the injected clock at query time, so how
 * long a referral has waited or how overdue a review is always reads true on the day.
 */
@Component
public class LinkworkerCaseloadQueries {

    private static final String PERSON_COLUMNS = "p.given_name, p.family_name, p.practice_code, ";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public LinkworkerCaseloadQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage openReferrals(OpenReferralsQuery query) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource();
        return list("caseload_referral r", "r.referral_id", "TRUE", "r.respond_by, r.referral_id", query.scope(),
                params, query.paging(), (rs, row) -> openReferral(rs, now), "");
    }

    private static OpenReferral openReferral(ResultSet rs, Instant now) throws SQLException {
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        Instant receivedAt = Timestamps.read(rs, "received_at");
        Instant respondBy = Timestamps.read(rs, "respond_by");
        return new OpenReferral(person(rs), rs.getObject("referral_id", UUID.class),
                ReferralSource.valueOf(rs.getString("source")), rs.getString("requester_name"),
                rs.getString("requester_organisation_code"), rs.getString("reason"), urgency,
                urgency.responseTarget(), receivedAt, respondBy, Duration.between(receivedAt, now),
                now.isAfter(respondBy));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage assessmentsInProgress(AssessmentsInProgressQuery query) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource();
        return list("caseload_assessment a", "a.assessment_id", "TRUE", "a.started_at, a.assessment_id", query.scope(),
                params, query.paging(), (rs, row) -> assessmentInProgress(rs, now), "", "a.lead_assessor_user_id");
    }

    /** An assessment can complete once it holds a health and a social care contribution: until then it waits for the missing side. */
    private static AssessmentInProgress assessmentInProgress(ResultSet rs, Instant now) throws SQLException {
        Set<Discipline> contributed = EnumSet.noneOf(Discipline.class);
        addIf(rs, "social_care_contributed", Discipline.SOCIAL_CARE, contributed);
        addIf(rs, "district_nursing_contributed", Discipline.DISTRICT_NURSING, contributed);
        addIf(rs, "gp_contributed", Discipline.GP, contributed);
        addIf(rs, "occupational_therapy_contributed", Discipline.OCCUPATIONAL_THERAPY, contributed);
        addIf(rs, "other_contributed", Discipline.OTHER, contributed);
        boolean waitingForHealth = contributed.stream().noneMatch(d -> d.sector() == Discipline.Sector.HEALTH);
        boolean waitingForSocialCare = contributed.stream().noneMatch(d -> d.sector() == Discipline.Sector.SOCIAL_CARE);
        Set<Discipline> waitingFor = EnumSet.noneOf(Discipline.class);
        if (waitingForHealth) {
            waitingFor.addAll(List.of(Discipline.DISTRICT_NURSING, Discipline.GP));
        }
        if (waitingForSocialCare) {
            waitingFor.add(Discipline.SOCIAL_CARE);
        }
        Instant startedAt = Timestamps.read(rs, "started_at");
        return new AssessmentInProgress(person(rs), rs.getObject("assessment_id", UUID.class),
                rs.getObject("referral_id", UUID.class), rs.getString("lead_assessor_user_id"), startedAt,
                Duration.between(startedAt, now), Set.copyOf(contributed), waitingForHealth, waitingForSocialCare,
                Set.copyOf(waitingFor), notYetHeardFrom(contributed));
    }

    private static Set<Discipline> notYetHeardFrom(Set<Discipline> contributed) {
        Set<Discipline> missing = EnumSet.of(Discipline.SOCIAL_CARE, Discipline.DISTRICT_NURSING, Discipline.GP);
        missing.removeAll(contributed);
        return Set.copyOf(missing);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage packagesInForce(PackagesInForceQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return list("caseload_package k", "k.package_id", "TRUE", "k.family_name, k.given_name, k.care_record_id, k.package_id",
                query.scope(), params, query.paging(), (rs, row) -> new PackageInForce(person(rs),
                        rs.getObject("package_id", UUID.class),
                        PackageStatus.valueOf(rs.getString("status")),
                        rs.getObject("start_date", LocalDate.class),
                        serviceTypes(rs.getString("service_types")),
                        rs.getLong("weekly_cost_pence"),
                        rs.getLong("person_contribution_pence"),
                        rs.getString("suspended_reason")), "");
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage reviewsDue(ReviewsDueQuery query) {
        LocalDate today = CareCalendar.dateOf(clock.instant());
        MapSqlParameterSource params = new MapSqlParameterSource("today", today);
        return list("caseload_review r", "r.review_id", "r.due_from <= :today", "r.due_by, r.review_id", query.scope(),
                params, query.paging(), (rs, row) -> reviewDue(rs, today), "");
    }

    private static ReviewDue reviewDue(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueBy = rs.getObject("due_by", LocalDate.class);
        long daysOverdue = Math.max(0, ChronoUnit.DAYS.between(dueBy, today));
        return new ReviewDue(person(rs), rs.getObject("review_id", UUID.class),
                rs.getObject("package_id", UUID.class), rs.getObject("due_from", LocalDate.class), dueBy,
                ReviewTrigger.valueOf(rs.getString("review_trigger")), daysOverdue > 0, daysOverdue);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage recentDischarges(RecentDischargesQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        ViewPage<RecentDischargeRow> rows = list("caseload_discharge d", "d.admission_id",
                NEEDS_FOLLOW_UP,
                "d.discharged_at DESC, d.admission_id", query.scope(), params, query.paging(), (rs, row) -> new RecentDischargeRow(
                        person(rs), rs.getObject("admission_id", UUID.class), rs.getString("hospital_name"),
                        Timestamps.read(rs, "admitted_at"), Timestamps.read(rs, "discharged_at"),
                        DischargeDestination.valueOf(rs.getString("destination")),
                        rs.getString("pathway") == null ? null : DischargePathway.valueOf(rs.getString("pathway")),
                        rs.getInt("awaiting_restart") == 1),
                ", CASE WHEN " + PACKAGE_AWAITING_RESTART + " THEN 1 ELSE 0 END AS awaiting_restart");
        Map<UUID, List<String>> followUps = followUpsOf(rows.items().stream().map(RecentDischargeRow::admissionId).toList());
        return rows.map(row -> new RecentDischarge(row.person, row.admissionId, row.hospitalName, row.admittedAt,
                row.dischargedAt, row.destination, row.pathway, followUps.getOrDefault(row.admissionId, List.of()),
                row.packageAwaitingRestart));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage carersAssessmentsAwaited(CarersAssessmentsAwaitedQuery query) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource();
        return list("caseload_carers_assessment c", "c.carers_assessment_id", "TRUE", "c.requested_at, c.carers_assessment_id",
                query.scope(), params, query.paging(), (rs, row) -> {
                    Instant requestedAt = Timestamps.read(rs, "requested_at");
                    return new CarersAssessmentAwaited(person(rs), rs.getObject("carers_assessment_id", UUID.class),
                            rs.getString("carer_name"), rs.getString("carer_relationship"), rs.getString("carer_contact"),
                            requestedAt, rs.getString("requested_by"), Duration.between(requestedAt, now));
                }, "");
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage deathNotices(DeathNoticesQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return list("caseload_death_notice n", "n.care_record_id", "n.acknowledged_at IS NULL",
                "n.recorded_at DESC, n.care_record_id", query.scope(), params, query.paging(),
                (rs, row) -> new DeathNotice(person(rs), rs.getObject("date_of_death", LocalDate.class),
                        rs.getString("recorded_by_user_id"), rs.getString("recorded_by_organisation"),
                        Timestamps.read(rs, "recorded_at")), "");
    }

    @QueryHandler
    public CaseloadSummary summary(CaseloadSummaryQuery query) {
        Instant now = clock.instant();
        LocalDate today = CareCalendar.dateOf(now);
        MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamps.column(now))
                .addValue("today", today);
        String inScope = scope(query.scope(), params);
        String assessmentsInScope = scope(query.scope(), params, "a.lead_assessor_user_id");
        String referrals = "FROM caseload_referral r JOIN caseload_person p ON p.care_record_id = r.care_record_id WHERE " + inScope;
        String packages = "FROM caseload_package k JOIN caseload_person p ON p.care_record_id = k.care_record_id WHERE " + inScope;
        String reviews = "FROM caseload_review r JOIN caseload_person p ON p.care_record_id = r.care_record_id "
                + "WHERE r.due_from <= :today AND " + inScope;
        return new CaseloadSummary(
                count(referrals, params),
                count(referrals + " AND r.respond_by < :now", params),
                count("FROM caseload_assessment a JOIN caseload_person p ON p.care_record_id = a.care_record_id WHERE "
                        + assessmentsInScope, params),
                count(packages + " AND k.status = 'ACTIVE'", params),
                count(packages + " AND k.status = 'SUSPENDED'", params),
                count(reviews + " AND r.due_by >= :today", params),
                count(reviews + " AND r.due_by < :today", params),
                count("FROM caseload_discharge d JOIN caseload_person p ON p.care_record_id = d.care_record_id "
                        + "WHERE " + NEEDS_FOLLOW_UP + " AND " + inScope, params),
                count("FROM caseload_carers_assessment c JOIN caseload_person p ON p.care_record_id = c.care_record_id WHERE "
                        + inScope, params));
    }

    private static final String HAS_FOLLOW_UP =
            "EXISTS (SELECT 1 FROM caseload_follow_up f WHERE f.admission_id = d.admission_id)";
    private static final String PACKAGE_AWAITING_RESTART =
            "EXISTS (SELECT 1 FROM caseload_package s WHERE s.suspended_by_admission_id = d.admission_id)";
    /**
     * A discharge is on the caseload from the day it is recorded until the linkworker records its
     * follow-up: when it asks social care for something or leaves the package waiting to restart.
     */
    private static final String NEEDS_FOLLOW_UP = "d.discharged_at IS NOT NULL AND d.followed_up_at IS NULL AND ("
            + HAS_FOLLOW_UP + " OR " + PACKAGE_AWAITING_RESTART + ")";

    private record RecentDischargeRow(Person person, UUID admissionId, String hospitalName, Instant admittedAt,
                                      Instant dischargedAt, DischargeDestination destination, DischargePathway pathway,
                                      boolean packageAwaitingRestart) {
    }

    private Map<UUID, List<String>> followUpsOf(List<UUID> admissionIds) {
        Map<UUID, List<String>> followUps = new HashMap<>();
        if (admissionIds.isEmpty()) {
            return followUps;
        }
        jdbc.query("SELECT * FROM caseload_follow_up WHERE admission_id IN (:ids) ORDER BY admission_id, line_no",
                new MapSqlParameterSource("ids", admissionIds),
                rs -> {
                    followUps.computeIfAbsent(rs.getObject("admission_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("action_text"));
                });
        return followUps;
    }

    /**
     * One page of a caseload list and its total. A row is in a scope when its person (whose
     * practice and linkworker each row carries) is registered at one of the practices or
     * allocated to the linkworker, or the linkworker is named in one of {@code linkworkerColumns}.
     * Each of those is one range of an index in the list's order ({@code orderBy}, ending in the
     * row's unique key), so each branch reads at most offset + size rows off its index; their
     * union (which drops rows reached twice) is small enough to order and cut to the page. The
     * total is read from the totals the projection keeps, or, for the lists of what falls
     * due by a date, counts the union of the branches' keys, each an index range.
     *
     * @param table    the list's table and alias, e.g. {@code caseload_package k}
     * @param key      the row's unique key, e.g. {@code k.package_id}
     * @param filter   what else a row must meet to be on the list ({@code TRUE} for nothing)
     * @param moreColumns columns (each after a comma) worked out for the page's rows only
     */
    private <T> ViewPage<T> list(String table, String key, String filter, String orderBy, LinkworkerCaseloadScope scope,
                                 MapSqlParameterSource params, Paging paging, RowMapper<T> mapper,
                                 String moreColumns, String... linkworkerColumns) {
        String alias = table.substring(table.indexOf(' ') + 1);
        List<String[]> branches = new ArrayList<>(); // {index key column, parameter}
        int n = 0;
        for (String practice : new TreeSet<>(scope.practiceCodes())) {
            params.addValue("practice" + n, practice);
            branches.add(new String[] {alias + ".practice_code", ":practice" + n++});
        }
        if (scope.hasLinkworker()) {
            params.addValue("linkworker", scope.linkworkerUserId());
            branches.add(new String[] {alias + ".linkworker_user_id", ":linkworker"});
            for (String column : linkworkerColumns) {
                branches.add(new String[] {column, ":linkworker"});
            }
        }
        params.addValue("reach", paging.offset() + paging.size())
                .addValue("pageLimit", paging.size())
                .addValue("pageOffset", paging.offset());
        List<String> pages = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String hidden = HiddenPeople.excluded(alias + ".care_record_id", scope.hidden(), params);
        for (String[] branch : branches) {
            String where = " FROM " + table + " WHERE " + branch[0] + " = " + branch[1] + " AND " + filter + hidden;
            // the ORDER BY names the index's leading column although it is fixed: H2 reads the
            // range in index order (no sort) only when it does
            pages.add("(SELECT " + alias + ".*" + where + " ORDER BY " + branch[0] + ", " + orderBy + " LIMIT :reach)");
            keys.add("SELECT " + key + where);
        }
        String union = branches.size() == 1 ? " UNION ALL " : " UNION ";
        String list = table.substring(0, table.indexOf(' '));
        Long total;
        if (LinkworkerCaseloadProjection.KEPT_TOTALS.containsKey(list)) {
            // kept by the projection: a few rows per practice and linkworker, each list row in one
            List<String> inScope = new ArrayList<>();
            for (String[] branch : branches) {
                String column = branch[0].substring(branch[0].indexOf('.') + 1);
                inScope.add(column + " = " + branch[1]);
            }
            total = jdbc.queryForObject("SELECT COALESCE(SUM(items), 0) FROM caseload_list_total WHERE list_name = '" + list
                    + "' AND (" + String.join(" OR ", inScope) + ")", params, Long.class);
            if (!hidden.isEmpty() && total != null) {
                // the kept totals count everyone: take away the rows in scope of the people left out
                String only = HiddenPeople.only(alias + ".care_record_id", scope.hidden(), params);
                List<String> hiddenKeys = new ArrayList<>();
                for (String[] branch : branches) {
                    hiddenKeys.add("SELECT " + key + " FROM " + table + " WHERE " + branch[0] + " = " + branch[1]
                            + " AND " + filter + only);
                }
                total -= jdbc.queryForObject("SELECT COUNT(*) FROM (" + String.join(" UNION ", hiddenKeys) + ") h",
                        params, Long.class);
            }
        } else {
            // the lists of what falls due by a date are counted on the day, over the same index ranges
            total = jdbc.queryForObject(branches.size() == 1
                    ? "SELECT COUNT(*)" + keys.get(0).substring(keys.get(0).indexOf(" FROM "))
                    : "SELECT COUNT(*) FROM (" + String.join(" UNION ", keys) + ") k", params, Long.class);
        }
        List<T> items = jdbc.query("SELECT " + PERSON_COLUMNS + alias + ".*" + moreColumns + " FROM (" + String.join(union, pages) + ") " + alias
                + " JOIN caseload_person p ON p.care_record_id = " + alias + ".care_record_id"
                + " ORDER BY " + orderBy + " LIMIT :pageLimit OFFSET :pageOffset", params, mapper);
        return ViewPage.of(items, paging, total == null ? 0 : total);
    }

    /**
     * Rows belong to the caseload when the person is allocated to the linkworker (or, for
     * assessments, the linkworker leads them) or is registered at one of the practices.
     */
    private static String scope(LinkworkerCaseloadScope scope, MapSqlParameterSource params, String... linkworkerColumns) {
        List<String> either = new ArrayList<>();
        if (scope.hasLinkworker()) {
            params.addValue("linkworker", scope.linkworkerUserId());
            either.add("p.linkworker_user_id = :linkworker");
            Arrays.stream(linkworkerColumns).forEach(column -> either.add(column + " = :linkworker"));
        }
        if (!scope.practiceCodes().isEmpty()) {
            params.addValue("practices", scope.practiceCodes());
            either.add("p.practice_code IN (:practices)");
        }
        return "(" + String.join(" OR ", either) + ")" + HiddenPeople.excluded("p.care_record_id", scope.hidden(), params);
    }


    private long count(String from, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) " + from, params, Long.class);
        return count == null ? 0 : count;
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getObject("care_record_id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("practice_code"));
    }

    private static void addIf(ResultSet rs, String column, Discipline discipline, Set<Discipline> into) throws SQLException {
        if (rs.getBoolean(column)) {
            into.add(discipline);
        }
    }

    private static List<ServiceType> serviceTypes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(ServiceType::valueOf).toList();
    }

    // ------------------------------------------------------------------ the questions

    /** Referrals not yet screened, the nearest response deadline first. Answers {@code ViewPage<OpenReferral>}. */
    public record OpenReferralsQuery(LinkworkerCaseloadScope scope, Paging paging) {
        public OpenReferralsQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Joint assessments started and not completed, oldest first. Answers {@code ViewPage<AssessmentInProgress>}. */
    public record AssessmentsInProgressQuery(LinkworkerCaseloadScope scope, Paging paging) {
        public AssessmentsInProgressQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Active and suspended packages, by person name. Answers {@code ViewPage<PackageInForce>}. */
    public record PackagesInForceQuery(LinkworkerCaseloadScope scope, Paging paging) {
        public PackagesInForceQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Reviews inside their window or overdue, the earliest due first. Answers {@code ViewPage<ReviewDue>}. */
    public record ReviewsDueQuery(LinkworkerCaseloadScope scope, Paging paging) {
        public ReviewsDueQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Discharges whose social care follow-up is not yet recorded, newest first. Answers {@code ViewPage<RecentDischarge>}. */
    public record RecentDischargesQuery(LinkworkerCaseloadScope scope, Paging paging) {
        public RecentDischargesQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Carers' assessments asked for and not yet carried out, the oldest request first. Answers {@code ViewPage<CarersAssessmentAwaited>}. */
    public record CarersAssessmentsAwaitedQuery(LinkworkerCaseloadScope scope, Paging paging) {
        public CarersAssessmentsAwaitedQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Deaths of the caseload's people not yet acknowledged by a linkworker, newest first. Answers {@code ViewPage<DeathNotice>}. */
    public record DeathNoticesQuery(LinkworkerCaseloadScope scope, Paging paging) {
        public DeathNoticesQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** How many of each the caseload holds now. Answers {@link CaseloadSummary}. */
    public record CaseloadSummaryQuery(LinkworkerCaseloadScope scope) {
        public CaseloadSummaryQuery {
            Objects.requireNonNull(scope, "scope");
        }
    }
}
