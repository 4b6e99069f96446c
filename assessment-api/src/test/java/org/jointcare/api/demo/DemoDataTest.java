package org.jointcare.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import org.jointcare.api.JointCareApplication;
import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.NursingTeam;
import org.jointcare.api.directory.Practice;
import org.jointcare.api.directory.Professional;
import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A newcomer starting JointCare on an empty database finds the demo directory and people, once. */
class DemoDataTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyDatabaseGetsTheDemoDataAndARestartDoesNotDuplicateIt() throws IOException {
        Map<String, Long> afterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            afterFirstStart = counts(first.getBean(JdbcTemplate.class));
            Directory directory = first.getBean(Directory.class);

            assertThat(directory.practices()).extracting(Practice::locality).containsOnly(DemoDirectory.NORTH, DemoDirectory.SOUTH);
            assertThat(directory.practices()).hasSize(3);
            assertThat(directory.teamsServing(DemoDirectory.MARKET_STREET)).extracting(NursingTeam::code)
                    .containsExactly(DemoDirectory.DN_NORTH);
            assertThat(directory.team(DemoDirectory.DN_SOUTH)).get().satisfies(team -> {
                assertThat(team.practicesServed()).containsExactly(DemoDirectory.SOUTHGATE);
                assertThat(team.organisationCode()).isEqualTo(DemoDirectory.COMMUNITY_TRUST);
            });
            assertThat(directory.professionals()).extracting(Professional::role).containsAll(Set.of(Role.values()));

            Professional linkworker = directory.professional(DemoDirectory.LINKWORKER_NORTH.userId()).orElseThrow();
            assertThat(linkworker.attachedPracticeCodes()).containsExactlyInAnyOrder(DemoDirectory.RIVERSIDE, DemoDirectory.MARKET_STREET);
            assertThat(linkworker.organisationCode()).isEqualTo(DemoDirectory.SC_NORTH);
            assertThat(linkworker.passwordHash()).startsWith("{bcrypt}").doesNotContain(DemoDirectory.DEMO_PASSWORD);
            assertThat(first.getBean(PasswordEncoder.class).matches(DemoDirectory.DEMO_PASSWORD, linkworker.passwordHash())).isTrue();
            assertThat(directory.professional(DemoDirectory.DISTRICT_NURSE_SOUTH.userId())).get()
                    .extracting(Professional::nursingTeamCode).isEqualTo(DemoDirectory.DN_SOUTH);
            assertThat(directory.linkworkersAttachedTo(DemoDirectory.SOUTHGATE)).extracting(Professional::userId)
                    .containsExactly(DemoDirectory.LINKWORKER_SOUTH.userId());

            assertThat(afterFirstStart.get("records")).isEqualTo(8);
            assertThat(afterFirstStart.get("withoutNhsNumber")).isEqualTo(1);
            assertThat(afterFirstStart.get("closed")).isEqualTo(1);
            assertThat(afterFirstStart.get("refusedConsent")).isEqualTo(1);
            assertThat(afterFirstStart.get("unacknowledgedDischarges")).isEqualTo(1);

            assertThat(readmePeople()).as("the README's table of demo people: name, care record id, practice")
                    .isEqualTo(loadedPeople(first.getBean(JdbcTemplate.class)));
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(counts(second.getBean(JdbcTemplate.class))).isEqualTo(afterFirstStart);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(JointCareApplication.class).run(
                "--server.port=0",
                "--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                "--jointcare.demo-data.enabled=true");
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        return Map.of(
                "events", count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry"),
                "records", count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%.PersonRegistered'"),
                "claims", count(jdbc, "SELECT COUNT(*) FROM nhs_number_claim"),
                "withoutNhsNumber", count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%.PersonRegistered'")
                        - count(jdbc, "SELECT COUNT(*) FROM nhs_number_claim"),
                "closed", count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%.CareRecordClosed'"),
                "refusedConsent", count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%.ConsentRecorded'"
                        + " AND UTF8TOSTRING(payload) LIKE '%\"REFUSED\"%'"),
                "unacknowledgedDischarges", count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%.DischargeNoticeRaised'")
                        - count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE '%.DischargeNoticeAcknowledged'"),
                "professionals", count(jdbc, "SELECT COUNT(*) FROM professional"),
                "practices", count(jdbc, "SELECT COUNT(*) FROM practice"));
    }

    /** Rows of the README's people table: {@code | Edith Clarke | `<id>` | J82034 | …}. */
    private static List<String> readmePeople() throws IOException {
        Pattern row = Pattern.compile("^\\| ([A-Z][a-z]+ [A-Z][a-z]+) \\| `([0-9a-f-]{36})` \\| (J\\d{5}) \\|");
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        return Files.readAllLines(dir.resolve("README.md")).stream().map(row::matcher).filter(Matcher::find)
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3)).sorted().toList();
    }

    private static List<String> loadedPeople(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT given_name || ' ' || family_name || ' ' || care_record_id || ' ' || registered_practice_code"
                + " FROM sharing_person", String.class).stream().sorted().toList();
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
