package org.jointcare.views.clientleveldata;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

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
 * the weekly cost frequency's "week…" stem in {@code 6.Costs_fact.sql}. Values marked <i>not published</i>
 * are not in that repository (nor in {@code NHSDigital/ASC-Client-Level-Data-SALT-ASCOF-transformations},
 * commit {@code d6ff762ff88ed53227ab153a644d2af87077b17e}, which has Release 1 values only): they follow the
 * Release 2 wording pattern and must be checked against the NHS England workbook before a submission.
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

    // person fields the record does not hold, written as the specification's "not known" (published)
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
        lists.put(CldColumn.ETHNICITY, Set.of("Asian or Asian British: Any other Asian background",
                "Asian or Asian British: Bangladeshi", "Asian or Asian British: Chinese", "Asian or Asian British: Indian",
                "Asian or Asian British: Pakistani", "Black, Black British, Caribbean or African: African",
                "Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background",
                "Black, Black British, Caribbean or African: Caribbean",
                "Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background",
                "Mixed or multiple ethnic groups: White and Asian", "Mixed or multiple ethnic groups: White and Black African",
                "Mixed or multiple ethnic groups: White and Black Caribbean", "No data: Refused", ETHNICITY_NOT_KNOWN,
                "Other ethnic group: Any other ethnic group", "Other ethnic group: Arab", "White: Any other White background",
                "White: English, Welsh, Scottish, Northern Irish or British", "White: Gypsy or Irish Traveller", "White: Irish",
                "White: Roma"));
        lists.put(CldColumn.ACCOMMODATION_STATUS, Set.of("Owner occupier or shared ownership scheme",
                "Tenant: Local authority or other social housing provider", "Tenant: Private landlord",
                "Settled mainstream housing with family or friends",
                "Supported accommodation, supported lodgings or supported group home", "Shared Lives scheme",
                "Approved premises for offenders released from prison or under probation supervision", SHELTERED_HOUSING,
                "Mobile accommodation for Gypsy, Roma and Traveller communities", "Rough sleeper or squatting",
                "Night shelter, emergency hostel or direct access hostel", "Refuge",
                "Placed in temporary accommodation by the council (inc. homelessness resettlement)",
                "Staying with family or friends as a short term guest",
                "Acute hospital or long term healthcare residential facility", REGISTERED_CARE_HOME,
                "Registered nursing home", "Prison, young offenders institution or detention centre",
                "Other temporary accommodation", UNKNOWN));
        lists.put(CldColumn.EMPLOYMENT_STATUS, Set.of("Not in paid employment: Not actively seeking work or retired",
                "Not in paid employment: Seeking work", "Not in paid employment: Voluntary work only",
                "Paid: 16 or more hours a week", "Paid: Hours per week unknown", "Paid: Less than 16 hours a week", UNKNOWN));
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
}
