package org.jointcare.views.clientleveldata;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jointcare.carerecord.registration.AccommodationStatus;
import org.jointcare.carerecord.registration.EmploymentStatus;
import org.jointcare.carerecord.registration.Ethnicity;
import org.jointcare.carerecord.registration.Gender;
import org.jointcare.carerecord.registration.PrimarySupportReason;

/**
 * The Release 2 values this return writes, and the code lists the validation checks them against.
 *
 * <p><b>Where each value comes from.</b> Values marked <i>published</i> appear, as Release 2 ("cleaned")
 * values, in {@code DataS-DHSC/ASC-CLD-LA-Dashboard} at commit {@code 9bee728f40102c4f6cee25a5511c5144c2209b4c}:
 * event outcomes, service types and ethnicities in {@code Main_tables/docs/methodology/5-data-cleaning.md};
 * accommodation, employment, client funding status, client type and has-unpaid-carer in
 * {@code ASCOF_measures/Create_personal_details_table.sql}; service components, delivery mechanisms and
 * assessment types in {@code ASCOF_measures/Create_ASCOF_3D_2425_Onwards.sql},
 * {@code ASCOF_measures/Create_personal_details_table.sql} and {@code Waiting_times/waiting_times_method.sql};
 * the review reasons' "Planned…"/"Unplanned…" stems in {@code Stored_procedures/create_GetDerivedFields_procedure.sql};
 * the weekly cost frequency's "week…" stem in {@code 6.Costs_fact.sql}; genders "Male", "Female" and "Unknown"
 * and primary support reasons "Learning Disability Support", "Social support: Support to unpaid carer" and "Unknown"
 * in {@code ASCOF_measures/Create_ASCOF_2E_2425_Onwards.sql} and {@code ASCOF_measures/Create_personal_details_table.sql}.
 * Values marked <i>not published</i>
 * are not in that repository (nor in {@code NHSDigital/ASC-Client-Level-Data-SALT-ASCOF-transformations},
 * commit {@code d6ff762ff88ed53227ab153a644d2af87077b17e}, which has Release 1 values only: gender "Other" and the
 * other primary support reasons are its Release 1 values, in {@code SALT LTS001a/LTS001a replication code.txt}): they
 * follow the Release 2 wording pattern and must be checked against the NHS England workbook before a submission.
 * Fields whose whole value list is unpublished and which the record does not hold (method of assessment
 * and of review, review outcomes achieved, the impairment flags) are left blank rather than guessed.
 */
public final class CldCodes {

    private CldCodes() {
    }

    // event types (published)
    public static final String REQUEST = "Request";
    public static final String ASSESSMENT = "Assessment";
    public static final String SERVICE = "Service";
    public static final String REVIEW = "Review";

    // client types (published)
    public static final String SERVICE_USER = "Service user";
    public static final String UNPAID_CARER = "Unpaid carer";

    // event outcomes (published)
    public static final String PROGRESS_TO_ASSESSMENT = "Progress to assessment, review or reassessment";
    public static final String PROGRESS_TO_SERVICES = "Progress to support planning or services";
    public static final String CONTINUATION = "Continuation of support or services";
    public static final String NFA_INFORMATION = "NFA: Information and advice or signposting";
    public static final String NFA_NO_SERVICES_OTHER = "NFA: No services offered for other reason";
    public static final String NFA_DECEASED = "NFA: Deceased";
    public static final String NFA_OTHER = "NFA: Other";
    public static final String NFA_ENDED_AS_PLANNED = "NFA: Support ended as planned";
    public static final String NFA_ENDED_OTHER = "NFA: Support ended for other reason";

    // route of access (not published: Release 1's list in Release 2's wording)
    public static final String ROUTE_DISCHARGE_FROM_HOSPITAL = "Discharge from hospital";
    public static final String ROUTE_COMMUNITY_OR_OTHER = "Community or other route";

    // assessment types (published, except the carer's: not published)
    public static final String LONG_TERM_ASSESSMENT = "Long term assessment";
    public static final String UNPAID_CARER_ASSESSMENT = "Unpaid carer assessment";

    // service types (published)
    public static final String LONG_TERM_COMMUNITY = "Long term support: Community";
    public static final String SHORT_TERM_OTHER = "Short term support: Other short term";
    public static final String CARER_SUPPORT_DIRECT = "Unpaid carer support: Direct to unpaid carer";
    public static final String CARER_SUPPORT_INVOLVING_CARED_FOR = "Unpaid carer support: Support involving the person cared-for";

    // service components (published: home support, short term residential care, equipment; the rest not published)
    public static final String HOME_SUPPORT = "Home support or domiciliary care";
    public static final String SHORT_TERM_RESIDENTIAL = "Short term residential care";
    public static final String EQUIPMENT = "Equipment";
    public static final String DAY_CARE = "Day care";
    public static final String MEALS = "Meals";
    public static final String TELECARE = "Telecare";

    // delivery mechanism (published)
    public static final String CASSR_COMMISSIONED = "CASSR commissioned support";

    // cost frequency (stem "week…" published; the word not published)
    public static final String WEEKLY = "Weekly";

    // review reasons (stems published)
    public static final String PLANNED_REVIEW = "Planned review";
    public static final String UNPLANNED_REVIEW = "Unplanned review";

    // person fields not recorded, written as the specification's "not known" (published)
    public static final String GENDER_UNKNOWN = "Unknown";
    public static final String ETHNICITY_NOT_KNOWN = "No data: Undeclared or not known";
    public static final String UNKNOWN = "Unknown";
    public static final String YES = "Yes";
    public static final String NO = "No";

    // accommodation (published)
    public static final String REGISTERED_CARE_HOME = "Registered care home";
    public static final String SHELTERED_HOUSING = "Sheltered housing, extra care housing or other sheltered housing";

    // client funding status (published)
    public static final String FULLY_SOCIAL_CARE_FUNDED = "Fully social care funded";
    public static final String JOINT_CLIENT_AND_SOCIAL_CARE_FUNDED = "Joint client and social care funded";

    // primary support reason of an unpaid carer's own row (published)
    public static final String SUPPORT_TO_UNPAID_CARER = "Social support: Support to unpaid carer";

    /** A recorded gender in the return's words; "Male", "Female" published, "Other" not published. */
    static String gender(Gender gender) {
        return switch (gender) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case OTHER -> "Other";
        };
    }

    /** A recorded ethnic group in the return's words (published: the 2021 census categories, and "No data: Refused"). */
    static String ethnicity(Ethnicity ethnicity) {
        return switch (ethnicity) {
            case WHITE_BRITISH -> "White: English, Welsh, Scottish, Northern Irish or British";
            case WHITE_IRISH -> "White: Irish";
            case WHITE_GYPSY_OR_IRISH_TRAVELLER -> "White: Gypsy or Irish Traveller";
            case WHITE_ROMA -> "White: Roma";
            case WHITE_OTHER -> "White: Any other White background";
            case MIXED_WHITE_AND_BLACK_CARIBBEAN -> "Mixed or multiple ethnic groups: White and Black Caribbean";
            case MIXED_WHITE_AND_BLACK_AFRICAN -> "Mixed or multiple ethnic groups: White and Black African";
            case MIXED_WHITE_AND_ASIAN -> "Mixed or multiple ethnic groups: White and Asian";
            case MIXED_OTHER -> "Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background";
            case ASIAN_INDIAN -> "Asian or Asian British: Indian";
            case ASIAN_PAKISTANI -> "Asian or Asian British: Pakistani";
            case ASIAN_BANGLADESHI -> "Asian or Asian British: Bangladeshi";
            case ASIAN_CHINESE -> "Asian or Asian British: Chinese";
            case ASIAN_OTHER -> "Asian or Asian British: Any other Asian background";
            case BLACK_CARIBBEAN -> "Black, Black British, Caribbean or African: Caribbean";
            case BLACK_AFRICAN -> "Black, Black British, Caribbean or African: African";
            case BLACK_OTHER -> "Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background";
            case ARAB -> "Other ethnic group: Arab";
            case OTHER_ETHNIC_GROUP -> "Other ethnic group: Any other ethnic group";
            case PREFERS_NOT_TO_SAY -> "No data: Refused";
        };
    }

    /** A recorded primary support reason in the return's words; "Learning Disability Support" published, the rest not. */
    static String primarySupportReason(PrimarySupportReason reason) {
        return switch (reason) {
            case PHYSICAL_SUPPORT_ACCESS_AND_MOBILITY_ONLY -> "Physical support: Access and mobility only";
            case PHYSICAL_SUPPORT_PERSONAL_CARE -> "Physical support: Personal care support";
            case SENSORY_SUPPORT_VISUAL_IMPAIRMENT -> "Sensory support: Support for visual impairment";
            case SENSORY_SUPPORT_HEARING_IMPAIRMENT -> "Sensory support: Support for hearing impairment";
            case SENSORY_SUPPORT_DUAL_IMPAIRMENT -> "Sensory support: Support for dual impairment";
            case MEMORY_AND_COGNITION -> "Support with memory and cognition";
            case LEARNING_DISABILITY -> "Learning Disability Support";
            case MENTAL_HEALTH -> "Mental Health Support";
            case SUBSTANCE_MISUSE -> "Social support: Substance misuse support";
            case ASYLUM_SEEKER -> "Social support: Asylum seeker support";
            case SOCIAL_ISOLATION_OR_OTHER -> "Social support: Support for social isolation or other";
        };
    }

    /** A recorded accommodation status in the return's words (published). */
    static String accommodationStatus(AccommodationStatus status) {
        return switch (status) {
            case OWNER_OCCUPIER -> "Owner occupier or shared ownership scheme";
            case COUNCIL_OR_HOUSING_ASSOCIATION_TENANT -> "Tenant: Local authority or other social housing provider";
            case PRIVATE_TENANT -> "Tenant: Private landlord";
            case LIVES_WITH_FAMILY_OR_FRIENDS -> "Settled mainstream housing with family or friends";
            case SUPPORTED_ACCOMMODATION -> "Supported accommodation, supported lodgings or supported group home";
            case SHARED_LIVES_SCHEME -> "Shared Lives scheme";
            case SHELTERED_OR_EXTRA_CARE_HOUSING -> SHELTERED_HOUSING;
            case APPROVED_PREMISES_FOR_OFFENDERS ->
                    "Approved premises for offenders released from prison or under probation supervision";
            case GYPSY_ROMA_OR_TRAVELLER_SITE -> "Mobile accommodation for Gypsy, Roma and Traveller communities";
            case ROUGH_SLEEPING_OR_SQUATTING -> "Rough sleeper or squatting";
            case NIGHT_SHELTER_OR_HOSTEL -> "Night shelter, emergency hostel or direct access hostel";
            case REFUGE -> "Refuge";
            case TEMPORARY_ACCOMMODATION_FROM_THE_COUNCIL ->
                    "Placed in temporary accommodation by the council (inc. homelessness resettlement)";
            case STAYING_WITH_FAMILY_OR_FRIENDS_SHORT_TERM -> "Staying with family or friends as a short term guest";
            case HOSPITAL_OR_HEALTHCARE_RESIDENTIAL_FACILITY -> "Acute hospital or long term healthcare residential facility";
            case CARE_HOME -> REGISTERED_CARE_HOME;
            case NURSING_HOME -> "Registered nursing home";
            case PRISON_OR_DETENTION -> "Prison, young offenders institution or detention centre";
            case OTHER_TEMPORARY_ACCOMMODATION -> "Other temporary accommodation";
        };
    }

    /** A recorded employment status in the return's words (published). */
    static String employmentStatus(EmploymentStatus status) {
        return switch (status) {
            case PAID_16_OR_MORE_HOURS_A_WEEK -> "Paid: 16 or more hours a week";
            case PAID_LESS_THAN_16_HOURS_A_WEEK -> "Paid: Less than 16 hours a week";
            case PAID_HOURS_NOT_KNOWN -> "Paid: Hours per week unknown";
            case NOT_PAID_SEEKING_WORK -> "Not in paid employment: Seeking work";
            case NOT_PAID_VOLUNTARY_WORK_ONLY -> "Not in paid employment: Voluntary work only";
            case NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED -> "Not in paid employment: Not actively seeking work or retired";
        };
    }

    /** The values each coded column may hold; a blank is checked by the mandatory rules, not here. */
    static final Map<CldColumn, Set<String>> CODE_LISTS = codeLists();

    private static Map<CldColumn, Set<String>> codeLists() {
        Map<CldColumn, Set<String>> lists = new EnumMap<>(CldColumn.class);
        lists.put(CldColumn.EVENT_TYPE, Set.of(REQUEST, ASSESSMENT, SERVICE, REVIEW));
        lists.put(CldColumn.CLIENT_TYPE, Set.of(SERVICE_USER, UNPAID_CARER, "Unpaid carer known by association"));
        lists.put(CldColumn.EVENT_OUTCOME, Set.of("Admitted to hospital", CONTINUATION, NFA_DECEASED, NFA_INFORMATION,
                NFA_NO_SERVICES_OTHER, NFA_OTHER, "NFA: Referral to NHS services or NHS funded social care",
                "NFA: Referral to other service within the local authority", "NFA: Responsibility moved to another local authority",
                "NFA: Self-funded client or under 12wk disregard", "NFA: Support declined", NFA_ENDED_AS_PLANNED,
                NFA_ENDED_OTHER, PROGRESS_TO_ASSESSMENT, "Progress to reablement/ST-Max", PROGRESS_TO_SERVICES));
        lists.put(CldColumn.SERVICE_TYPE, Set.of(LONG_TERM_COMMUNITY, "Long term support: Nursing care",
                "Long term support: Prison", "Long term support: Residential care", "Short term support: Ongoing low level",
                SHORT_TERM_OTHER, "Short term support: ST-Max", CARER_SUPPORT_DIRECT, CARER_SUPPORT_INVOLVING_CARED_FOR));
        // each list is every value a recorded constant maps to, and "not known": the record's constants
        // cover the whole published list of these columns
        lists.put(CldColumn.GENDER, listOf(Gender.values(), CldCodes::gender, GENDER_UNKNOWN));
        lists.put(CldColumn.ETHNICITY, listOf(Ethnicity.values(), CldCodes::ethnicity, ETHNICITY_NOT_KNOWN));
        lists.put(CldColumn.PRIMARY_SUPPORT_REASON, listOf(PrimarySupportReason.values(), CldCodes::primarySupportReason,
                UNKNOWN, SUPPORT_TO_UNPAID_CARER));
        lists.put(CldColumn.ACCOMMODATION_STATUS, listOf(AccommodationStatus.values(), CldCodes::accommodationStatus, UNKNOWN));
        lists.put(CldColumn.EMPLOYMENT_STATUS, listOf(EmploymentStatus.values(), CldCodes::employmentStatus, UNKNOWN));
        lists.put(CldColumn.CLIENT_FUNDING_STATUS, Set.of(FULLY_SOCIAL_CARE_FUNDED, JOINT_CLIENT_AND_SOCIAL_CARE_FUNDED,
                "Fully client funded", UNKNOWN));
        lists.put(CldColumn.HAS_UNPAID_CARER, Set.of(YES, NO, UNKNOWN));
        lists.put(CldColumn.ELIGIBLE_NEEDS_IDENTIFIED, Set.of(YES, NO));
        lists.put(CldColumn.DELIVERY_MECHANISM, Set.of(CASSR_COMMISSIONED, "CASSR managed personal budget", "Direct payment"));
        lists.put(CldColumn.ASSESSMENT_TYPE, Set.of("Short term assessment", LONG_TERM_ASSESSMENT, UNPAID_CARER_ASSESSMENT));
        lists.put(CldColumn.REVIEW_REASON, Set.of(PLANNED_REVIEW, UNPLANNED_REVIEW, "Review of short term support"));
        lists.put(CldColumn.REQUEST_ROUTE_OF_ACCESS, Set.of(ROUTE_DISCHARGE_FROM_HOSPITAL, ROUTE_COMMUNITY_OR_OTHER,
                "Diversion from hospital services", "Planned entry (transition)", "Self-funder with depleted funds", "Prison"));
        lists.put(CldColumn.SERVICE_COMPONENT, Set.of(HOME_SUPPORT, SHORT_TERM_RESIDENTIAL, EQUIPMENT, DAY_CARE, MEALS,
                TELECARE, "Shared Lives", "Community supported living", "Extra care housing", "Direct payment",
                "Short term nursing care"));
        lists.put(CldColumn.COST_FREQUENCY_UNIT_TYPE, Set.of(WEEKLY));
        return lists;
    }

    private static <E extends Enum<E>> Set<String> listOf(E[] recorded, Function<E, String> inTheReturn, String... others) {
        return Stream.concat(Arrays.stream(recorded).map(inTheReturn), Arrays.stream(others)).collect(Collectors.toUnmodifiableSet());
    }
}
