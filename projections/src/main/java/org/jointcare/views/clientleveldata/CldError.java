package org.jointcare.views.clientleveldata;

/**
 * What is wrong with one row of the return: the care record to correct ({@code careRecordId}: for a
 * carer's row, the record of the person cared for, where the carer's assessment is recorded), the
 * event ({@code eventReference}), the column, the rule broken (a stable code) and what to do in words.
 */
public record CldError(String careRecordId, String eventReference, String field, String rule, String message) {
}
