package org.jointcare.api.web;

import org.jointcare.testsupport.TestClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.HospitalTrust;
import org.jointcare.api.directory.NursingTeam;
import org.jointcare.api.directory.Practice;
import org.jointcare.api.directory.Professional;
import org.jointcare.api.directory.SocialCareTeam;
import org.jointcare.carerecord.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One Spring context for every API test (same configuration, so Spring caches it): the real
 * application on a fresh H2 file, a clock the tests move, and a small directory of practices,
 * teams and one professional per role and place. Everyone signs in with HTTP Basic.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ApiTest.Support.class)
public abstract class ApiTest {

    public static final String PASSWORD = "correct horse battery staple";
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    public static final String RIVERSIDE = "J82034";
    public static final String MARKET_STREET = "J82035";
    public static final String SOUTHGATE = "J82036";

    public static final String LINKWORKER_NORTH = "lw.north";
    public static final String LINKWORKER_SOUTH = "lw.south";
    public static final String NURSE_NORTH = "dn.north";
    public static final String NURSE_SOUTH = "dn.south";
    public static final String GP_RIVERSIDE = "gp.riverside";
    public static final String GP_MARKET_STREET = "gp.market";
    public static final String GP_SOUTHGATE = "gp.southgate";
    public static final String HOSPITAL_RD1 = "discharge.rd1";
    public static final String HOSPITAL_RX9 = "discharge.rx9";
    public static final String COMMISSIONER = "commissioner";
    public static final String PRIVACY_OFFICER = "privacy";

    /** For each role, a user who has no relationship with anyone registered at Southgate (J82036). */
    public static final Map<Role, String> NORTH_USER_BY_ROLE = Map.of(
            Role.LINKWORKER, LINKWORKER_NORTH,
            Role.DISTRICT_NURSE, NURSE_NORTH,
            Role.GP_PRACTICE, GP_RIVERSIDE,
            Role.HOSPITAL_DISCHARGE_TEAM, HOSPITAL_RX9,
            Role.COMMISSIONER, COMMISSIONER,
            Role.PRIVACY_OFFICER, PRIVACY_OFFICER);

    /** The test clock and directory; also imported by the browser tests' context (org.jointcare.api.pages). */
    @TestConfiguration
    public static class Support {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(START);
        }

        @Bean
        TestDirectory testDirectory(Directory directory, PasswordEncoder passwords) {
            return new TestDirectory(directory, passwords);
        }
    }

    /** Loads the test directory once per context. */
    static class TestDirectory {
        TestDirectory(Directory directory, PasswordEncoder passwords) {
            if (directory.professional(PRIVACY_OFFICER).isPresent()) {
                return;
            }
            directory.addPractice(new Practice(RIVERSIDE, "Riverside Surgery", "North"));
            directory.addPractice(new Practice(MARKET_STREET, "Market Street Medical Centre", "North"));
            directory.addPractice(new Practice(SOUTHGATE, "Southgate Health Centre", "South"));
            directory.addSocialCareTeam(new SocialCareTeam("SC-NORTH", "North Adult Social Care", "North"));
            directory.addSocialCareTeam(new SocialCareTeam("SC-SOUTH", "South Adult Social Care", "South"));
            directory.addNursingTeam(new NursingTeam("DN-NORTH", "North Nursing", "R1C", Set.of(RIVERSIDE, MARKET_STREET)));
            directory.addNursingTeam(new NursingTeam("DN-SOUTH", "South Nursing", "R1C", Set.of(SOUTHGATE)));
            directory.addHospitalTrust(new HospitalTrust("RD1", "Royal United Hospitals Bath"));
            directory.addHospitalTrust(new HospitalTrust("RX9", "Another Acute Trust"));
            String hash = passwords.encode(PASSWORD);
            List.of(
                    new Professional(LINKWORKER_NORTH, "Amara Okafor", Role.LINKWORKER, "SC-NORTH",
                            Set.of(RIVERSIDE, MARKET_STREET), null, hash),
                    new Professional(LINKWORKER_SOUTH, "Tom Hughes", Role.LINKWORKER, "SC-SOUTH", Set.of(SOUTHGATE), null, hash),
                    new Professional(NURSE_NORTH, "Grace Mbeki", Role.DISTRICT_NURSE, "DN-NORTH", Set.of(), "DN-NORTH", hash),
                    new Professional(NURSE_SOUTH, "Owen Price", Role.DISTRICT_NURSE, "DN-SOUTH", Set.of(), "DN-SOUTH", hash),
                    new Professional(GP_RIVERSIDE, "Dr Priya Shah", Role.GP_PRACTICE, RIVERSIDE, Set.of(), null, hash),
                    new Professional(GP_MARKET_STREET, "Dr Alan Reid", Role.GP_PRACTICE, MARKET_STREET, Set.of(), null, hash),
                    new Professional(GP_SOUTHGATE, "Dr Helen Ward", Role.GP_PRACTICE, SOUTHGATE, Set.of(), null, hash),
                    new Professional(HOSPITAL_RD1, "Sam Patel", Role.HOSPITAL_DISCHARGE_TEAM, "RD1", Set.of(), null, hash),
                    new Professional(HOSPITAL_RX9, "Ravi Singh", Role.HOSPITAL_DISCHARGE_TEAM, "RX9", Set.of(), null, hash),
                    new Professional(COMMISSIONER, "Jo Bennett", Role.COMMISSIONER, "QOX", Set.of(), null, hash),
                    new Professional(PRIVACY_OFFICER, "Lee Carter", Role.PRIVACY_OFFICER, "QOX", Set.of(), null, hash))
                    .forEach(directory::addProfessional);
        }
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TestClock clock;

    protected MockHttpServletRequestBuilder postJson(String user, String path, Object body) throws Exception {
        return post(path).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : json.writeValueAsString(body));
    }

    protected MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    protected MvcResult send(String user, String path, Object body) throws Exception {
        return perform(postJson(user, path, body));
    }

    protected MvcResult read(String user, String path) throws Exception {
        return perform(get(path).with(httpBasic(user, PASSWORD)));
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** The result, after checking it answered {@code status} (the message names the request and its answer). */
    protected static MvcResult answered(MvcResult result, int status) throws Exception {
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    /** Reads {@code path} until its answer is {@code ready} (a view follows the events a moment later), for up to 30 s. */
    protected JsonNode readUntil(String user, String path, java.util.function.Predicate<JsonNode> ready) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            JsonNode page = body(answered(read(user, path), 200));
            if (ready.test(page)) {
                return page;
            }
            org.assertj.core.api.Assertions.assertThat(Instant.now()).as(path + " never got ready: " + page).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    /** Registers a person at the practice, as a GP of that practice, and answers the record's id. */
    protected UUID registerAt(String practiceCode) throws Exception {
        return registerAt(practiceCode, "Smith");
    }

    protected UUID registerAt(String practiceCode, String familyName) throws Exception {
        String gp = switch (practiceCode) {
            case RIVERSIDE -> GP_RIVERSIDE;
            case MARKET_STREET -> GP_MARKET_STREET;
            case SOUTHGATE -> GP_SOUTHGATE;
            default -> throw new IllegalArgumentException(practiceCode);
        };
        MvcResult result = send(gp, "/api/v1/care-records", registration(practiceCode, familyName));
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("registration failed: " + result.getResponse().getContentAsString());
        }
        return UUID.fromString(body(result).get("careRecordId").asText());
    }

    protected static Map<String, Object> registration(String practiceCode, String familyName) {
        return Map.of("person", Map.of(
                "givenName", "Edith",
                "familyName", familyName,
                "dateOfBirth", LocalDate.of(1936, 4, 12).toString(),
                "registeredPracticeCode", practiceCode,
                "locality", "North",
                "livingSituation", "LIVES_ALONE"));
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_NHS = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 1_000_000));

    /** A valid NHS number (modulus 11) from the 999 range kept for tests, different every time. */
    protected static String nhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", NEXT_NHS.getAndIncrement() % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }

    protected static String records(UUID id) {
        return "/api/v1/care-records/" + id;
    }

    /** The access log rows about one person, oldest first: (user, action, outcome). */
    protected List<Map<String, Object>> accessLogFor(UUID careRecordId) {
        return jdbc.queryForList("SELECT user_id, action, outcome, basis, correlation_id FROM access_log"
                + " WHERE care_record_id = ? ORDER BY id", careRecordId.toString());
    }

    protected long eventsOn(UUID careRecordId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, careRecordId.toString());
        return count == null ? 0 : count;
    }
}
