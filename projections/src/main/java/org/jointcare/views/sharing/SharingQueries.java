package org.jointcare.views.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.views.Paging;
import org.jointcare.views.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the sharing facts directly from their tables, not through the query bus, so the API
 * can decide access inside the request's own transaction and see the latest command's effect.
 * Lists are ordered by family name, given name, then record id.
 */
@Component
public class SharingQueries {

    private static final String SELECT_PERSON = "SELECT * FROM sharing_person ";
    private static final String NAME_ORDER = " ORDER BY family_name_key, given_name_key, care_record_id";

    private final NamedParameterJdbcTemplate jdbc;

    public SharingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SharingFacts> factsFor(UUID careRecordId) {
        return withGrants(jdbc.query(SELECT_PERSON + "WHERE care_record_id = :id",
                new MapSqlParameterSource("id", careRecordId), SharingQueries::person)).stream().findFirst();
    }

    /** Spaces and hyphens as people write NHS numbers ("943 476 5919") are ignored. */
    public List<SharingFacts> findByNhsNumber(String digits) {
        if (digits == null) {
            return List.of();
        }
        return withGrants(jdbc.query(SELECT_PERSON + "WHERE nhs_number = :nhs" + NAME_ORDER,
                new MapSqlParameterSource("nhs", digits.replaceAll("[\\s-]", "")), SharingQueries::person));
    }

    /**
     * People with this family name (any case), born on that date when one is given, among those
     * the scope reaches: each axis of the scope is one indexed branch, so people outside it are
     * never read, and the page is cut in SQL from the people in scope only.
     */
    public List<SharingFacts> search(SharingScope scope, String familyName, LocalDate dateOfBirth, int page, int size) {
        Paging paging = new Paging(page, size);
        if (familyName == null || familyName.isBlank() || scope.reachesNoOne()) {
            return List.of();
        }
        MapSqlParameterSource params = pageParams(paging)
                .addValue("family", SharingProjection.searchKey(familyName))
                .addValue("dob", dateOfBirth);
        String matches = "family_name_key = :family" + (dateOfBirth == null ? "" : " AND date_of_birth = :dob");
        List<String> inScope = new ArrayList<>(inScope(scope, matches, params));
        if (scope.emergencyAccessUserId() != null) {
            inScope.add("SELECT care_record_id FROM sharing_emergency_access"
                    + " WHERE user_id = :holder AND expires_at > :at AND granted_at <= :at");
            params.addValue("holder", scope.emergencyAccessUserId()).addValue("at", Timestamps.column(scope.at()));
        }
        return withGrants(jdbc.query(SELECT_PERSON + "WHERE care_record_id IN (" + String.join(" UNION ", inScope) + ")"
                + " AND " + matches + NAME_ORDER + " LIMIT :limit OFFSET :offset", params, SharingQueries::person));
    }

    /**
     * The people in the scope who refused consent to share, as recorded by an organisation other than
     * this one: the only people the sharing rules may hide from someone whose work otherwise reaches them.
     */
    public List<SharingFacts> consentRefusedOutside(SharingScope scope, String organisationCode) {
        if (scope.reachesNoOne()) {
            return List.of();
        }
        // only the people on the scope's axes can be on a list of this professional: each axis is one
        // indexed branch, so a list read costs what the caller's own people cost, not the county's
        MapSqlParameterSource params = new MapSqlParameterSource("refused", ConsentDecision.REFUSED.name())
                .addValue("organisation", organisationCode);
        List<String> inScope = inScope(scope, "consent_decision = :refused"
                + " AND (consent_organisation_code IS NULL OR consent_organisation_code <> :organisation)", params);
        if (inScope.isEmpty()) {
            return List.of();
        }
        return withGrants(jdbc.query(SELECT_PERSON + "WHERE care_record_id IN (" + String.join(" UNION ", inScope) + ")",
                params, SharingQueries::person));
    }

    /** One indexed branch per axis of the scope (emergency access aside), each narrowed by {@code condition}. */
    private static List<String> inScope(SharingScope scope, String condition, MapSqlParameterSource params) {
        List<String> branches = new ArrayList<>();
        if (!scope.practiceCodes().isEmpty()) {
            branches.add("registered_practice_code IN (:practices)");
            params.addValue("practices", scope.practiceCodes());
        }
        if (scope.linkworkerUserId() != null) {
            branches.add("allocated_linkworker_user_id = :linkworker");
            params.addValue("linkworker", scope.linkworkerUserId());
        }
        if (scope.nursingTeamCode() != null) {
            branches.add("nursing_team_code = :team");
            params.addValue("team", scope.nursingTeamCode());
        }
        if (scope.hospitalCode() != null) {
            branches.add("open_admission_hospital_code = :hospital");
            params.addValue("hospital", scope.hospitalCode());
        }
        return branches.stream()
                .map(axis -> "SELECT care_record_id FROM sharing_person WHERE " + axis + " AND " + condition)
                .toList();
    }

    /** The people registered at any of these practices. */
    public List<SharingFacts> registeredAt(Set<String> practiceCodes, int page, int size) {
        Paging paging = new Paging(page, size);
        if (practiceCodes == null || practiceCodes.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = pageParams(paging).addValue("practices", practiceCodes);
        return withGrants(jdbc.query(SELECT_PERSON + "WHERE registered_practice_code IN (:practices)" + NAME_ORDER
                + " LIMIT :limit OFFSET :offset", params, SharingQueries::person));
    }

    /** The people with an open admission at the trust, by name (the hospital team's own list; index sharing_person_hospital). */
    public List<SharingFacts> admittedTo(String hospitalCode, int page, int size) {
        Paging paging = new Paging(page, size);
        if (hospitalCode == null || hospitalCode.isBlank()) {
            return List.of();
        }
        MapSqlParameterSource params = pageParams(paging).addValue("hospital", hospitalCode);
        return withGrants(jdbc.query(SELECT_PERSON + "WHERE open_admission_hospital_code = :hospital" + NAME_ORDER
                + " LIMIT :limit OFFSET :offset", params, SharingQueries::person));
    }

    private static MapSqlParameterSource pageParams(Paging paging) {
        return new MapSqlParameterSource("limit", paging.size()).addValue("offset", paging.offset());
    }

    private List<SharingFacts> withGrants(List<SharingFacts> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EmergencyAccessGrant>> grants = new LinkedHashMap<>();
        people.forEach(person -> grants.put(person.careRecordId(), new ArrayList<>()));
        jdbc.query("""
                SELECT * FROM sharing_emergency_access WHERE care_record_id IN (:ids)
                 ORDER BY granted_at, access_id""",
                new MapSqlParameterSource("ids", grants.keySet()),
                rs -> {
                    grants.get(rs.getObject("care_record_id", UUID.class)).add(new EmergencyAccessGrant(
                            rs.getObject("access_id", UUID.class),
                            rs.getString("user_id"),
                            Role.valueOf(rs.getString("role")),
                            rs.getString("organisation_code"),
                            rs.getString("reason"),
                            Timestamps.read(rs, "granted_at"),
                            Timestamps.read(rs, "expires_at")));
                });
        return people.stream().map(person -> person.withEmergencyAccessGrants(grants.get(person.careRecordId()))).toList();
    }

    /** One person's row; their emergency access grants are attached by {@link #withGrants}. */
    private static SharingFacts person(ResultSet rs, int row) throws SQLException {
        UUID admissionId = rs.getObject("open_admission_id", UUID.class);
        String decision = rs.getString("consent_decision");
        UUID dischargeId = rs.getObject("last_discharge_admission_id", UUID.class);
        return new SharingFacts(
                rs.getObject("care_record_id", UUID.class),
                rs.getString("nhs_number"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("registered_practice_code"),
                rs.getString("locality"),
                rs.getString("allocated_linkworker_user_id"),
                rs.getString("nursing_team_code"),
                admissionId == null ? null
                        : new SharingFacts.OpenAdmission(admissionId, rs.getString("open_admission_hospital_code")),
                decision == null ? null : ConsentDecision.valueOf(decision),
                rs.getString("consent_organisation_code"),
                rs.getString("consent_limits"),
                List.of(),
                rs.getBoolean("closed"),
                dischargeId == null ? null : new SharingFacts.LastDischarge(dischargeId,
                        rs.getString("last_discharge_hospital_code"), Timestamps.read(rs, "last_discharge_recorded_at")));
    }
}
