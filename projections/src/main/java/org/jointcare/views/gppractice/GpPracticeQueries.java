package org.jointcare.views.gppractice;

import org.jointcare.views.Paging;
import java.util.Set;
import java.util.Objects;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.HiddenPeople;
import org.jointcare.views.Timestamps;
import org.jointcare.views.ViewPage;
import org.jointcare.views.gppractice.GpPracticeItems.ClinicalDetail;
import org.jointcare.views.gppractice.GpPracticeItems.DeathNotice;
import org.jointcare.views.gppractice.GpPracticeItems.GpNotice;
import org.jointcare.views.gppractice.GpPracticeItems.HospitalStay;
import org.jointcare.views.gppractice.GpPracticeItems.Patient;
import org.jointcare.views.gppractice.GpPracticeItems.PatientPackage;
import org.jointcare.views.gppractice.GpPracticeItems.PracticeReferral;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the GP practice questions. How long a notice has waited and whether a referral is
 * overdue are worked out from the injected clock at query time. The handlers declare the raw
 * {@link ViewPage} because Axon matches a query's response type against a class, never a
 * parameterised type; each query names its item type.
 */
@Component
public class GpPracticeQueries {

    private static final String PATIENT_COLUMNS = "p.nhs_number, p.given_name, p.family_name, p.date_of_birth, ";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public GpPracticeQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage inbox(GpInboxQuery query) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource("practice", query.practiceCode());
        String columns = PATIENT_COLUMNS + "n.*, s.hospital_name, s.hospital_code, s.ward, s.admission_type, "
                + "s.private_patient, s.readmission_within_30_days, s.admitted_at, s.discharged_at, s.destination, "
                + "s.planned_date, s.pathway, s.days_later_than_planned, s.delay_reason, s.information_given, s.clinical_summary";
        // The page is cut from gp_notice alone, straight off the gp_notice_inbox index in its order
        // (practice code named first although it is fixed: H2 reads a page off the index without
        // sorting only when the ORDER BY names its leading column); only the page's rows are then
        // joined to the person and the stay, and the rows skipped by the offset never are.
        String hidden = HiddenPeople.excluded("n.care_record_id", query.hidden(), params);
        String page = "SELECT n.* FROM gp_notice n WHERE n.practice_code = :practice" + hidden + " "
                + "ORDER BY n.practice_code, n.inbox_order, n.raised_at DESC, n.admission_id, n.notice_kind "
                + "LIMIT :pageLimit OFFSET :pageOffset";
        MapSqlParameterSource paged = new MapSqlParameterSource(params.getValues())
                .addValue("pageLimit", query.paging().size())
                .addValue("pageOffset", query.paging().offset());
        List<NoticeRow> items = jdbc.query("SELECT " + columns + " FROM (" + page + ") n "
                        + "JOIN gp_person p ON p.care_record_id = n.care_record_id "
                        + "JOIN gp_hospital_stay s ON s.admission_id = n.admission_id "
                        + "ORDER BY n.inbox_order, n.raised_at DESC, n.admission_id, n.notice_kind",
                paged, (rs, row) -> new NoticeRow(rs, now));
        // The total is kept by the projection as it raises notices (gp_inbox_total), one
        // row per practice: every notice is raised with its stay, for a person registered before
        // any admission, so it equals the number of rows the page's join can reach.
        Long total = jdbc.queryForObject("SELECT COALESCE(MAX(notices), 0) FROM gp_inbox_total WHERE practice_code = :practice",
                params, Long.class);
        if (!hidden.isEmpty() && total != null) {
            // the kept total counts everyone's notices: take away those of the people left out
            total -= jdbc.queryForObject("SELECT COUNT(*) FROM gp_notice n WHERE n.practice_code = :practice"
                    + HiddenPeople.only("n.care_record_id", query.hidden(), params), params, Long.class);
        }
        ViewPage<NoticeRow> rows = ViewPage.of(items, query.paging(), total == null ? 0 : total);
        List<UUID> admissions = rows.items().stream().map(row -> row.admissionId).distinct().toList();
        Map<UUID, List<FollowUpAction>> followUps = followUpsOf(admissions);
        Map<UUID, List<MedicationChange>> medication = medicationOf(admissions);
        return rows.map(row -> row.notice(followUps.getOrDefault(row.admissionId, List.of()),
                medication.getOrDefault(row.admissionId, List.of())));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage referrals(PracticeReferralsQuery query) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource("practice", query.practiceCode());
        String from = "FROM gp_referral r JOIN gp_person p ON p.care_record_id = r.care_record_id "
                + "WHERE r.practice_code = :practice" + HiddenPeople.excluded("r.care_record_id", query.hidden(), params);
        return ViewPage.select(jdbc, PATIENT_COLUMNS + "r.*", from, "r.received_at DESC, r.referral_id", params, query.paging(),
                (rs, row) -> {
                    Instant receivedAt = Timestamps.read(rs, "received_at");
                    Instant respondBy = Timestamps.read(rs, "respond_by");
                    Instant answeredAt = Timestamps.read(rs, "answered_at");
                    String closure = rs.getString("closure");
                    return new PracticeReferral(patient(rs), rs.getObject("referral_id", UUID.class),
                            ReferralSource.valueOf(rs.getString("source")), rs.getString("requester_name"),
                            rs.getString("reason"), Urgency.valueOf(rs.getString("urgency")), receivedAt, respondBy,
                            ReferralProgress.valueOf(rs.getString("status")), Timestamps.read(rs, "status_since"),
                            rs.getString("linkworker_user_id"),
                            closure == null ? null : ReferralClosure.valueOf(closure), rs.getString("closure_reason"),
                            answeredAt, answeredAt == null ? null : Duration.between(receivedAt, answeredAt),
                            answeredAt == null && now.isAfter(respondBy),
                            answeredAt == null ? null : !answeredAt.isAfter(respondBy));
                });
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage patientsWithPackages(PatientsWithPackagesQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("practice", query.practiceCode());
        String from = "FROM gp_package k JOIN gp_person p ON p.care_record_id = k.care_record_id "
                + "WHERE p.practice_code = :practice" + HiddenPeople.excluded("k.care_record_id", query.hidden(), params);
        return ViewPage.select(jdbc, PATIENT_COLUMNS + "k.*", from, "p.family_name, p.given_name, p.care_record_id, k.package_id",
                params, query.paging(), (rs, row) -> {
                    String services = rs.getString("service_types");
                    return new PatientPackage(patient(rs), rs.getObject("package_id", UUID.class),
                            PackageStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
                            services.isEmpty() ? List.of() : Arrays.stream(services.split(",")).map(ServiceType::valueOf).toList(),
                            rs.getLong("weekly_cost_pence"), rs.getString("suspended_reason"));
                });
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ViewPage deathNotices(GpDeathNoticesQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("practice", query.practiceCode());
        String from = "FROM gp_death_notice n JOIN gp_person p ON p.care_record_id = n.care_record_id "
                + "WHERE n.practice_code = :practice" + HiddenPeople.excluded("n.care_record_id", query.hidden(), params);
        return ViewPage.select(jdbc, PATIENT_COLUMNS + "n.*", from,
                "CASE WHEN n.acknowledged_at IS NULL THEN 0 ELSE 1 END, n.recorded_at DESC, n.care_record_id", params,
                query.paging(), (rs, row) -> new DeathNotice(patient(rs), rs.getObject("date_of_death", LocalDate.class),
                        rs.getString("recorded_by_user_id"), rs.getString("recorded_by_organisation"),
                        Timestamps.read(rs, "recorded_at"), rs.getObject("acknowledged_at") != null,
                        Timestamps.read(rs, "acknowledged_at"), rs.getString("acknowledged_by_user_id")));
    }

    /** A notice row before the follow-up actions and medication changes of its stay are attached. */
    private static final class NoticeRow {
        private final NoticeKind kind;
        private final UUID admissionId;
        private final Patient patient;
        private final String practiceCode;
        private final Instant raisedAt;
        private final Instant acknowledgedAt;
        private final String acknowledgedBy;
        private final Duration waited;
        private final String hospitalName;
        private final String hospitalCode;
        private final String ward;
        private final AdmissionType admissionType;
        private final boolean privatePatient;
        private final boolean readmission;
        private final Instant admittedAt;
        private final Instant dischargedAt;
        private final DischargeDestination destination;
        private final LocalDate plannedDate;
        private final DischargePathway pathway;
        private final Long daysLate;
        private final DelayReason delayReason;
        private final String informationGiven;
        private final String clinicalSummary;
        private final Instant amendedAt;
        private final String amendmentReason;

        NoticeRow(ResultSet rs, Instant now) throws SQLException {
            kind = NoticeKind.valueOf(rs.getString("notice_kind"));
            admissionId = rs.getObject("admission_id", UUID.class);
            patient = patient(rs);
            practiceCode = rs.getString("practice_code");
            raisedAt = Timestamps.read(rs, "raised_at");
            acknowledgedAt = Timestamps.read(rs, "acknowledged_at");
            acknowledgedBy = rs.getString("acknowledged_by_user_id");
            amendedAt = Timestamps.read(rs, "amended_at");
            amendmentReason = rs.getString("amendment_reason");
            // an amended notice has waited since it was amended
            waited = Duration.between(amendedAt == null ? raisedAt : amendedAt, acknowledgedAt == null ? now : acknowledgedAt);
            hospitalName = rs.getString("hospital_name");
            hospitalCode = rs.getString("hospital_code");
            ward = rs.getString("ward");
            admissionType = AdmissionType.valueOf(rs.getString("admission_type"));
            privatePatient = rs.getBoolean("private_patient");
            readmission = rs.getBoolean("readmission_within_30_days");
            admittedAt = Timestamps.read(rs, "admitted_at");
            dischargedAt = Timestamps.read(rs, "discharged_at");
            String destinationName = rs.getString("destination");
            destination = destinationName == null ? null : DischargeDestination.valueOf(destinationName);
            plannedDate = rs.getObject("planned_date", LocalDate.class);
            String pathwayName = rs.getString("pathway");
            pathway = pathwayName == null ? null : DischargePathway.valueOf(pathwayName);
            daysLate = rs.getObject("days_later_than_planned", Long.class);
            String delay = rs.getString("delay_reason");
            delayReason = delay == null ? null : DelayReason.valueOf(delay);
            informationGiven = rs.getString("information_given");
            clinicalSummary = rs.getString("clinical_summary");
        }

        GpNotice notice(List<FollowUpAction> followUps, List<MedicationChange> medication) {
            HospitalStay stay = new HospitalStay(hospitalName, hospitalCode, ward, admissionType, privatePatient,
                    readmission, admittedAt, dischargedAt, destination, plannedDate, pathway, daysLate, delayReason,
                    informationGiven, List.copyOf(followUps));
            ClinicalDetail clinical = kind == NoticeKind.DISCHARGE && clinicalSummary != null
                    ? new ClinicalDetail(clinicalSummary, List.copyOf(medication)) : null;
            return new GpNotice(kind, admissionId, patient, practiceCode, raisedAt, acknowledgedAt != null,
                    acknowledgedAt, acknowledgedBy, waited, stay, clinical,
                    amendedAt == null ? null : new GpPracticeItems.Amendment(amendedAt, amendmentReason));
        }
    }

    private Map<UUID, List<FollowUpAction>> followUpsOf(List<UUID> admissionIds) {
        Map<UUID, List<FollowUpAction>> followUps = new HashMap<>();
        if (!admissionIds.isEmpty()) {
            jdbc.query("SELECT * FROM gp_follow_up WHERE admission_id IN (:ids) ORDER BY admission_id, line_no",
                    new MapSqlParameterSource("ids", admissionIds),
                    rs -> {
                        followUps.computeIfAbsent(rs.getObject("admission_id", UUID.class), id -> new ArrayList<>())
                                .add(new FollowUpAction(enumOrNull(FollowUpFor.class, rs.getString("for_whom")),
                                        rs.getString("action_text")));
                    });
        }
        return followUps;
    }

    private Map<UUID, List<MedicationChange>> medicationOf(List<UUID> admissionIds) {
        Map<UUID, List<MedicationChange>> medication = new HashMap<>();
        if (!admissionIds.isEmpty()) {
            jdbc.query("SELECT * FROM gp_medication_change WHERE admission_id IN (:ids) ORDER BY admission_id, line_no",
                    new MapSqlParameterSource("ids", admissionIds),
                    rs -> {
                        medication.computeIfAbsent(rs.getObject("admission_id", UUID.class), id -> new ArrayList<>())
                                .add(new MedicationChange(rs.getString("medication"),
                                        enumOrNull(MedicationChangeKind.class, rs.getString("change_kind")), rs.getString("detail")));
                    });
        }
        return medication;
    }


    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Patient patient(ResultSet rs) throws SQLException {
        return new Patient(rs.getObject("care_record_id", UUID.class), rs.getString("nhs_number"),
                rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class));
    }

    // ------------------------------------------------------------------ the questions

    /**
     * Admission and discharge notices to the practice: unacknowledged first, then the newest.
     * Answers {@code ViewPage<GpNotice>}.
     */
    public record GpInboxQuery(String practiceCode, Paging paging, Set<UUID> hidden) {
        public GpInboxQuery(String practiceCode, Paging paging) {
            this(practiceCode, paging, Set.of());
        }

        public GpInboxQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
            hidden = HiddenPeople.copy(hidden);
        }
    }

    /** Referrals the practice made, newest first, with where each has got to. Answers {@code ViewPage<PracticeReferral>}. */
    /** The deaths of the practice's patients, unacknowledged first, then newest first. Answers {@code ViewPage<DeathNotice>}. */
    public record GpDeathNoticesQuery(String practiceCode, Paging paging, Set<UUID> hidden) {
        public GpDeathNoticesQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
            hidden = HiddenPeople.copy(hidden);
        }
    }

    public record PracticeReferralsQuery(String practiceCode, Paging paging, Set<UUID> hidden) {
        public PracticeReferralsQuery(String practiceCode, Paging paging) {
            this(practiceCode, paging, Set.of());
        }

        public PracticeReferralsQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
            hidden = HiddenPeople.copy(hidden);
        }
    }

    /** Registered people with an active or suspended package, by name. Answers {@code ViewPage<PatientPackage>}. */
    public record PatientsWithPackagesQuery(String practiceCode, Paging paging, Set<UUID> hidden) {
        public PatientsWithPackagesQuery(String practiceCode, Paging paging) {
            this(practiceCode, paging, Set.of());
        }

        public PatientsWithPackagesQuery {
            Objects.requireNonNull(practiceCode, "practiceCode");
            Objects.requireNonNull(paging, "paging");
            hidden = HiddenPeople.copy(hidden);
        }
    }
}
