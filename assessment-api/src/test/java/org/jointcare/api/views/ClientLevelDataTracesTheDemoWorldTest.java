package org.jointcare.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.api.JointCareApplication;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.FundingStream;
import org.jointcare.carerecord.carepackage.NewCarePackage;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.views.clientleveldata.CldColumn;
import org.jointcare.views.clientleveldata.ClientLevelDataQueries;
import org.jointcare.views.clientleveldata.ClientLevelDataReturn;
import org.jointcare.views.clientleveldata.FindClientLevelData;
import org.jointcare.views.clientleveldata.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every quarter of the demo world, its Client Level Data return traced back row by row to the event
 * that caused each row, read from the event store itself: what each row should say is written here
 * from the events (the referral and its answer, the assessment started and completed, the package and
 * its amendments and end, the review, the carer's assessment and the support arranged), not by the
 * view's own code; and the other way, each answered referral, completed assessment and review, and
 * service active in the quarter is in the return. The demo world holds every kind of row: a package
 * amended, a carer assessed twice and supported twice.
 */
class ClientLevelDataTracesTheDemoWorldTest {

    private static final String COUNCIL = "E06000054";

    @TempDir
    Path dataDir;

    /** What a row of the return should say, from the event that caused it. */
    private record Expected(String reference, UUID careRecordId, String eventType, LocalDate start, LocalDate end,
                            String outcome, Map<CldColumn, String> fields) {

        boolean reportedIn(Quarter quarter) {
            if (start.isAfter(quarter.lastDay())) {
                return false;
            }
            return "Service".equals(eventType) ? end == null || !end.isBefore(quarter.firstDay()) : quarter.contains(end);
        }
    }

    @Test
    void everyRowOfEveryQuarterIsTracedToTheEventThatCausedItAndEveryEventDueIsThere() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JointCareApplication.class).run(
                "--server.port=0", "--jointcare.data-dir=" + dataDir.toAbsolutePath(), "--jointcare.demo-data.enabled=true")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            EventStore eventStore = app.getBean(EventStore.class);
            List<String> people = jdbc.queryForList("SELECT DISTINCT aggregateIdentifier FROM DomainEventEntry", String.class);
            assertThat(people).hasSize(8);
            waitUntilTheViewHasEveryEvent(jdbc);

            List<Expected> expected = new ArrayList<>();
            LocalDate firstDay = LocalDate.MAX;
            for (String person : people) {
                List<? extends DomainEventMessage<?>> events = eventStore.readEvents(person).asStream().toList();
                firstDay = min(firstDay, CareCalendar.dateOf(events.get(0).getTimestamp()));
                expected.addAll(expectedRows(UUID.fromString(person),
                        events.stream().map(message -> (CareRecordEvent) message.getPayload()).toList()));
            }
            assertThat(expected).extracting(Expected::reference).as("the demo world makes every kind of row")
                    .anyMatch(reference -> reference.startsWith("REQ-")).anyMatch(reference -> reference.startsWith("ASM-"))
                    .anyMatch(reference -> reference.startsWith("REV-")).anyMatch(reference -> reference.startsWith("CAS-"))
                    .anyMatch(reference -> reference.startsWith("CSU-")).anyMatch(reference -> reference.matches("SRV-.*-A1-\\d+"));

            ClientLevelDataQueries queries = app.getBean(ClientLevelDataQueries.class);
            LocalDate today = CareCalendar.dateOf(Instant.now());
            int rowsSeen = 0;
            for (Quarter quarter = quarterOf(firstDay); !quarter.firstDay().isAfter(today); quarter = quarterOf(quarter.lastDay().plusDays(1))) {
                Quarter period = quarter;
                ClientLevelDataReturn cld = queries.handle(new FindClientLevelData(COUNCIL, null, period));
                assertThat(cld.valid()).as("%s: %s", period, cld.errors()).isTrue();

                Map<String, Expected> due = expected.stream().filter(row -> row.reportedIn(period))
                        .collect(Collectors.toMap(Expected::reference, Function.identity()));
                Map<String, Map<CldColumn, String>> rows = new TreeMap<>();
                for (int i = 0; i < cld.rows().size(); i++) {
                    Map<CldColumn, String> row = cld.rows().get(i);
                    assertThat(rows.put(row.get(CldColumn.EVENT_REFERENCE), row)).as("one row per event").isNull();
                    Expected cause = due.get(row.get(CldColumn.EVENT_REFERENCE));
                    assertThat(cause).as("%s: the row %s is caused by no event due in the quarter", period, row).isNotNull();
                    assertThat(cld.careRecordIds().get(i)).isEqualTo(cause.careRecordId().toString());
                    assertThat(row).as("%s %s", period, cause.reference())
                            .containsEntry(CldColumn.EVENT_TYPE, cause.eventType())
                            .containsEntry(CldColumn.EVENT_START_DATE, cause.start().toString())
                            .containsEntry(CldColumn.EVENT_END_DATE, cause.end() == null ? "" : cause.end().toString())
                            .containsEntry(CldColumn.EVENT_OUTCOME, cause.outcome())
                            .containsEntry(CldColumn.LA_CODE, COUNCIL)
                            .containsAllEntriesOf(cause.fields());
                }
                assertThat(rows.keySet()).as("%s: every event due in the quarter has its row", period)
                        .containsExactlyInAnyOrderElementsOf(due.keySet());
                rowsSeen += rows.size();
            }
            assertThat(rowsSeen).isGreaterThan(10);
        }
    }

    /** The rows the person's events call for, whatever the quarter. */
    private static List<Expected> expectedRows(UUID careRecordId, List<CareRecordEvent> events) {
        List<Expected> rows = new ArrayList<>();
        Map<UUID, ReferralReceived> referrals = new LinkedHashMap<>();
        Map<UUID, Instant> answered = new HashMap<>();
        Map<UUID, ReferralClosed> closedReferrals = new HashMap<>();
        Map<UUID, Instant> assessmentsStarted = new HashMap<>();
        Map<UUID, NewCarePackage> packages = new LinkedHashMap<>();
        Map<UUID, List<CarePackageAmended>> amendments = new HashMap<>();
        Map<UUID, LocalDate> packageLastDay = new HashMap<>();
        Map<UUID, String> packageEndOutcome = new HashMap<>();
        Map<UUID, CarersAssessmentRequested> carersRequested = new LinkedHashMap<>();
        List<CarerSupportArranged> carersSupport = new ArrayList<>();
        LocalDate closedOn = null;
        LocalDate died = null;
        for (CareRecordEvent event : events) {
            if (event instanceof ReferralReceived e) {
                referrals.put(e.referralId(), e);
            } else if (event instanceof ReferralAccepted e) {
                answered.putIfAbsent(e.referralId(), e.at());
            } else if (event instanceof ReferralClosed e) {
                answered.putIfAbsent(e.referralId(), e.at());
                closedReferrals.put(e.referralId(), e);
            } else if (event instanceof JointAssessmentStarted e) {
                assessmentsStarted.put(e.assessmentId(), e.at());
            } else if (event instanceof JointAssessmentCompleted e) {
                boolean eligible = e.eligibility() != null && e.eligibility().eligible();
                rows.add(new Expected("ASM-" + e.assessmentId(), careRecordId, "Assessment",
                        CareCalendar.dateOf(assessmentsStarted.get(e.assessmentId())), CareCalendar.dateOf(e.at()),
                        eligible ? "Progress to support planning or services" : "NFA: No services offered for other reason",
                        Map.of(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, careRecordId.toString(), CldColumn.CLIENT_TYPE, "Service user",
                                CldColumn.ELIGIBLE_NEEDS_IDENTIFIED, eligible ? "Yes" : "No")));
            } else if (event instanceof NewCarePackage e) {
                if (e.replacesPackageId() != null) {
                    packageLastDay.put(e.replacesPackageId(), e.startDate().minusDays(1));
                    packageEndOutcome.put(e.replacesPackageId(), "Continuation of support or services");
                }
                packages.put(e.packageId(), e);
            } else if (event instanceof CarePackageAmended e) {
                amendments.computeIfAbsent(e.packageId(), id -> new ArrayList<>()).add(e);
            } else if (event instanceof CarePackageEnded e) {
                packageLastDay.putIfAbsent(e.packageId(), CareCalendar.dateOf(e.at()));
            } else if (event instanceof ReviewCompleted e) {
                rows.add(new Expected("REV-" + e.reviewId(), careRecordId, "Review", e.conductedOn(), e.conductedOn(),
                        switch (e.findings().outcome()) {
                            case CONTINUE -> "Continuation of support or services";
                            case CHANGE -> "Progress to assessment, review or reassessment";
                            case END -> "NFA: Support ended as planned";
                        }, Map.of(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, careRecordId.toString())));
            } else if (event instanceof CarersAssessmentRequested e) {
                carersRequested.put(e.carersAssessmentId(), e);
            } else if (event instanceof CarersAssessmentCarriedOut e) {
                CarersAssessmentRequested requested = carersRequested.get(e.carersAssessmentId());
                boolean eligible = e.eligibility().eligible();
                rows.add(new Expected("CAS-" + e.carersAssessmentId(), careRecordId, "Assessment",
                        CareCalendar.dateOf(requested.at()), e.carriedOutOn(),
                        eligible ? "Progress to support planning or services" : "NFA: No services offered for other reason",
                        carerFields(careRecordId, carerId(carersRequested, requested))));
            } else if (event instanceof CarerSupportArranged e) {
                carersSupport.add(e);
            } else if (event instanceof CareRecordClosed e) {
                closedOn = closedOn == null ? CareCalendar.dateOf(e.at()) : closedOn;
                for (NewCarePackage carePackage : packages.values()) {
                    packageEndOutcome.putIfAbsent(carePackage.packageId(), e.reason() == ClosureReason.MOVED_AWAY
                            ? "NFA: Responsibility moved to another local authority" : "NFA: Support ended for other reason");
                }
            } else if (event instanceof PersonDied e) {
                died = e.dateOfDeath();
            }
        }
        for (ReferralReceived referral : referrals.values()) {
            Instant answeredAt = answered.get(referral.referralId());
            if (answeredAt == null) {
                continue;
            }
            ReferralClosed closed = closedReferrals.get(referral.referralId());
            String outcome = closed == null ? "Progress to assessment, review or reassessment" : switch (closed.closure()) {
                case SIMPLE_NEED_MET, SIGNPOSTED -> "NFA: Information and advice or signposting";
                case DECLINED -> "NFA: No services offered for other reason";
                case WITHDRAWN_ON_RECORD_CLOSURE -> died != null ? "NFA: Deceased" : "NFA: Other";
            };
            rows.add(new Expected("REQ-" + referral.referralId(), careRecordId, "Request", CareCalendar.dateOf(referral.at()),
                    min(CareCalendar.dateOf(answeredAt), died), outcome,
                    Map.of(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, careRecordId.toString(), CldColumn.CLIENT_TYPE, "Service user",
                            CldColumn.REQUEST_ROUTE_OF_ACCESS, referral.source() == ReferralSource.HOSPITAL
                                    ? "Discharge from hospital" : "Community or other route")));
        }
        for (NewCarePackage carePackage : packages.values()) {
            LocalDate lastDay = min(packageLastDay.get(carePackage.packageId()), died);
            String endOutcome = died != null && died.equals(lastDay) ? "NFA: Deceased"
                    : packageEndOutcome.getOrDefault(carePackage.packageId(), "NFA: Support ended for other reason");
            rows.addAll(serviceRows(careRecordId, carePackage, amendments.getOrDefault(carePackage.packageId(), List.of()),
                    lastDay, endOutcome));
        }
        for (CarerSupportArranged support : carersSupport) {
            LocalDate end = min(closedOn, died);
            boolean inPackage = support.kind() == CarerSupportKind.SERVICE_IN_PACKAGE;
            if (inPackage) {
                end = min(end, packageLastDay.get(support.packageId()));
            }
            Map<CldColumn, String> fields = new HashMap<>(carerFields(careRecordId,
                    carerId(carersRequested, carersRequested.get(support.carersAssessmentId()))));
            fields.put(CldColumn.SERVICE_TYPE, inPackage ? "Unpaid carer support: Support involving the person cared-for"
                    : "Unpaid carer support: Direct to unpaid carer");
            rows.add(new Expected("CSU-" + support.carersAssessmentId(), careRecordId, "Service", support.startDate(), end,
                    end == null ? "" : "NFA: Support ended for other reason", fields));
        }
        return rows;
    }

    /**
     * The package's services: each service of the terms as arranged or as amended that the terms before did not
     * hold starts a row on the day those terms took effect, which ends the day before later terms no longer hold it
     * (changed: continued; taken out: ended as planned), or on the package's last day.
     */
    private static List<Expected> serviceRows(UUID careRecordId, NewCarePackage carePackage, List<CarePackageAmended> amendments,
                                              LocalDate lastDay, String endOutcome) {
        List<LocalDate> from = new ArrayList<>(List.of(carePackage.startDate()));
        List<List<PlannedService>> terms = new ArrayList<>(List.of(carePackage.terms().services()));
        amendments.forEach(amendment -> {
            from.add(amendment.effectiveFrom());
            terms.add(amendment.terms().services());
        });
        List<Expected> rows = new ArrayList<>();
        for (int k = 0; k < terms.size(); k++) {
            for (int i = 0; i < terms.get(k).size(); i++) {
                PlannedService service = terms.get(k).get(i);
                boolean social = service.type() != ServiceType.DISTRICT_NURSING && service.funding().stream() != FundingStream.HEALTH;
                if (!social || (k > 0 && holds(terms.get(k - 1), service))) {
                    continue;
                }
                LocalDate end = lastDay;
                String outcome = lastDay == null ? "" : endOutcome;
                for (int j = k + 1; j < terms.size(); j++) {
                    if (!holds(terms.get(j), service)) {
                        if (lastDay == null || from.get(j).minusDays(1).isBefore(lastDay)) {
                            end = from.get(j).minusDays(1);
                            outcome = terms.get(j).stream().anyMatch(other -> other.type() == service.type())
                                    ? "Continuation of support or services" : "NFA: Support ended as planned";
                        }
                        break;
                    }
                }
                String reference = "SRV-" + carePackage.packageId() + "-" + (k == 0 ? "" : "A" + k + "-") + (i + 1);
                rows.add(new Expected(reference, careRecordId, "Service", from.get(k), end, outcome, Map.of(
                        CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, careRecordId.toString(), CldColumn.CLIENT_TYPE, "Service user",
                        CldColumn.UNIT_COST, BigDecimal.valueOf(service.unitsPerWeek() * service.unitCostPence(), 2).toPlainString())));
            }
        }
        return rows.stream().filter(row -> row.end() == null || !row.end().isBefore(row.start())).toList();
    }

    private static boolean holds(List<PlannedService> services, PlannedService service) {
        return services.stream().anyMatch(other -> other.type() == service.type() && other.unitsPerWeek() == service.unitsPerWeek()
                && other.unitCostPence() == service.unitCostPence() && Objects.equals(other.providerName(), service.providerName())
                && Objects.equals(other.funding(), service.funding()));
    }

    /** The carer is known by the first assessment asked for them on this record, whatever the case of their name. */
    private static String carerId(Map<UUID, CarersAssessmentRequested> requested, CarersAssessmentRequested assessment) {
        return "CARER-" + requested.values().stream()
                .filter(other -> other.carer().name().trim().equalsIgnoreCase(assessment.carer().name().trim()))
                .findFirst().orElseThrow().carersAssessmentId();
    }

    private static Map<CldColumn, String> carerFields(UUID caredFor, String carerId) {
        return Map.of(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, carerId, CldColumn.CLIENT_TYPE, "Unpaid carer",
                CldColumn.ADULT_1_LINKED_PERSON_ID, caredFor.toString());
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isBefore(other) ? one : other;
    }

    private static Quarter quarterOf(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The view has folded the last event of every record (it keeps each record's last sequence number). */
    private static void waitUntilTheViewHasEveryEvent(JdbcTemplate jdbc) throws InterruptedException {
        Set<String> stored = Set.copyOf(jdbc.queryForList(
                "SELECT aggregateIdentifier || ':' || MAX(sequenceNumber) FROM DomainEventEntry GROUP BY aggregateIdentifier", String.class));
        Instant giveUp = Instant.now().plusSeconds(60);
        while (!Set.copyOf(jdbc.queryForList("SELECT care_record_id || ':' || sequence_number FROM cld_record_state", String.class))
                .equals(stored)) {
            assertThat(Instant.now()).as("the Client Level Data view never caught up with the event store").isBefore(giveUp);
            Thread.sleep(100);
        }
    }
}
