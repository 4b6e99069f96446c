package org.jointcare.views.clientleveldata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The return checked against the specification's rules before anyone downloads it, so the council
 * corrects the record first: mandatory fields (what a row of each event type and client type must
 * carry), code lists ({@link CldCodes#CODE_LISTS}), formats (dates, NHS number, GP practice code,
 * money), date order (start, end, birth, death, the reporting period) and one row per event.
 * Rule codes are stable: {@code mandatory-field-missing}, {@code value-not-in-code-list},
 * {@code value-badly-formed}, {@code dates-out-of-order}, {@code outside-reporting-period},
 * {@code event-reported-twice}.
 */
public final class ReturnValidation {

    private static final Set<CldColumn> ALWAYS = EnumSet.of(CldColumn.LA_CODE, CldColumn.REPORTING_PERIOD_START_DATE,
            CldColumn.REPORTING_PERIOD_END_DATE, CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, CldColumn.CLIENT_TYPE,
            CldColumn.GENDER, CldColumn.ETHNICITY, CldColumn.EVENT_TYPE, CldColumn.EVENT_REFERENCE, CldColumn.EVENT_START_DATE);
    private static final Set<CldColumn> SERVICE_USER = EnumSet.of(CldColumn.DATE_OF_BIRTH, CldColumn.GP_PRACTICE_CODE);
    private static final Set<CldColumn> CARER = EnumSet.of(CldColumn.ADULT_1_LINKED_PERSON_ID);
    private static final Map<String, Set<CldColumn>> BY_EVENT_TYPE = Map.of(
            CldCodes.REQUEST, EnumSet.of(CldColumn.EVENT_END_DATE, CldColumn.EVENT_OUTCOME, CldColumn.REQUEST_ROUTE_OF_ACCESS),
            CldCodes.ASSESSMENT, EnumSet.of(CldColumn.EVENT_END_DATE, CldColumn.EVENT_OUTCOME, CldColumn.ASSESSMENT_TYPE,
                    CldColumn.ELIGIBLE_NEEDS_IDENTIFIED),
            CldCodes.SERVICE, EnumSet.of(CldColumn.SERVICE_TYPE, CldColumn.SERVICE_COMPONENT, CldColumn.DELIVERY_MECHANISM,
                    CldColumn.UNIT_COST, CldColumn.COST_FREQUENCY_UNIT_TYPE, CldColumn.PLANNED_UNITS_PER_WEEK),
            CldCodes.REVIEW, EnumSet.of(CldColumn.EVENT_END_DATE, CldColumn.EVENT_OUTCOME, CldColumn.REVIEW_REASON));
    private static final Set<CldColumn> DATES = EnumSet.of(CldColumn.REPORTING_PERIOD_START_DATE,
            CldColumn.REPORTING_PERIOD_END_DATE, CldColumn.DATE_OF_BIRTH, CldColumn.DATE_OF_DEATH,
            CldColumn.EVENT_START_DATE, CldColumn.EVENT_END_DATE);
    private static final Pattern NHS_NUMBER = Pattern.compile("\\d{10}");
    private static final Pattern PRACTICE_CODE = Pattern.compile("[A-Z]\\d{5}");

    private ReturnValidation() {
    }

    /** Every error of the rows, in row order; empty when the return may be submitted. */
    public static List<CldError> check(List<Map<CldColumn, String>> rows, List<String> careRecordIds) {
        List<CldError> errors = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<CldColumn, String> row = rows.get(i);
            Check check = new Check(careRecordIds.get(i), row, errors);
            String eventType = row.getOrDefault(CldColumn.EVENT_TYPE, "");
            Set<CldColumn> mandatory = EnumSet.copyOf(ALWAYS);
            mandatory.addAll(CldCodes.UNPAID_CARER.equals(row.get(CldColumn.CLIENT_TYPE)) ? CARER : SERVICE_USER);
            mandatory.addAll(BY_EVENT_TYPE.getOrDefault(eventType, Set.of()));
            if (CldCodes.SERVICE.equals(eventType) && !blank(row.get(CldColumn.EVENT_END_DATE))) {
                mandatory.add(CldColumn.EVENT_OUTCOME);
            }
            mandatory.forEach(check::present);
            CldCodes.CODE_LISTS.forEach(check::inList);
            DATES.forEach(check::date);
            check.formed(CldColumn.NHS_NUMBER, NHS_NUMBER, "ten digits");
            check.formed(CldColumn.GP_PRACTICE_CODE, PRACTICE_CODE, "an ODS practice code such as J82034");
            check.money(CldColumn.UNIT_COST);
            check.datesInOrder(eventType);
            String reference = row.get(CldColumn.EVENT_REFERENCE);
            if (!blank(reference) && !references.add(reference)) {
                check.error(CldColumn.EVENT_REFERENCE, "event-reported-twice", "The event " + reference
                        + " has more than one row; the return takes one row per event");
            }
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Check(String careRecordId, Map<CldColumn, String> row, List<CldError> errors) {

        void error(CldColumn column, String rule, String message) {
            errors.add(new CldError(careRecordId, row.getOrDefault(CldColumn.EVENT_REFERENCE, ""), column.heading(), rule, message));
        }

        void present(CldColumn column) {
            if (blank(row.get(column))) {
                error(column, "mandatory-field-missing", column.heading() + " must be given for this row");
            }
        }

        void inList(CldColumn column, Set<String> allowed) {
            String value = row.get(column);
            if (!blank(value) && !allowed.contains(value)) {
                error(column, "value-not-in-code-list", "'" + value + "' is not a value of " + column.heading());
            }
        }

        void date(CldColumn column) {
            String value = row.get(column);
            if (!blank(value) && dateOf(column) == null) {
                error(column, "value-badly-formed", column.heading() + " must be a date written YYYY-MM-DD");
            }
        }

        void formed(CldColumn column, Pattern pattern, String what) {
            String value = row.get(column);
            if (!blank(value) && !pattern.matcher(value).matches()) {
                error(column, "value-badly-formed", column.heading() + " must be " + what);
            }
        }

        void money(CldColumn column) {
            String value = row.get(column);
            if (blank(value)) {
                return;
            }
            try {
                if (new BigDecimal(value).signum() < 0 || new BigDecimal(value).scale() > 2) {
                    error(column, "value-badly-formed", column.heading() + " must be pounds and pence, not negative");
                }
            } catch (NumberFormatException e) {
                error(column, "value-badly-formed", column.heading() + " must be pounds and pence, such as 123.45");
            }
        }

        LocalDate dateOf(CldColumn column) {
            String value = row.get(column);
            if (blank(value)) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        void datesInOrder(String eventType) {
            LocalDate start = dateOf(CldColumn.EVENT_START_DATE);
            LocalDate end = dateOf(CldColumn.EVENT_END_DATE);
            LocalDate born = dateOf(CldColumn.DATE_OF_BIRTH);
            LocalDate died = dateOf(CldColumn.DATE_OF_DEATH);
            LocalDate periodStart = dateOf(CldColumn.REPORTING_PERIOD_START_DATE);
            LocalDate periodEnd = dateOf(CldColumn.REPORTING_PERIOD_END_DATE);
            if (start != null && end != null && end.isBefore(start)) {
                error(CldColumn.EVENT_END_DATE, "dates-out-of-order", "The event ends (" + end + ") before it starts (" + start + ")");
            }
            if (born != null && start != null && start.isBefore(born)) {
                error(CldColumn.EVENT_START_DATE, "dates-out-of-order", "The event starts (" + start + ") before the date of birth");
            }
            if (born != null && died != null && died.isBefore(born)) {
                error(CldColumn.DATE_OF_DEATH, "dates-out-of-order", "The date of death is before the date of birth");
            }
            if (died != null && start != null && start.isAfter(died)) {
                error(CldColumn.EVENT_START_DATE, "dates-out-of-order", "The event starts (" + start + ") after the date of death (" + died + ")");
            }
            if (died != null && end != null && end.isAfter(died)) {
                error(CldColumn.EVENT_END_DATE, "dates-out-of-order", "The event ends (" + end + ") after the date of death (" + died + ")");
            }
            if (periodStart == null || periodEnd == null || start == null) {
                return;
            }
            if (start.isAfter(periodEnd)) {
                error(CldColumn.EVENT_START_DATE, "outside-reporting-period", "The event starts after the reporting period");
            }
            if (CldCodes.SERVICE.equals(eventType)) {
                if (end != null && end.isBefore(periodStart)) {
                    error(CldColumn.EVENT_END_DATE, "outside-reporting-period", "The service ended before the reporting period");
                }
            } else if (end == null || end.isBefore(periodStart) || end.isAfter(periodEnd)) {
                error(CldColumn.EVENT_END_DATE, "outside-reporting-period",
                        "Only a service may be open or end outside the reporting period");
            }
        }
    }
}
