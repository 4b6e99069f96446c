package org.jointcare.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.testing.Professionals.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.enteredinerror.EntryKind;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems.PackageInForce;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadProjection;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.AssessmentsInProgressQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.OpenReferralsQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries.PackagesInForceQuery;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadScope;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries;
import org.jointcare.views.districtnursing.DistrictNursingItems.NursingPackage;
import org.jointcare.views.recordhistory.TimelineEntry;
import org.jointcare.views.districtnursing.DistrictNursingQueries.NursingPackagesQuery;
import org.jointcare.views.recordhistory.SharedCaseHistoryQuery;
import org.jointcare.views.recordhistory.RecordHistoryProjection;
import org.jointcare.views.recordhistory.RecordHistoryQueries;
import org.jointcare.views.districtnursing.DistrictNursingQueries;
import org.jointcare.views.districtnursing.DistrictNursingScope;
import org.jointcare.views.districtnursing.DistrictNursingProjection;
import org.jointcare.views.gppractice.GpPracticeQueries;
import org.jointcare.views.gppractice.GpPracticeItems.GpNotice;
import org.jointcare.views.gppractice.GpPracticeItems.PatientPackage;
import org.jointcare.views.gppractice.GpPracticeProjection;
import org.jointcare.views.gppractice.GpPracticeQueries.GpInboxQuery;
import org.jointcare.views.gppractice.GpPracticeQueries.PatientsWithPackagesQuery;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.views.sharing.SharingViewDefinition;
import org.jointcare.views.linkworkercaseload.LinkworkerCaseloadViewDefinition;
import org.jointcare.views.districtnursing.DistrictNursingViewDefinition;
import org.jointcare.views.gppractice.GpPracticeViewDefinition;
import org.jointcare.views.recordhistory.RecordHistoryViewDefinition;
import org.jointcare.views.ownrecord.OwnRecordProjection;
import org.jointcare.views.ownrecord.OwnRecordQueries;
import org.jointcare.views.ownrecord.OwnRecordViewDefinition;
import org.jointcare.views.commissioning.CommissioningProjection;
import org.jointcare.views.commissioning.CommissioningQueries;
import org.jointcare.views.commissioning.CommissioningViewDefinition;
import org.jointcare.views.sharing.SharingProjection;
import org.jointcare.views.sharing.SharingQueries;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.HalfAYearOfCare;
import org.jointcare.views.testing.EventLog;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

/**
 * Half a year of care for forty people and a second intake ({@link HalfAYearOfCare}), deaths and
 * entries in error among it. The views, built from the same events, must tell the same story,
 * page through without repeats, and every view (each table of every {@link ViewDefinition})
 * rebuild row for row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TheViewsAgreeOverHalfAYearOfCareTest {

    private static final List<String> PRACTICES = HalfAYearOfCare.PRACTICES;
    private static final Paging PAGE_OF_SEVEN = Paging.first(7);

    private final EventLog log = new EventLog();
    private final TestClock clock = TestClock.at("2026-06-30T17:00:00Z");
    private final List<CareRecordStory> people = new ArrayList<>();
    private ViewHarness view;
    private SharingQueries sharing;

    @BeforeAll
    void halfAYearOfCare() {
        people.addAll(HalfAYearOfCare.tell(log, 19930401));
        view = new ViewHarness();
        sharing = new SharingQueries(view.namedJdbc());
        view.handlers(new SharingProjection(view.jdbc()),
                new LinkworkerCaseloadProjection(view.jdbc()), new LinkworkerCaseloadQueries(view.namedJdbc(), clock),
                new DistrictNursingProjection(view.jdbc()), new RecordHistoryProjection(view.jdbc()), new RecordHistoryQueries(view.jdbc()),
                new DistrictNursingQueries(view.namedJdbc(), clock),
                new GpPracticeProjection(view.jdbc()), new GpPracticeQueries(view.namedJdbc(), clock),
                new OwnRecordProjection(view.jdbc()), new OwnRecordQueries(view.jdbc(), clock),
                new CommissioningProjection(view.jdbc()), new CommissioningQueries(view.jdbc()));
        view.play(log);
    }

    @Test
    void everyPracticesPackagesReadTheSameInTheCaseloadTheGpViewAndTheNursingWorklist() {
        int packages = 0;
        int withNursing = 0;
        for (String practice : PRACTICES) {
            Set<UUID> caseload = ids(pageThrough(p -> new PackagesInForceQuery(LinkworkerCaseloadScope.ofPractices(practice), p)),
                    item -> ((PackageInForce) item).packageId());
            Set<UUID> gp = ids(pageThrough(p -> new PatientsWithPackagesQuery(practice, p)),
                    item -> ((PatientPackage) item).packageId());
            List<Object> nursingItems = pageThrough(p -> new NursingPackagesQuery(new DistrictNursingScope(null, Set.of(practice)), p));
            Set<UUID> nursing = ids(nursingItems, item -> ((NursingPackage) item).packageId());

            assertThat(gp).as(practice).isEqualTo(caseload).isEqualTo(packagesInForceAt(practice, false));
            assertThat(nursing).as(practice).isEqualTo(packagesInForceAt(practice, true));
            packages += caseload.size();
            withNursing += nursing.size();
        }
        assertThat(packages).isGreaterThan(withNursing).isGreaterThan(5);
        assertThat(withNursing).isPositive();
    }

    @Test
    void everyLinkworkersScopeIsPagedWhollyWithTheTotalTheProjectionKept() {
        List<String> linkworkers = view.jdbc().queryForList("""
                SELECT linkworker_user_id FROM caseload_person WHERE linkworker_user_id IS NOT NULL
                UNION SELECT lead_assessor_user_id FROM caseload_assessment""", String.class);
        assertThat(linkworkers).hasSizeGreaterThan(1);
        int reached = 0;
        for (String linkworker : linkworkers) {
            for (String practice : PRACTICES) {
                LinkworkerCaseloadScope scope = LinkworkerCaseloadScope.of(linkworker, Set.of(practice));
                String inScope = " JOIN caseload_person p ON p.care_record_id = t.care_record_id"
                        + " WHERE p.practice_code = ? OR p.linkworker_user_id = ?";
                // pageThrough holds each list to its total: every item once, as many as the total says
                assertThat(pageThrough(p -> new OpenReferralsQuery(scope, p))).as(linkworker + " " + practice)
                        .hasSize(count("SELECT COUNT(*) FROM caseload_referral t" + inScope, practice, linkworker));
                assertThat(pageThrough(p -> new AssessmentsInProgressQuery(scope, p))).as(linkworker + " " + practice)
                        .hasSize(count("SELECT COUNT(*) FROM caseload_assessment t" + inScope + " OR t.lead_assessor_user_id = ?",
                                practice, linkworker, linkworker));
                List<Object> packages = pageThrough(p -> new PackagesInForceQuery(scope, p));
                assertThat(packages).as(linkworker + " " + practice)
                        .hasSize(count("SELECT COUNT(*) FROM caseload_package t" + inScope, practice, linkworker));
                reached += packages.size();
            }
        }
        assertThat(reached).isPositive();
    }

    private int count(String sql, Object... args) {
        return view.jdbc().queryForObject(sql, Integer.class, args);
    }

    @Test
    void everyNoticeRaisedReachesTheInboxOfThePracticeItWasRaisedFor() {
        for (String practice : PRACTICES) {
            List<Object> inbox = pageThrough(p -> new GpInboxQuery(practice, p));
            // an admission marked entered in error takes its notice back out of the inbox
            Set<UUID> inError = log.payloads().stream().filter(event -> event instanceof EntryMarkedEnteredInError marked
                            && marked.kind() == EntryKind.HOSPITAL_ADMISSION)
                    .map(event -> ((EntryMarkedEnteredInError) event).entryId()).collect(Collectors.toSet());
            long raised = log.payloads().stream().filter(event ->
                    event instanceof PersonAdmittedToHospital admitted && admitted.notifiedPracticeCode().equals(practice)
                            && !inError.contains(admitted.admissionId())
                            || event instanceof DischargeNoticeRaised notice && notice.practiceCode().equals(practice)).count();
            assertThat(inbox).as(practice).hasSize((int) raised);
            List<Boolean> acknowledged = inbox.stream().map(item -> ((GpNotice) item).acknowledged()).toList();
            assertThat(acknowledged).as("unacknowledged first").isSortedAccordingTo(Boolean::compare);
        }
    }

    @Test
    void everyEventOfEveryPersonIsInTheirSharedCaseHistoryAndSharingKnowsEveryone() {
        Map<String, Long> eventsPerPerson = log.messages().stream()
                .collect(Collectors.groupingBy(message -> message.getAggregateIdentifier(), Collectors.counting()));
        // an entry marked entered in error leaves the history; the marking stays in its place
        Map<String, Long> inErrorPerPerson = log.payloads().stream().filter(EntryMarkedEnteredInError.class::isInstance)
                .collect(Collectors.groupingBy(event -> ((EntryMarkedEnteredInError) event).careRecordId().toString(),
                        Collectors.counting()));
        for (CareRecordStory person : people) {
            List<Object> history = pageThrough(p -> new SharedCaseHistoryQuery(person.id(), p));
            assertThat((long) history.size()).isEqualTo(eventsPerPerson.get(person.id().toString())
                    - inErrorPerPerson.getOrDefault(person.id().toString(), 0L));
            assertThat(history).extracting(entry -> ((TimelineEntry) entry).sequenceNumber())
                    .isSortedAccordingTo((a, b) -> Long.compare((Long) b, (Long) a));
        }
        for (String practice : PRACTICES) {
            long registered = log.payloads().stream().filter(event -> event instanceof PersonRegistered registration
                    && registration.person().registeredPracticeCode().equals(practice)).count();
            List<SharingFacts> all = new ArrayList<>();
            for (int page = 0; all.size() < registered + 7; page++) {
                List<SharingFacts> facts = sharing.registeredAt(Set.of(practice), page, 7);
                if (facts.isEmpty()) {
                    break;
                }
                all.addAll(facts);
            }
            assertThat(all).as(practice).hasSize((int) registered)
                    .extracting(SharingFacts::careRecordId).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyViewRebuildsRowForRowFromTheEvents() {
        List<String> tables = everyViewsTables();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(32)
                .contains("commissioning_figure", "own_record_entry", "record_history_event", "gp_death_notice");
        List<List<String>> live = tables.stream().map(table -> view.rowsInFullOrder(table)).toList();
        assertThat(live.stream().mapToInt(List::size).sum()).isGreaterThan(500);

        view.reset();
        assertThat(tables).allSatisfy(table -> assertThat(view.count(table)).as(table).isZero());
        view.replay(log);
        assertThat(tables.stream().map(table -> view.rowsInFullOrder(table)).toList()).as("rebuilt").isEqualTo(live);
        // the whole half year handed again over the live views, as a redelivery would: nothing changes
        view.replay(log);
        assertThat(tables.stream().map(table -> view.rowsInFullOrder(table)).toList()).as("redelivered").isEqualTo(live);
    }

    /** The tables of every view the application defines (each view's {@link ViewDefinition} bean), the views' kept states too. */
    private static List<String> everyViewsTables() {
        List<String> tables = new ArrayList<>();
        for (Class<?> definitions : List.of(SharingViewDefinition.class, LinkworkerCaseloadViewDefinition.class,
                DistrictNursingViewDefinition.class, GpPracticeViewDefinition.class, RecordHistoryViewDefinition.class,
                OwnRecordViewDefinition.class, CommissioningViewDefinition.class)) {
            try {
                java.lang.reflect.Constructor<?> constructor = definitions.getDeclaredConstructor();
                constructor.setAccessible(true);
                Object configuration = constructor.newInstance();
                for (java.lang.reflect.Method bean : definitions.getDeclaredMethods()) {
                    if (bean.getReturnType() == ViewDefinition.class) {
                        bean.setAccessible(true);
                        tables.addAll(((ViewDefinition) bean.invoke(configuration)).tables());
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(definitions.getSimpleName(), e);
            }
        }
        return tables;
    }

    /** Packages arranged at the practice and not yet ended or replaced, optionally only those with nursing. */
    private Set<UUID> packagesInForceAt(String practice, boolean withNursingOnly) {
        Set<UUID> inForce = new HashSet<>();
        for (CareRecordStory person : people) {
            if (person.practiceCode().equals(practice) && person.packageId() != null) {
                CarePackageArranged arranged = log.payloads().stream()
                        .filter(event -> event instanceof CarePackageArranged a && a.packageId().equals(person.packageId()))
                        .map(CarePackageArranged.class::cast).findFirst().orElseThrow();
                boolean nursing = arranged.terms().services().stream().anyMatch(s -> s.type() == ServiceType.DISTRICT_NURSING);
                if (!withNursingOnly || nursing) {
                    inForce.add(person.packageId());
                }
            }
        }
        return inForce;
    }

    /** Every item of a list, page by page, checking no page repeats an item of another. */
    @SuppressWarnings("rawtypes")
    private List<Object> pageThrough(Function<Paging, Object> query) {
        List<Object> items = new ArrayList<>();
        ViewPage page;
        int number = 0;
        do {
            page = view.ask(query.apply(new Paging(number++, PAGE_OF_SEVEN.size())), ViewPage.class);
            items.addAll(page.items());
        } while (page.hasNext());
        assertThat(items).hasSize((int) page.totalItems()).doesNotHaveDuplicates();
        return items;
    }

    private static Set<UUID> ids(List<Object> items, Function<Object, UUID> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
