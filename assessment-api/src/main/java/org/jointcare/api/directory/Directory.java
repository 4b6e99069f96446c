package org.jointcare.api.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcare.carerecord.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works where: practices, social care and nursing teams, hospital trusts, and the
 * professionals who log in.
 * Read for login and for deciding legitimate relationships; written by the demo data and by
 * whatever feeds the directory in a real deployment.
 */
@Component
public class Directory {

    private final JdbcTemplate jdbc;

    public Directory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Professional> professional(String userId) {
        List<Professional> found = jdbc.query(
                "SELECT user_id, display_name, role, organisation_code, nursing_team_code, password_hash"
                        + " FROM professional WHERE user_id = ?",
                (rs, row) -> new Professional(
                        rs.getString("user_id"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("organisation_code"),
                        attachedPractices(rs.getString("user_id")),
                        rs.getString("nursing_team_code"),
                        rs.getString("password_hash")),
                userId);
        return found.stream().findFirst();
    }

    /** Every professional, ordered by user id: for administration and the README's demo list. */
    public List<Professional> professionals() {
        List<String> ids = jdbc.queryForList("SELECT user_id FROM professional ORDER BY user_id", String.class);
        return ids.stream().map(this::professional).flatMap(Optional::stream).toList();
    }

    public boolean hasProfessionals() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM professional", Integer.class);
        return count != null && count > 0;
    }

    public List<Practice> practices() {
        return jdbc.query("SELECT ods_code, name, locality FROM practice ORDER BY ods_code",
                (rs, row) -> new Practice(rs.getString("ods_code"), rs.getString("name"), rs.getString("locality")));
    }

    public Optional<Practice> practice(String odsCode) {
        return jdbc.query("SELECT ods_code, name, locality FROM practice WHERE ods_code = ?",
                        (rs, row) -> new Practice(rs.getString("ods_code"), rs.getString("name"), rs.getString("locality")),
                        odsCode)
                .stream().findFirst();
    }

    public Optional<SocialCareTeam> socialCareTeam(String code) {
        return jdbc.query("SELECT code, name, locality FROM social_care_team WHERE code = ?",
                        (rs, row) -> new SocialCareTeam(rs.getString("code"), rs.getString("name"), rs.getString("locality")),
                        code)
                .stream().findFirst();
    }

    public Optional<NursingTeam> team(String code) {
        return jdbc.query("SELECT code, name, organisation_code FROM nursing_team WHERE code = ?",
                        (rs, row) -> nursingTeam(rs.getString("code"), rs.getString("name"), rs.getString("organisation_code")),
                        code)
                .stream().findFirst();
    }

    /** Whether the directory holds an organisation of this kind with this code. */
    public boolean hasOrganisation(OrganisationKind kind, String code) {
        String table = switch (kind) {
            case PRACTICE -> "practice WHERE ods_code = ?";
            case NURSING_TEAM -> "nursing_team WHERE code = ?";
            case SOCIAL_CARE_TEAM -> "social_care_team WHERE code = ?";
            case HOSPITAL_TRUST -> "hospital_trust WHERE code = ?";
        };
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class, code);
        return found != null && found > 0;
    }

    /** The nursing teams that visit patients of the practice, ordered by code. */
    public List<NursingTeam> teamsServing(String practiceCode) {
        return jdbc.query("SELECT t.code, t.name, t.organisation_code FROM nursing_team t"
                                + " JOIN nursing_team_practice tp ON tp.team_code = t.code"
                                + " WHERE tp.practice_code = ? ORDER BY t.code",
                (rs, row) -> nursingTeam(rs.getString("code"), rs.getString("name"), rs.getString("organisation_code")),
                practiceCode);
    }

    /** The linkworkers attached to the practice, ordered by user id. */
    public List<Professional> linkworkersAttachedTo(String practiceCode) {
        List<String> ids = jdbc.queryForList(
                "SELECT p.user_id FROM professional p JOIN professional_practice pp ON pp.user_id = p.user_id"
                        + " WHERE pp.practice_code = ? AND p.role = ? ORDER BY p.user_id",
                String.class, practiceCode, Role.LINKWORKER.name());
        return ids.stream().map(this::professional).flatMap(Optional::stream).toList();
    }

    @Transactional
    public void addPractice(Practice practice) {
        jdbc.update("INSERT INTO practice (ods_code, name, locality) VALUES (?, ?, ?)",
                practice.odsCode(), practice.name(), practice.locality());
    }

    @Transactional
    public void addSocialCareTeam(SocialCareTeam team) {
        jdbc.update("INSERT INTO social_care_team (code, name, locality) VALUES (?, ?, ?)",
                team.code(), team.name(), team.locality());
    }

    @Transactional
    public void addHospitalTrust(HospitalTrust trust) {
        jdbc.update("INSERT INTO hospital_trust (code, name) VALUES (?, ?)", trust.code(), trust.name());
    }

    @Transactional
    public void addNursingTeam(NursingTeam team) {
        jdbc.update("INSERT INTO nursing_team (code, name, organisation_code) VALUES (?, ?, ?)",
                team.code(), team.name(), team.organisationCode());
        insertPairs("INSERT INTO nursing_team_practice (team_code, practice_code) VALUES (?, ?)",
                team.code(), team.practicesServed());
    }

    /** Adds a professional; the password must already be hashed (see {@link Passwords}). */
    @Transactional
    public void addProfessional(Professional professional) {
        if (professional.passwordHash() == null || !professional.passwordHash().startsWith("{")) {
            throw new IllegalArgumentException("A professional's password must be stored hashed in the delegating format");
        }
        jdbc.update("INSERT INTO professional (user_id, display_name, role, organisation_code, password_hash, nursing_team_code)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                professional.userId(), professional.displayName(), professional.role().name(),
                professional.organisationCode(), professional.passwordHash(), professional.nursingTeamCode());
        insertPairs("INSERT INTO professional_practice (user_id, practice_code) VALUES (?, ?)",
                professional.userId(), professional.attachedPracticeCodes());
    }

    private NursingTeam nursingTeam(String code, String name, String organisationCode) {
        Set<String> practices = new LinkedHashSet<>(jdbc.queryForList(
                "SELECT practice_code FROM nursing_team_practice WHERE team_code = ? ORDER BY practice_code",
                String.class, code));
        return new NursingTeam(code, name, organisationCode, practices);
    }

    private Set<String> attachedPractices(String userId) {
        return new LinkedHashSet<>(jdbc.queryForList(
                "SELECT practice_code FROM professional_practice WHERE user_id = ? ORDER BY practice_code",
                String.class, userId));
    }

    private void insertPairs(String sql, String owner, Collection<String> codes) {
        List<Object[]> rows = new ArrayList<>();
        codes.stream().sorted().forEach(code -> rows.add(new Object[] {owner, code}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
