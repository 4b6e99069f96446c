package org.jointcare.views.districtnursing;

import org.jointcare.views.Paging;
import java.util.Objects;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.HiddenPeople;
import org.jointcare.views.Timestamps;
import org.jointcare.views.ViewPage;
import org.jointcare.views.districtnursing.DistrictNursingItems.AssessmentAwaitingNursing;
import org.jointcare.views.districtnursing.DistrictNursingItems.DeathNotice;
import org.jointcare.views.districtnursing.DistrictNursingItems.DischargeNeedingVisit;
import org.jointcare.views.districtnursing.DistrictNursingItems.NursingPackage;
import org.jointcare.views.districtnursing.DistrictNursingItems.Person;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the district nursing questions: the team's worklist (a person's shared case history
 * is the record history's, see {@code org.jointcare.views.recordhistory}). The handlers declare the raw {@link ViewPage} because Axon matches a query's
 * response type against a class, never a parameterised type; each query names its item type.
 * Which people a nurse may read the history of is the API's decision (sharing rules).
 */
@Component
public class DistrictNursingQueries {

    private static final String PERSON_COLUMNS =
            "p.given_name, p.family_name, p.date_of_birth, p.practice_code, p.nursing_team_code, ";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public DistrictNursingQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage assessmentsAwaitingNursing(AssessmentsAwaitingNursingQuery query) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource();
        String from = "FROM dn_assessment_waiting a JOIN dn_person p ON p.care_record_id = a.care_record_id"
                + " WHERE a.nursing_contributed = FALSE AND " + scope(query.scope(), params);
        return ViewPage.select(jdbc, PERSON_COLUMNS + "a.*", from, "a.started_at, a.assessment_id", params, query.paging(),
                (rs, row) -> {
                    Instant startedAt = Timestamps.read(rs, "started_at");
                    return new AssessmentAwaitingNursing(person(rs), rs.getObject("assessment_id", UUID.class),
                            rs.getObject("referral_id", UUID.class), rs.getString("lead_assessor_user_id"), startedAt,
                            Duration.between(startedAt, now));
                });
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage nursingPackages(NursingPackagesQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String from = "FROM dn_package k JOIN dn_person p ON p.care_record_id = k.care_record_id "
                + "WHERE k.nursing_visits_per_week > 0 AND " + scope(query.scope(), params);
        return ViewPage.select(jdbc, PERSON_COLUMNS + "k.*", from, "p.family_name, p.given_name, p.care_record_id, k.package_id",
                params, query.paging(), (rs, row) -> new NursingPackage(person(rs),
                        rs.getObject("package_id", UUID.class), PackageStatus.valueOf(rs.getString("status")),
                        rs.getObject("start_date", LocalDate.class), rs.getInt("nursing_visits_per_week"),
                        rs.getLong("nursing_weekly_cost_pence"), rs.getString("nursing_providers"),
                        rs.getString("suspended_reason")));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage dischargesNeedingVisit(DischargesNeedingVisitQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String from = "FROM dn_discharge d JOIN dn_person p ON p.care_record_id = d.care_record_id "
                + "WHERE d.discharged_at IS NOT NULL AND d.first_visit_at IS NULL "
                + "AND EXISTS (SELECT 1 FROM dn_visit_request v WHERE v.admission_id = d.admission_id) AND "
                + scope(query.scope(), params);
        ViewPage<DischargeNeedingVisit> discharges = ViewPage.select(jdbc, PERSON_COLUMNS + "d.*", from,
                "d.discharged_at DESC, d.admission_id", params, query.paging(), (rs, row) -> new DischargeNeedingVisit(
                        person(rs), rs.getObject("admission_id", UUID.class), rs.getString("hospital_name"),
                        Timestamps.read(rs, "discharged_at"), DischargeDestination.valueOf(rs.getString("destination")),
                        List.of()));
        Map<UUID, List<String>> requests = visitRequests(discharges.items().stream().map(DischargeNeedingVisit::admissionId).toList());
        return discharges.map(d -> new DischargeNeedingVisit(d.person(), d.admissionId(), d.hospitalName(),
                d.dischargedAt(), d.destination(), requests.getOrDefault(d.admissionId(), List.of())));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage deathNotices(DeathNoticesQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String from = "FROM dn_death_notice n JOIN dn_person p ON p.care_record_id = n.care_record_id"
                + " WHERE n.acknowledged_at IS NULL AND " + scope(query.scope(), params);
        return ViewPage.select(jdbc, PERSON_COLUMNS + "n.*", from, "n.recorded_at DESC, n.care_record_id", params, query.paging(),
                (rs, row) -> new DeathNotice(person(rs), rs.getObject("date_of_death", LocalDate.class),
                        rs.getString("recorded_by_user_id"), rs.getString("recorded_by_organisation"),
                        Timestamps.read(rs, "recorded_at")));
    }

    private Map<UUID, List<String>> visitRequests(List<UUID> admissionIds) {
        Map<UUID, List<String>> requests = new HashMap<>();
        if (admissionIds.isEmpty()) {
            return requests;
        }
        jdbc.query("SELECT * FROM dn_visit_request WHERE admission_id IN (:ids) ORDER BY admission_id, line_no",
                new MapSqlParameterSource("ids", admissionIds),
                rs -> {
                    requests.computeIfAbsent(rs.getObject("admission_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("action_text"));
                });
        return requests;
    }

    /** A person is the team's when assigned to it or registered at a practice it serves. */
    private static String scope(DistrictNursingScope scope, MapSqlParameterSource params) {
        List<String> either = new ArrayList<>();
        if (scope.hasTeam()) {
            params.addValue("team", scope.nursingTeamCode());
            either.add("p.nursing_team_code = :team");
        }
        if (!scope.practiceCodes().isEmpty()) {
            params.addValue("practices", scope.practiceCodes());
            either.add("p.practice_code IN (:practices)");
        }
        return "(" + String.join(" OR ", either) + ")" + HiddenPeople.excluded("p.care_record_id", scope.hidden(), params);
    }


    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getObject("care_record_id", UUID.class), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("practice_code"), rs.getString("nursing_team_code"));
    }

    // ------------------------------------------------------------------ the questions

    /** Joint assessments in progress without a nursing contribution, oldest first. Answers {@code ViewPage<AssessmentAwaitingNursing>}. */
    public record AssessmentsAwaitingNursingQuery(DistrictNursingScope scope, Paging paging) {
        public AssessmentsAwaitingNursingQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Packages in force with district nursing services, by person name. Answers {@code ViewPage<NursingPackage>}. */
    public record NursingPackagesQuery(DistrictNursingScope scope, Paging paging) {
        public NursingPackagesQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Deaths of the team's people not yet acknowledged by a district nurse, newest first. Answers {@code ViewPage<DeathNotice>}. */
    public record DeathNoticesQuery(DistrictNursingScope scope, Paging paging) {
        public DeathNoticesQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }

    /** Discharges that ask for a nursing visit, until the first visit after them is recorded, newest first. Answers {@code ViewPage<DischargeNeedingVisit>}. */
    public record DischargesNeedingVisitQuery(DistrictNursingScope scope, Paging paging) {
        public DischargesNeedingVisitQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(paging, "paging");
        }
    }
}
