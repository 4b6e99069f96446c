package org.jointcare.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.api.store.CompactStoreCommand;
import org.jointcare.carerecord.Actor;
import org.jointcare.views.ViewDefinition;
import org.jointcare.views.operations.ViewRebuilds;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.erasure.EraseRecord;
import org.jointcare.carerecord.erasure.ErasureGround;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.AccommodationStatus;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.EmploymentStatus;
import org.jointcare.carerecord.registration.Ethnicity;
import org.jointcare.carerecord.registration.Gender;
import org.jointcare.carerecord.registration.PrimarySupportReason;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proof of crypto-shredding on the embedded H2 file: a person with distinctive details is
 * registered and referred, their record is erased, the operator compacts the store
 * ({@code --jointcare.compact}, docs/operations.md "Erasure"), and none of the details is found in
 * the raw bytes of any file of the data directory. Before erasure the event store already holds
 * them only encrypted.
 */
class ErasedPersonLeavesNoTraceTest {

    private static final String GIVEN = "Quillanathea";
    private static final String FAMILY = "Zwartbroekhuis";
    private static final String NHS = "4815162301";
    private static final String CARER = "Ottoline Vexingham";
    private static final String CARER_PHONE = "07700 913 582";
    private static final String REASON = "Falls at home on the Wyvernbrook estate";
    private static final Characteristics CHARACTERISTICS = new Characteristics(Gender.OTHER,
            Ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER, PrimarySupportReason.ASYLUM_SEEKER,
            AccommodationStatus.ROUGH_SLEEPING_OR_SQUATTING, EmploymentStatus.NOT_PAID_VOLUNTARY_WORK_ONLY);
    // the characteristics as stored (constants) and as the own record and the return word them
    private static final List<String> DETAILS = List.of(GIVEN, FAMILY, NHS, CARER, CARER_PHONE, REASON,
            CHARACTERISTICS.ethnicity().name(), CHARACTERISTICS.ethnicity().words(), CHARACTERISTICS.primarySupportReason().name(),
            CHARACTERISTICS.accommodationStatus().name(), CHARACTERISTICS.employmentStatus().name());

    private static final Actor GP = new Actor("dr.okafor", Role.GP_PRACTICE, "J82034");
    private static final Actor PRIVACY_OFFICER = new Actor("caldicott.lead", Role.PRIVACY_OFFICER, "SC-NORTH");

    @TempDir
    Path dataDir;

    @Test
    void noPersonalDetailOfAnErasedPersonIsLeftInTheDatabaseFiles() throws Exception {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        try (ConfigurableApplicationContext app = JointCareApplication.start(arguments())) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            commands.sendAndWait(new RegisterPerson(id, new NhsNumber(NHS), new PersonDetails(GIVEN, FAMILY, LocalDate.of(1938, 2, 11),
                    "J82034", "North Wiltshire", "English", false, "Hard of hearing: speak to " + CARER, LivingSituation.LIVES_ALONE,
                    List.of(new Carer(CARER, "niece", CARER_PHONE, "Visits weekly")), CHARACTERISTICS), GP, at));
            commands.sendAndWait(new RecordConsent(id, ConsentDecision.AGREED, null, GP, at.plusSeconds(60)));
            commands.sendAndWait(new ReceiveReferral(id, UUID.randomUUID(), ReferralSource.GP, new Requester("Dr Okafor", "J82034"),
                    REASON, Urgency.SOON, GP, at.plusSeconds(120)));
            commands.sendAndWait(new RecordConsent(id, ConsentDecision.AGREED_WITH_LIMITS, "Not the niece " + CARER, GP, at.plusSeconds(180)));

            // the store holds the details encrypted only; the views hold them in plain
            List<String> payloads = jdbc.queryForList(
                    "SELECT CAST(payload AS VARCHAR) FROM DomainEventEntry WHERE aggregateIdentifier = ?", String.class, id.toString());
            assertThat(payloads).hasSize(4).allSatisfy(payload -> DETAILS.forEach(detail -> assertThat(payload).doesNotContain(detail)));
            waitFor(() -> count(jdbc, "SELECT COUNT(*) FROM record_history_event WHERE care_record_id = ?", id.toString()) == 4);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM sharing_person WHERE family_name = ?", FAMILY)).isEqualTo(1);

            commands.sendAndWait(new EraseRecord(id, ErasureGround.UNLAWFUL_PROCESSING, PRIVACY_OFFICER, at.plusSeconds(3600)));

            assertThat(count(jdbc, "SELECT COUNT(*) FROM personal_data_key WHERE care_record_id = ?", id.toString())).isZero();
            assertThat(count(jdbc, "SELECT COUNT(*) FROM nhs_number_claim WHERE care_record_id = ?", id.toString())).isZero();
            assertThat(count(jdbc, "SELECT COUNT(*) FROM sharing_person WHERE care_record_id = ?", id)).isZero();
            java.util.function.Supplier<String> left = () -> "history " + count(jdbc, "SELECT COUNT(*) FROM record_history_event WHERE care_record_id = ?", id.toString())
                    + ", own " + count(jdbc, "SELECT COUNT(*) FROM own_record WHERE care_record_id = ?", id.toString())
                    + ", caseload " + count(jdbc, "SELECT COUNT(*) FROM caseload_person WHERE care_record_id = ?", id)
                    + ", gp " + count(jdbc, "SELECT COUNT(*) FROM gp_person WHERE care_record_id = ?", id)
                    + ", nursing " + count(jdbc, "SELECT COUNT(*) FROM dn_person WHERE care_record_id = ?", id);
            waitFor(() -> left.get().equals("history 0, own 0, caseload 0, gp 0, nursing 0"), left);
            // every view rebuilt from the store (reading the erased events' placeholders) is the live view
            Map<String, List<Map<String, Object>>> live = viewsWhenSettled(app);
            app.getBean(ViewRebuilds.class).rebuildAll();
            Map<String, List<Map<String, Object>>> rebuilt = viewRows(app);
            live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).isEqualTo(rows));

            // the events stay, readable as placeholders; the record takes nothing more
            assertThat(count(jdbc, "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", id.toString())).isEqualTo(5);
            assertThatThrownBy(() -> commands.sendAndWait(new RecordConsent(id, ConsentDecision.REFUSED, null, GP, at.plusSeconds(7200))))
                    .isInstanceOfSatisfying(CareRuleViolation.class, refusal -> assertThat(refusal.rule()).isEqualTo(CareRule.RECORD_ERASED));
        }

        assertThat(CompactStoreCommand.run(arguments())).isZero();

        List<Path> files;
        try (Stream<Path> all = Files.walk(dataDir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anySatisfy(file -> assertThat(file.getFileName().toString()).endsWith(".mv.db"));
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String detail : DETAILS) {
                if (bytes.contains(detail) || bytes.contains(new String(detail.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1))) {
                    found.add(detail + " in " + file.getFileName());
                }
            }
        }
        assertThat(found).as("personal details left after erasure and compaction").isEmpty();
    }

    private String[] arguments() {
        return new String[] {
                "--server.port=0",
                "--management.server.port=0",
                "--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                "--jointcare.demo-data.enabled=false",
                "--jointcare.care-record.snapshot-threshold=2"};
    }

    private static Map<String, List<Map<String, Object>>> viewsWhenSettled(ConfigurableApplicationContext app) throws InterruptedException {
        Map<String, List<Map<String, Object>>> before = viewRows(app);
        while (true) {
            Thread.sleep(500);
            Map<String, List<Map<String, Object>>> now = viewRows(app);
            if (now.equals(before)) {
                return now;
            }
            before = now;
        }
    }

    /** Every view table's rows, ordered by all their columns. */
    private static Map<String, List<Map<String, Object>>> viewRows(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (ViewDefinition view : app.getBeansOfType(ViewDefinition.class).values()) {
            for (String table : view.tables()) {
                int columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = LOWER(?)",
                        String.class, table).size();
                String order = java.util.stream.IntStream.rangeClosed(1, columns).mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", "));
                tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + order));
            }
        }
        return tables;
    }

    private static long count(JdbcTemplate jdbc, String sql, Object arg) {
        Long n = jdbc.queryForObject(sql, Long.class, arg);
        return n == null ? 0 : n;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        waitFor(condition, () -> "");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> state) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within 30 s: " + state.get());
            }
            Thread.sleep(100);
        }
    }
}
