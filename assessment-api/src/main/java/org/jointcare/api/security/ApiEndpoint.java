package org.jointcare.api.security;

import static org.jointcare.carerecord.Role.COMMISSIONER;
import static org.jointcare.carerecord.Role.DISTRICT_NURSE;
import static org.jointcare.carerecord.Role.GP_PRACTICE;
import static org.jointcare.carerecord.Role.HOSPITAL_DISCHARGE_TEAM;
import static org.jointcare.carerecord.Role.LINKWORKER;
import static org.jointcare.carerecord.Role.PRIVACY_OFFICER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcare.carerecord.Role;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place that says which role may call which endpoint. The security configuration is
 * built from this table and a test walks every row against every role; an endpoint missing
 * here is refused to everyone. Whether a role may reach a particular person is a separate
 * question, answered by {@code SharingPolicy}.
 */
public enum ApiEndpoint implements AccessAction {

    // commands on the care record
    REGISTER_PERSON(HttpMethod.POST, "/api/v1/care-records", GP_PRACTICE, LINKWORKER, DISTRICT_NURSE),
    RECEIVE_REFERRAL(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/referrals",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    ACCEPT_REFERRAL(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/referrals/{referralId}/acceptance", LINKWORKER),
    CLOSE_REFERRAL(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/referrals/{referralId}/closure", LINKWORKER),
    START_JOINT_ASSESSMENT(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/assessments", LINKWORKER),
    ADD_CONTRIBUTION(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/assessments/{assessmentId}/contributions",
            LINKWORKER, DISTRICT_NURSE, GP_PRACTICE),
    COMPLETE_JOINT_ASSESSMENT(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/assessments/{assessmentId}/completion",
            LINKWORKER),
    ARRANGE_CARE_PACKAGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/packages", LINKWORKER),
    REVISE_CARE_PACKAGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/packages/{packageId}/revisions", LINKWORKER),
    AMEND_CARE_PACKAGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/packages/{packageId}/amendments", LINKWORKER),
    SUSPEND_CARE_PACKAGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/packages/{packageId}/suspension", LINKWORKER),
    RESUME_CARE_PACKAGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/packages/{packageId}/resumption", LINKWORKER),
    END_CARE_PACKAGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/packages/{packageId}/ending", LINKWORKER),
    RECORD_HOSPITAL_ADMISSION(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/admissions", HOSPITAL_DISCHARGE_TEAM),
    PLAN_DISCHARGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/admissions/{admissionId}/discharge-plan",
            HOSPITAL_DISCHARGE_TEAM),
    RECORD_DISCHARGE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/admissions/{admissionId}/discharge",
            HOSPITAL_DISCHARGE_TEAM),
    ACKNOWLEDGE_ADMISSION_NOTICE(HttpMethod.POST,
            "/api/v1/care-records/{careRecordId}/admissions/{admissionId}/admission-notice/acknowledgement", GP_PRACTICE),
    ACKNOWLEDGE_DISCHARGE_NOTICE(HttpMethod.POST,
            "/api/v1/care-records/{careRecordId}/admissions/{admissionId}/discharge-notice/acknowledgement", GP_PRACTICE),
    CORRECT_DISCHARGE_SUMMARY(HttpMethod.POST,
            "/api/v1/care-records/{careRecordId}/admissions/{admissionId}/discharge-summary/corrections", HOSPITAL_DISCHARGE_TEAM),
    RECORD_SOCIAL_CARE_FOLLOW_UP(HttpMethod.POST,
            "/api/v1/care-records/{careRecordId}/admissions/{admissionId}/social-care-follow-up", LINKWORKER),
    RECORD_NURSING_VISIT(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/nursing-visits", DISTRICT_NURSE),
    REQUEST_CARERS_ASSESSMENT(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/carers-assessments",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE),
    CARRY_OUT_CARERS_ASSESSMENT(HttpMethod.POST,
            "/api/v1/care-records/{careRecordId}/carers-assessments/{carersAssessmentId}/outcome", LINKWORKER),
    ARRANGE_CARER_SUPPORT(HttpMethod.POST,
            "/api/v1/care-records/{careRecordId}/carers-assessments/{carersAssessmentId}/support", LINKWORKER),
    SCHEDULE_REVIEW(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/reviews", LINKWORKER),
    COMPLETE_REVIEW(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/reviews/{reviewId}/completion", LINKWORKER),
    RECORD_CONSENT(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/consent", GP_PRACTICE, LINKWORKER, DISTRICT_NURSE),
    CHANGE_PERSON_DETAILS(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/person-details",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE),
    MOVE_TO_ANOTHER_PRACTICE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/registered-practice",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE),
    ASSIGN_NURSING_TEAM(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/nursing-team",
            DISTRICT_NURSE, GP_PRACTICE, LINKWORKER),
    CLOSE_CARE_RECORD(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/closure", GP_PRACTICE, LINKWORKER),
    RECORD_DEATH(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/death",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    ACKNOWLEDGE_DEATH_NOTICE(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/death/notice-acknowledgement",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE),
    MARK_ENTERED_IN_ERROR(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/entries-in-error",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    RECORD_EMERGENCY_ACCESS(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/emergency-access",
            GP_PRACTICE, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM, LINKWORKER),
    ERASE_CARE_RECORD(HttpMethod.POST, "/api/v1/care-records/{careRecordId}/erasure", PRIVACY_OFFICER),

    // reading people's records
    FIND_CARE_RECORDS(HttpMethod.GET, "/api/v1/care-records",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    READ_CARE_RECORD(HttpMethod.GET, "/api/v1/care-records/{careRecordId}",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    LIST_PRACTICE_PEOPLE(HttpMethod.GET, "/api/v1/practices/{practiceCode}/people",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE),
    READ_CURRENT_RECORD(HttpMethod.GET, "/api/v1/care-records/{careRecordId}/current",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    READ_RECORD_HISTORY(HttpMethod.GET, "/api/v1/care-records/{careRecordId}/history",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    READ_RECORD_AS_AT(HttpMethod.GET, "/api/v1/care-records/{careRecordId}/as-at",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),

    // each profession's own view
    READ_CASELOAD_SUMMARY(HttpMethod.GET, "/api/v1/caseload", LINKWORKER),
    READ_CASELOAD_LIST(HttpMethod.GET, "/api/v1/caseload/{list}", LINKWORKER),
    READ_OWN_RECORD(HttpMethod.GET, "/api/v1/care-records/{careRecordId}/own-record",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    READ_NURSING_WORKLIST(HttpMethod.GET, "/api/v1/district-nursing/worklist/{list}", DISTRICT_NURSE),
    READ_SHARED_CASE_HISTORY(HttpMethod.GET, "/api/v1/care-records/{careRecordId}/case-history", DISTRICT_NURSE),
    READ_GP_INBOX(HttpMethod.GET, "/api/v1/gp-practice/inbox", GP_PRACTICE),
    READ_GP_REFERRALS(HttpMethod.GET, "/api/v1/gp-practice/referrals", GP_PRACTICE),
    READ_GP_PATIENTS_WITH_PACKAGES(HttpMethod.GET, "/api/v1/gp-practice/patients-with-packages", GP_PRACTICE),
    READ_GP_DEATH_NOTICES(HttpMethod.GET, "/api/v1/gp-practice/death-notices", GP_PRACTICE),

    // notices delivered to practices' systems (org.jointcare.api.delivery)
    ACKNOWLEDGE_DELIVERED_NOTICE(HttpMethod.POST, "/api/v1/gp-practice/deliveries/{messageId}/acknowledgement", GP_PRACTICE),
    READ_NOTICE_DELIVERIES(HttpMethod.GET, "/api/v1/hospital/notice-deliveries", HOSPITAL_DISCHARGE_TEAM),

    // commissioning: figures only, never a person
    READ_COMMISSIONING_AREAS(HttpMethod.GET, "/api/v1/commissioning/areas", COMMISSIONER),
    READ_COMMISSIONING_FIGURES(HttpMethod.GET, "/api/v1/commissioning/figures", COMMISSIONER),
    // the one person-level output a commissioner gets: the statutory Client Level Data return, as the file it is submitted as
    PRODUCE_CLIENT_LEVEL_DATA_RETURN(HttpMethod.GET, "/api/v1/commissioning/client-level-data", "text/csv", COMMISSIONER),

    // the privacy officer's oversight
    SEARCH_ACCESS_LOG(HttpMethod.GET, "/api/v1/access-log", PRIVACY_OFFICER),
    READ_EMERGENCY_ACCESS_ALERTS(HttpMethod.GET, "/api/v1/emergency-access-alerts", PRIVACY_OFFICER),

    // FHIR R4 for GP systems (org.jointcare.api.fhir); a discharge summary carries clinical detail a linkworker does not read
    FHIR_METADATA(HttpMethod.GET, "/fhir/R4/metadata", GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    FHIR_SEARCH_PATIENTS(HttpMethod.GET, "/fhir/R4/Patient", GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    FHIR_READ_PATIENT(HttpMethod.GET, "/fhir/R4/Patient/{careRecordId}",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    FHIR_DISCHARGE_SUMMARY(HttpMethod.GET, "/fhir/R4/Patient/{careRecordId}/$discharge-summary",
            GP_PRACTICE, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    FHIR_ADMISSION_NOTICE(HttpMethod.GET, "/fhir/R4/Patient/{careRecordId}/$admission-notice",
            GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM),
    FHIR_SEARCH_CARE_PLANS(HttpMethod.GET, "/fhir/R4/CarePlan", GP_PRACTICE, LINKWORKER, DISTRICT_NURSE, HOSPITAL_DISCHARGE_TEAM);

    /** Any other request naming one person's record: it is not in the table, so it is refused to everyone. */
    private static final PathPattern ANY_CARE_RECORD_PATH =
            PathPatternParser.defaultInstance.parse("/api/v1/care-records/{careRecordId}/**");

    /**
     * The person a request names in its path (the {@code {careRecordId}} of the endpoint it is for),
     * with that endpoint, or {@code null} for a path the table does not hold; empty when the path names no one.
     */
    public record NamedPerson(UUID careRecordId, ApiEndpoint endpoint) {
    }

    public static Optional<NamedPerson> personNamedBy(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (ApiEndpoint endpoint : values()) {
            PathPattern.PathMatchInfo match = endpoint.method.matches(method) ? endpoint.pattern().matchAndExtract(container) : null;
            if (match != null) {
                return careRecordIdIn(match.getUriVariables()).map(id -> new NamedPerson(id, endpoint));
            }
        }
        PathPattern.PathMatchInfo any = ANY_CARE_RECORD_PATH.matchAndExtract(container);
        return any == null ? Optional.empty() : careRecordIdIn(any.getUriVariables()).map(id -> new NamedPerson(id, null));
    }

    private static Optional<UUID> careRecordIdIn(Map<String, String> variables) {
        String id = variables.get("careRecordId");
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private PathPattern pattern() {
        return PATTERNS.get(ordinal());
    }

    private static final List<PathPattern> PATTERNS =
            Arrays.stream(values()).map(e -> PathPatternParser.defaultInstance.parse(e.path)).toList();

    private final HttpMethod method;
    private final String path;
    private final String produces;
    private final Set<Role> roles;

    ApiEndpoint(HttpMethod method, String path, Role first, Role... others) {
        this(method, path, "application/json", first, others);
    }

    ApiEndpoint(HttpMethod method, String path, String produces, Role first, Role... others) {
        this.method = method;
        this.path = path;
        this.produces = produces;
        this.roles = EnumSet.of(first, others);
    }

    /** The media type a success answers: JSON, but for a file the endpoint hands out as it is (a CSV return). */
    public String produces() {
        return produces;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path template, with {@code {name}} for each variable segment. */
    public String path() {
        return path;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
