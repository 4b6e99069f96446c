package org.jointcare.views.clientleveldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the check before download finds, each error naming the record, the event, the field and the rule. */
class ReturnValidationTest {

    private static final String RECORD = "5abe72ea-150a-4222-a9e6-377e86c7394a";

    private static Map<CldColumn, String> request() {
        Map<CldColumn, String> row = new EnumMap<>(CldColumn.class);
        row.put(CldColumn.LA_CODE, "E06000054");
        row.put(CldColumn.REPORTING_PERIOD_START_DATE, "2026-07-01");
        row.put(CldColumn.REPORTING_PERIOD_END_DATE, "2026-09-30");
        row.put(CldColumn.NHS_NUMBER, "9434765919");
        row.put(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, RECORD);
        row.put(CldColumn.GP_PRACTICE_CODE, "J82034");
        row.put(CldColumn.GENDER, "Unknown");
        row.put(CldColumn.ETHNICITY, "No data: Undeclared or not known");
        row.put(CldColumn.DATE_OF_BIRTH, "1938-05-04");
        row.put(CldColumn.CLIENT_TYPE, "Service user");
        row.put(CldColumn.EVENT_TYPE, "Request");
        row.put(CldColumn.EVENT_REFERENCE, "REQ-1");
        row.put(CldColumn.EVENT_START_DATE, "2026-07-02");
        row.put(CldColumn.EVENT_END_DATE, "2026-07-03");
        row.put(CldColumn.EVENT_OUTCOME, "Progress to assessment, review or reassessment");
        row.put(CldColumn.REQUEST_ROUTE_OF_ACCESS, "Community or other route");
        return row;
    }

    private static List<CldError> check(List<Map<CldColumn, String>> rows) {
        List<String> records = new ArrayList<>();
        rows.forEach(row -> records.add(RECORD));
        return ReturnValidation.check(rows, records);
    }

    @Test
    void aCompleteRowPasses() {
        assertThat(check(List.of(request()))).isEmpty();
    }

    @Test
    void aMandatoryFieldLeftBlankIsNamed() {
        Map<CldColumn, String> row = request();
        row.remove(CldColumn.DATE_OF_BIRTH);
        row.put(CldColumn.REQUEST_ROUTE_OF_ACCESS, "");

        assertThat(check(List.of(row))).extracting(CldError::careRecordId, CldError::eventReference, CldError::field, CldError::rule)
                .containsExactlyInAnyOrder(
                        tuple(RECORD, "REQ-1", "Date_of_Birth", "mandatory-field-missing"),
                        tuple(RECORD, "REQ-1", "Request_Route_of_Access", "mandatory-field-missing"));
    }

    @Test
    void aServiceNeedsItsServiceAndCostFieldsAndAnOutcomeOnceEnded() {
        Map<CldColumn, String> row = request();
        row.put(CldColumn.EVENT_TYPE, "Service");
        row.remove(CldColumn.REQUEST_ROUTE_OF_ACCESS);
        row.remove(CldColumn.EVENT_OUTCOME);

        assertThat(check(List.of(row))).extracting(CldError::field).containsExactlyInAnyOrder("Event_Outcome",
                "Service_Type", "Service_Component", "Delivery_Mechanism", "Unit_Cost", "Cost_Frequency_Unit_Type",
                "Planned_units_per_week");
    }

    @Test
    void aCarersRowNeedsThePersonCaredForNotADateOfBirth() {
        Map<CldColumn, String> row = request();
        row.put(CldColumn.CLIENT_TYPE, "Unpaid carer");
        row.remove(CldColumn.DATE_OF_BIRTH);
        row.remove(CldColumn.GP_PRACTICE_CODE);

        assertThat(check(List.of(row))).extracting(CldError::field, CldError::rule)
                .containsExactly(tuple("Adult_1_Linked_Person_ID", "mandatory-field-missing"));
    }

    @Test
    void aValueOutsideTheCodeListOrBadlyFormedIsRefused() {
        Map<CldColumn, String> row = request();
        row.put(CldColumn.EVENT_OUTCOME, "Accepted");
        row.put(CldColumn.ETHNICITY, "White");
        row.put(CldColumn.NHS_NUMBER, "943 476 5919");
        row.put(CldColumn.GP_PRACTICE_CODE, "j82034");
        row.put(CldColumn.EVENT_START_DATE, "02/07/2026");
        row.put(CldColumn.UNIT_COST, "12.345");

        assertThat(check(List.of(row))).extracting(CldError::field, CldError::rule).containsExactlyInAnyOrder(
                tuple("Event_Outcome", "value-not-in-code-list"),
                tuple("Ethnicity", "value-not-in-code-list"),
                tuple("NHS_Number", "value-badly-formed"),
                tuple("GP_Practice_Code", "value-badly-formed"),
                tuple("Event_Start_Date", "value-badly-formed"),
                tuple("Unit_Cost", "value-badly-formed"));
    }

    @Test
    void datesOutOfOrderAndOutsideThePeriodAreFound() {
        Map<CldColumn, String> endsFirst = request();
        endsFirst.put(CldColumn.EVENT_END_DATE, "2026-07-01");
        Map<CldColumn, String> afterDeath = request();
        afterDeath.put(CldColumn.EVENT_REFERENCE, "REQ-2");
        afterDeath.put(CldColumn.DATE_OF_DEATH, "2026-07-02");
        Map<CldColumn, String> endedBefore = request();
        endedBefore.put(CldColumn.EVENT_REFERENCE, "REQ-3");
        endedBefore.put(CldColumn.EVENT_START_DATE, "2026-06-01");
        endedBefore.put(CldColumn.EVENT_END_DATE, "2026-06-30");
        Map<CldColumn, String> openRequest = request();
        openRequest.put(CldColumn.EVENT_REFERENCE, "REQ-4");
        openRequest.put(CldColumn.EVENT_END_DATE, "");
        openRequest.remove(CldColumn.EVENT_OUTCOME);

        assertThat(check(List.of(endsFirst, afterDeath, endedBefore, openRequest)))
                .extracting(CldError::eventReference, CldError::field, CldError::rule).containsExactlyInAnyOrder(
                        tuple("REQ-1", "Event_End_Date", "dates-out-of-order"),
                        tuple("REQ-2", "Event_End_Date", "dates-out-of-order"),
                        tuple("REQ-3", "Event_End_Date", "outside-reporting-period"),
                        tuple("REQ-4", "Event_End_Date", "mandatory-field-missing"),
                        tuple("REQ-4", "Event_Outcome", "mandatory-field-missing"),
                        tuple("REQ-4", "Event_End_Date", "outside-reporting-period"));
    }

    @Test
    void anEventHasOneRow() {
        assertThat(check(List.of(request(), request()))).extracting(CldError::eventReference, CldError::rule)
                .containsExactly(tuple("REQ-1", "event-reported-twice"));
    }

    @Test
    void theReturnWithErrorsSaysItIsNotValidAndStillWritesNothingWrongIntoTheFile() {
        Map<CldColumn, String> row = request();
        row.remove(CldColumn.LA_CODE);
        ClientLevelDataReturn cld = new ClientLevelDataReturn(null, null, Quarter.parse("2026-Q3"), List.of(row),
                List.of(RECORD), check(List.of(row)));

        assertThat(cld.valid()).isFalse();
        assertThat(cld.errors()).extracting(CldError::field).containsExactly("LA_Code");
    }

    @Test
    void aQuarterIsACalendarQuarter() {
        Quarter q3 = Quarter.parse("2026-Q3");
        assertThat(q3.firstDay()).hasToString("2026-07-01");
        assertThat(q3.lastDay()).hasToString("2026-09-30");
        assertThat(Quarter.parse("2027-Q1").lastDay()).hasToString("2027-03-31");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Quarter.parse("2026-Q5"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
