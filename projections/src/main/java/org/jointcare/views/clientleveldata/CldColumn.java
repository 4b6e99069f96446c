package org.jointcare.views.clientleveldata;

/**
 * The columns of the Adult Social Care Client Level Data return, Release 2, in the order the file
 * carries them; each heading is the specification's field name.
 *
 * <p><b>Which field list this follows.</b> The specification is an NHS England workbook not reachable
 * from here. The field names and their order are those of the Department of Health and Social Care's
 * open CLD pipeline, repository {@code DataS-DHSC/ASC-CLD-LA-Dashboard} (MIT), file
 * {@code Stored_procedures/create_GetDQValues_procedure.sql}, commit
 * {@code 9bee728f40102c4f6cee25a5511c5144c2209b4c} ("Updates for Q4 25/26 submissions", 11 June 2026),
 * which lists every Release 2 field of a submission, module by module (submission information,
 * person details, events, carers and linked people, services, reviews, costs). That file does not
 * claim to be the workbook's column order: check the order against the workbook before the first
 * submission (the headings make a file readable whatever the order).
 */
public enum CldColumn {
    LA_CODE("LA_Code"),
    REPORTING_PERIOD_END_DATE("Reporting_Period_End_Date"),
    REPORTING_PERIOD_START_DATE("Reporting_Period_Start_Date"),
    NHS_NUMBER("NHS_Number"),
    LA_PERSON_UNIQUE_IDENTIFIER("LA_Person_Unique_Identifier"),
    GP_PRACTICE_CODE("GP_Practice_Code"),
    GENDER("Gender"),
    ETHNICITY("Ethnicity"),
    DATE_OF_BIRTH("Date_of_Birth"),
    DATE_OF_DEATH("Date_of_Death"),
    CLIENT_TYPE("Client_Type"),
    PRIMARY_SUPPORT_REASON("Primary_Support_Reason"),
    POSTCODE("Postcode"),
    ACCOMMODATION_STATUS("Accommodation_Status"),
    EMPLOYMENT_STATUS("Employment_Status"),
    HAS_UNPAID_CARER("Has_Unpaid_Carer"),
    AUTISM_SPECTRUM_DISORDER_ASD("Autism_Spectrum_Disorder_ASD"),
    VISUAL_IMPAIRMENT("Visual_Impairment"),
    HEARING_IMPAIRMENT("Hearing_Impairment"),
    DEMENTIA("Dementia"),
    CLIENT_FUNDING_STATUS("Client_Funding_Status"),
    EVENT_TYPE("Event_Type"),
    EVENT_REFERENCE("Event_Reference"),
    EVENT_START_DATE("Event_Start_Date"),
    EVENT_END_DATE("Event_End_Date"),
    EVENT_DESCRIPTION("Event_Description"),
    EVENT_OUTCOME("Event_Outcome"),
    REQUEST_ROUTE_OF_ACCESS("Request_Route_of_Access"),
    ASSESSMENT_TYPE("Assessment_Type"),
    ELIGIBLE_NEEDS_IDENTIFIED("Eligible_Needs_Identified"),
    METHOD_OF_ASSESSMENT("Method_of_Assessment"),
    TOTAL_HRS_CARING_PER_WEEK("Total_Hrs_Caring_per_week"),
    NO_OF_ADULTS_BEING_CARED_FOR("No_of_adults_being_cared_for"),
    ADULT_1_LINKED_PERSON_ID("Adult_1_Linked_Person_ID"),
    ADULT_2_LINKED_PERSON_ID("Adult_2_Linked_Person_ID"),
    ADULT_3_LINKED_PERSON_ID("Adult_3_Linked_Person_ID"),
    SERVICE_TYPE("Service_Type"),
    SERVICE_COMPONENT("Service_Component"),
    DELIVERY_MECHANISM("Delivery_Mechanism"),
    PROVIDER_CQC_LOCATION_ID("Provider_CQC_Location_ID"),
    REVIEW_REASON("Review_Reason"),
    REVIEW_OUTCOMES_ACHIEVED("Review_Outcomes_Achieved"),
    METHOD_OF_REVIEW("Method_of_Review"),
    UNIT_COST("Unit_Cost"),
    COST_FREQUENCY_UNIT_TYPE("Cost_Frequency_Unit_Type"),
    PLANNED_UNITS_PER_WEEK("Planned_units_per_week");

    private final String heading;

    CldColumn(String heading) {
        this.heading = heading;
    }

    /** The specification's field name, as the file's header row carries it. */
    public String heading() {
        return heading;
    }
}
